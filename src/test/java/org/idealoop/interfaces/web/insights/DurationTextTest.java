package org.idealoop.interfaces.web.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Response times on the dashboard read as people say them, not as "245 h". */
class DurationTextTest {

    @Test
    void hoursUpToTwoDaysThenDays() {
        assertEquals("less than an hour", DashboardBacking.duration(Locale.ENGLISH, 0.3));
        assertEquals("1 hour", DashboardBacking.duration(Locale.ENGLISH, 1.2));
        assertEquals("47 hours", DashboardBacking.duration(Locale.ENGLISH, 47.0));
        assertEquals("2 days", DashboardBacking.duration(Locale.ENGLISH, 48.0));
        assertEquals("10 days", DashboardBacking.duration(Locale.ENGLISH, 245.0));
        assertEquals("10 Tage", DashboardBacking.duration(Locale.GERMAN, 245.0));
        assertEquals("", DashboardBacking.duration(Locale.ENGLISH, null));
    }
}
