package org.idealoop.interfaces.web.me;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.util.List;
import org.idealoop.application.PreferencesService;
import org.idealoop.domain.member.Language;
import org.idealoop.interfaces.web.Pages;

/**
 * The "Language and time zone" part of /me (the API's {@code /me/preferences}; the input ids are its
 * field names). Saving reloads the page, which then speaks the chosen language.
 */
@Named
@RequestScoped
public class PreferencesBacking {

    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/")).sorted().toList();

    @Inject
    PreferencesService preferences;

    private String language;
    private String timeZone;

    @PostConstruct
    void load() {
        PreferencesService.Preferences mine = preferences.mine();
        language = mine.language();
        timeZone = mine.timeZone();
    }

    public void save() {
        PreferencesService.Preferences chosen = preferences.choose(language, timeZone);
        Language.of(chosen.language()).ifPresent(spoken -> // the message already speaks the new language
                FacesContext.getCurrentInstance().getViewRoot().setLocale(spoken.locale()));
        Pages.info("preferences.saved");
        Pages.keepMessages();
        Pages.redirect("/me");
    }

    public List<Language> getLanguages() {
        return List.of(Language.values());
    }

    public List<String> getZones() {
        return ZONES;
    }

    /** "America/New York (UTC−05:00)": the place without underscores, with its offset now. */
    public String zoneLabel(String id) {
        return zoneLabel(id, java.time.Instant.now());
    }

    static String zoneLabel(String id, java.time.Instant at) {
        java.time.ZoneOffset offset = ZoneId.of(id).getRules().getOffset(at);
        String utc = offset.getTotalSeconds() == 0 ? "UTC" : "UTC" + offset.getId().replace('-', '\u2212');
        return id.replace('_', ' ') + " (" + utc + ")";
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }
}
