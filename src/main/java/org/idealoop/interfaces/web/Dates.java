package org.idealoop.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import org.idealoop.application.CurrentLanguage;
import org.idealoop.application.CurrentMember;
import org.idealoop.application.PreferencesService;
import org.idealoop.application.RequestCookies;
import org.ocpsoft.prettytime.PrettyTime;

/**
 * Dates as people read them: "3 hours ago" in the page's language (PrettyTime), the full date and time
 * in the reader's time zone on hover. The zone is the member's choice, else the browser's, which
 * idealoop.js keeps in the {@value #ZONE_COOKIE} cookie; without either, UTC. Used through the {@code <il:when>} tag.
 */
@Named("dates")
@RequestScoped
public class Dates {

    static final String ZONE_COOKIE = "il_tz";
    private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("\\d{4}-\\d\\d-\\d\\d");

    @Inject
    CurrentMember currentMember;

    @Inject
    CurrentLanguage language;

    private ZoneId zone;
    private Locale locale;
    private PrettyTime prettyTime;

    /** "3 hours ago", "in 2 days"; empty for no date. */
    public String relative(Object when) {
        Instant instant = instant(when);
        if (instant == null) {
            return "";
        }
        if (prettyTime == null) {
            prettyTime = new PrettyTime(locale()); // loads its texts: once per request, not once per date
        }
        return prettyTime.format(Date.from(instant));
    }

    /** The full date and time in the reader's zone, e.g. "November 29, 2026, 9:59 PM". */
    public String full(Object when) {
        Instant instant = instant(when);
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale()).format(ZonedDateTime.ofInstant(instant, zone())) + " (" + zone().getId() + ")";
    }

    /** The date alone, e.g. "November 29, 2026". */
    public String day(Object when) {
        Instant instant = instant(when);
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale())
                .format(ZonedDateTime.ofInstant(instant, zone()));
    }

    /** The machine-readable form for {@code <time datetime>}. */
    public String iso(Object when) {
        Instant instant = instant(when);
        return instant == null ? "" : instant.toString();
    }

    /**
     * A day picked in a date field (2026-12-31) as the instant the services take: that day's start in
     * UTC. Anything else is passed on as typed, for the service to refuse beside the field; blank is null.
     */
    public static String startOfDay(String day) {
        if (day == null || day.isBlank()) {
            return null;
        }
        String text = day.strip();
        return DAY.matcher(text).matches() ? text + "T00:00:00Z" : text;
    }

    static Instant instant(Object when) {
        if (when instanceof Optional<?> optional) {
            return instant(optional.orElse(null));
        }
        if (when instanceof Instant instant) {
            return instant;
        }
        if (when instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (when instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        if (when instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        if (when instanceof Date date) {
            return date.toInstant();
        }
        if (when instanceof CharSequence text && !text.isEmpty()) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    ZoneId zone() {
        if (zone == null) {
            zone = currentMember.find().flatMap(m -> m.timeZone()).or(Dates::requestZone).orElse(ZoneOffset.UTC);
        }
        return zone;
    }

    private Locale locale() {
        if (locale == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            locale = faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : language.locale();
        }
        return locale;
    }

    private static Optional<ZoneId> requestZone() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null || !(faces.getExternalContext().getRequest() instanceof HttpServletRequest request)) {
            return Optional.empty();
        }
        return RequestCookies.value(request, ZONE_COOKIE).flatMap(Dates::zoneOf);
    }

    /** A zone id as browsers name them (Europe/Berlin); anything else is ignored. */
    static Optional<ZoneId> zoneOf(String id) {
        return PreferencesService.zone(id);
    }
}
