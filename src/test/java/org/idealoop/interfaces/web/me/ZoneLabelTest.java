package org.idealoop.interfaces.web.me;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The time-zone choice names places as people write them, with the offset they have on that day. */
class ZoneLabelTest {

    @Test
    void aPlaceWithoutUnderscoresAndItsOffset() {
        Instant winter = Instant.parse("2026-01-15T12:00:00Z");
        Instant summer = Instant.parse("2026-07-15T12:00:00Z");
        assertEquals("America/New York (UTC\u221205:00)", PreferencesBacking.zoneLabel("America/New_York", winter));
        assertEquals("America/New York (UTC\u221204:00)", PreferencesBacking.zoneLabel("America/New_York", summer));
        assertEquals("Africa/Dar es Salaam (UTC+03:00)", PreferencesBacking.zoneLabel("Africa/Dar_es_Salaam", winter));
        assertEquals("Europe/London (UTC)", PreferencesBacking.zoneLabel("Europe/London", winter));
        assertEquals("Asia/Kolkata (UTC+05:30)", PreferencesBacking.zoneLabel("Asia/Kolkata", winter));
    }
}
