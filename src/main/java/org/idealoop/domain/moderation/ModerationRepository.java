package org.idealoop.domain.moderation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Flags, the queue, stories' moderation state, sanctions, blocked words and settings, in SQL. */
public interface ModerationRepository {

    Optional<ContentState> content(ContentType type, long id);

    /** Adds the member's flag; false when they flagged the item already. */
    boolean addFlag(ContentType type, long id, long memberId, FlagReason reason, String text, Long duplicateOf, Instant at);

    int openFlaggers(ContentType type, long id);

    /**
     * Open flaggers whose word can hide the item on its own: staff, and members with a confirmed
     * e-mail who joined before {@code joinedBefore}.
     */
    int establishedFlaggers(ContentType type, long id, Instant joinedBefore);

    void resolveFlags(ContentType type, long id, Instant at);

    List<QueueItem> queue(int limit);

    AuthorHistory history(long memberId);

    void addSanction(long memberId, String kind, String reason, Instant until, long by, Instant at);

    /** The member's warnings, suspensions, bans and lifts, oldest first, with who gave them. */
    List<Sanction> sanctions(long memberId);

    void suspend(long memberId, Instant until);

    void ban(long memberId, Instant at);

    void lift(long memberId);

    /** Removes the member's votes and recounts every idea they were on; returns those ideas. */
    List<Long> removeVotes(long memberId);

    /** True while the member has no approved (not held) idea or comment other than this one. */
    boolean isFirstPost(long memberId, ContentType type, long id);

    Optional<String> setting(String name);

    void putSetting(String name, String value, Instant at);

    List<String> blockedWords();

    void replaceBlockedWords(List<String> words, Instant at);

    /** Adds one word; false when the list holds it already (as the database compares words). */
    boolean addBlockedWord(String word, Instant at);

    /** Removes one word; false when the list did not hold it. */
    boolean removeBlockedWord(String word);

    /**
     * Flagged (and held) items awaiting review, most flaggers first, then oldest.
     *
     * @param reasonCounts open flags per reason id, most given first
     */
    record QueueItem(ContentType type, long id, int flaggers, Instant firstFlaggedAt, List<String> reasons,
                     boolean heldOnly, Map<String, Integer> reasonCounts) {
    }

    /** What moderators see of an author: how much they posted and earlier sanctions. */
    record AuthorHistory(long memberId, String displayName, int ideas, int comments, int hiddenItems, int sanctions) {
    }

    /**
     * One row of a member's sanction record.
     *
     * @param kind  warn, suspend, ban or lift
     * @param until the end of a suspension, else null
     */
    record Sanction(long id, String kind, String reason, Instant until, long byId, String byName, Instant at) {
    }
}
