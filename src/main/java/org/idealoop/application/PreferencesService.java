package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.NotFoundException;
import org.idealoop.domain.member.Language;
import org.idealoop.domain.member.Member;
import org.idealoop.domain.member.MemberRepository;

/**
 * A member's language and time zone: pages and mail speak the language, dates are shown in the zone.
 * Blank means "not chosen" (the browser's, else the install's default).
 */
@ApplicationScoped
@Transactional
public class PreferencesService {

    @Inject
    MemberRepository members;

    @Inject
    CurrentMember currentMember;

    /** The current member's choices. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Preferences mine() {
        return Preferences.of(currentMember.require());
    }

    /** Chooses both; a language Idealoop does not speak or a zone that does not exist is refused by field. */
    public Preferences choose(String language, String timeZone) {
        Optional<Language> chosenLanguage = blank(language) ? Optional.empty() : Language.of(language);
        if (!blank(language) && chosenLanguage.isEmpty()) {
            throw new InvalidFieldException("language", "preferences.language.unknown");
        }
        Optional<ZoneId> chosenZone = blank(timeZone) ? Optional.empty() : zone(timeZone.strip());
        if (!blank(timeZone) && chosenZone.isEmpty()) {
            throw new InvalidFieldException("timeZone", "preferences.timeZone.unknown");
        }
        Member member = managed();
        member.choose(chosenLanguage.orElse(null), chosenZone.orElse(null));
        return Preferences.of(member);
    }

    /** The language switch of a signed-in member: the language changes, the zone stays. */
    public void chooseLanguage(Language language) {
        Member member = managed();
        member.choose(language, member.timeZone().orElse(null));
    }

    private Member managed() {
        long id = currentMember.require().id();
        return members.findById(id).orElseThrow(() -> new NotFoundException("member " + id));
    }

    /** A zone as the IANA database names it (Europe/Berlin, UTC); offsets and abbreviations are not zones. */
    public static Optional<ZoneId> zone(String id) {
        if (id == null || id.length() > 64 || !id.matches("[A-Za-z0-9_+\\-/]+")) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** What a member chose; null for what they did not. */
    public record Preferences(String language, String timeZone) {
        static Preferences of(Member member) {
            return new Preferences(member.language().map(Language::tag).orElse(null),
                    member.timeZone().map(ZoneId::getId).orElse(null));
        }
    }
}
