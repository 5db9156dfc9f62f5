package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.idealoop.infrastructure.cache.ReadCache;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.idealoop.domain.ConflictException;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.NotFoundException;
import org.idealoop.domain.member.Member;
import org.idealoop.domain.member.Role;
import org.idealoop.domain.moderation.AuditLogRepository;
import org.idealoop.domain.moderation.BlockedWord;
import org.idealoop.domain.moderation.ContentType;
import org.idealoop.domain.moderation.ModerationRepository;

/**
 * Admins keep the list of words no post may contain ({@link ModerationService#checkContent} applies it);
 * every change is audited.
 */
@ApplicationScoped
@Transactional
public class BlockedWordService {

    private static final Logger LOG = Logger.getLogger(BlockedWordService.class.getName());

    @Inject
    CurrentMember currentMember;

    @Inject
    ModerationRepository moderation;

    @Inject
    AuditLogRepository auditLog;

    @Inject
    ReadCache cache;

    private static final String CACHE_KEY = "blocked-words";

    private final Clock clock = Clock.systemUTC();

    /** The list every post is checked against: from memory, read again after a change commits. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> current() {
        if (cache.changedInThisTransaction(ReadCache.Region.MODERATION)) {
            return moderation.blockedWords();
        }
        return cache.get(ReadCache.Region.MODERATION, CACHE_KEY, () -> List.copyOf(moderation.blockedWords()));
    }

    private void changed() {
        cache.evictAfterCommit(ReadCache.Region.MODERATION, CACHE_KEY);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> blockedWords() {
        currentMember.requireRole(Role.ADMIN);
        return moderation.blockedWords();
    }

    /** Admins replace the whole list; each word obeys {@link BlockedWord#of}, and none may be given twice. */
    public List<String> replaceBlockedWords(List<String> words) {
        Member me = currentMember.requireRole(Role.ADMIN);
        List<String> clean = new ArrayList<>();
        for (String word : words == null ? List.<String>of() : words) {
            String w = BlockedWord.of("words", word);
            if (clean.contains(w)) {
                throw new InvalidFieldException("words", "moderation.word.duplicate");
            }
            clean.add(w);
        }
        String before = String.join(", ", moderation.blockedWords());
        changed();
        moderation.replaceBlockedWords(clean, clock.instant());
        audit(me, "blocked_words", before, String.join(", ", clean));
        return moderation.blockedWords();
    }

    /** Admins add one word to the list (the blocked words page); a word already listed is refused. */
    public String addBlockedWord(String text) {
        Member me = currentMember.requireRole(Role.ADMIN);
        String word = BlockedWord.of("word", text);
        changed();
        if (!moderation.addBlockedWord(word, clock.instant())) {
            throw new ConflictException("word", "moderation.word.duplicate");
        }
        audit(me, "blocked_word_add", null, word);
        LOG.info(() -> "Blocked word added by member " + me.id());
        return word;
    }

    /** Admins take one word off the list; a word not listed is a 404. */
    public void removeBlockedWord(String text) {
        Member me = currentMember.requireRole(Role.ADMIN);
        String word = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        changed();
        if (!moderation.removeBlockedWord(word)) {
            throw new NotFoundException("blocked word " + word);
        }
        audit(me, "blocked_word_remove", word, null);
        LOG.info(() -> "Blocked word removed by member " + me.id());
    }

    private void audit(Member me, String action, String before, String after) {
        auditLog.audit(me.id(), action, ContentType.SETTINGS, 0, null, before, after, clock.instant());
    }
}
