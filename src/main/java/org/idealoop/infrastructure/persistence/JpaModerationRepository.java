package org.idealoop.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.idealoop.domain.member.Member;
import org.idealoop.domain.moderation.ContentState;
import org.idealoop.domain.moderation.ContentType;
import org.idealoop.domain.moderation.FlagReason;
import org.idealoop.domain.moderation.ModerationRepository;
import org.idealoop.domain.workflow.WorkflowRepository;

/** Moderation in SQL; a story's state change also bumps its row version, so concurrent edits notice it. */
@ApplicationScoped
public class JpaModerationRepository implements ModerationRepository {

    @PersistenceContext(unitName = "idealoop")
    EntityManager em;

    @Inject
    WorkflowRepository workflow;

    @Override
    public Optional<ContentState> content(ContentType type, long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = switch (type) {
            case IDEA -> em.createNativeQuery("SELECT number, number, author_id, title, body, hidden_at IS NOT NULL,"
                    + " held_at IS NOT NULL, locked, pinned_at IS NOT NULL, version FROM idea WHERE number = ?")
                    .setParameter(1, id).getResultList();
            case COMMENT -> em.createNativeQuery("SELECT id, idea_number, author_id, '', body, hidden_at IS NOT NULL,"
                    + " held_at IS NOT NULL, FALSE, FALSE, version FROM comment WHERE id = ?")
                    .setParameter(1, id).getResultList();
            case STORY -> em.createNativeQuery("SELECT id, 0, author_id, title, body, hidden_at IS NOT NULL, FALSE, FALSE,"
                    + " FALSE, version FROM story WHERE id = ?").setParameter(1, id).getResultList();
            default -> List.of();
        };
        return rows.stream().findFirst().map(r -> new ContentState(type, number(r[0]), number(r[1]),
                Optional.ofNullable(r[2]).map(JpaModerationRepository::number), (String) r[3], (String) r[4],
                bool(r[5]), bool(r[6]), bool(r[7]), bool(r[8]), number(r[9])));
    }

    @Override
    public boolean addFlag(ContentType type, long id, long memberId, FlagReason reason, String text, Long duplicateOf,
                           Instant at) {
        return em.createNativeQuery("INSERT IGNORE INTO flag (content_type, content_id, member_id, reason, text,"
                        + " duplicate_of, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, type.id()).setParameter(2, id).setParameter(3, memberId).setParameter(4, reason.id())
                .setParameter(5, text).setParameter(6, duplicateOf).setParameter(7, Timestamp.from(at))
                .executeUpdate() == 1;
    }

    @Override
    public int openFlaggers(ContentType type, long id) {
        return ((Number) em.createNativeQuery("SELECT COUNT(DISTINCT member_id) FROM flag WHERE content_type = ?"
                        + " AND content_id = ? AND resolved_at IS NULL")
                .setParameter(1, type.id()).setParameter(2, id).getSingleResult()).intValue();
    }

    @Override
    public int establishedFlaggers(ContentType type, long id, Instant joinedBefore) {
        return ((Number) em.createNativeQuery("SELECT COUNT(DISTINCT f.member_id) FROM flag f JOIN member m"
                        + " ON m.id = f.member_id WHERE f.content_type = ? AND f.content_id = ? AND f.resolved_at IS NULL"
                        + " AND (m.email_verified_at IS NOT NULL AND m.created_at < ?"
                        + " OR EXISTS (SELECT 1 FROM member_role r WHERE r.member_id = m.id AND r.role <> 'MEMBER'))")
                .setParameter(1, type.id()).setParameter(2, id).setParameter(3, Timestamp.from(joinedBefore))
                .getSingleResult()).intValue();
    }

    @Override
    public void resolveFlags(ContentType type, long id, Instant at) {
        em.createNativeQuery("UPDATE flag SET resolved_at = ? WHERE content_type = ? AND content_id = ? AND resolved_at IS NULL")
                .setParameter(1, Timestamp.from(at)).setParameter(2, type.id()).setParameter(3, id).executeUpdate();
    }

    @Override
    public List<QueueItem> queue(int limit) {
        List<QueueItem> items = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> flagged = em.createNativeQuery("SELECT content_type, content_id, COUNT(DISTINCT member_id),"
                        + " MIN(created_at), GROUP_CONCAT(DISTINCT reason) FROM flag WHERE resolved_at IS NULL"
                        + " GROUP BY content_type, content_id ORDER BY COUNT(DISTINCT member_id) DESC, MIN(created_at)"
                        + " LIMIT " + limit)
                .getResultList();
        // One row per (item, reason), most given first: the desk shows "Spam ×2, Off topic ×1".
        @SuppressWarnings("unchecked")
        List<Object[]> counted = em.createNativeQuery("SELECT content_type, content_id, reason, COUNT(*) FROM flag"
                        + " WHERE resolved_at IS NULL GROUP BY content_type, content_id, reason ORDER BY 4 DESC, 3")
                .getResultList();
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (Object[] r : counted) {
            counts.computeIfAbsent(r[0] + ":" + number(r[1]), k -> new LinkedHashMap<>())
                    .put((String) r[2], (int) number(r[3]));
        }
        for (Object[] r : flagged) {
            items.add(new QueueItem(ContentType.fromId((String) r[0]).orElseThrow(), number(r[1]), (int) number(r[2]),
                    ((Timestamp) r[3]).toInstant(), Arrays.asList(((String) r[4]).split(",")), false,
                    counts.getOrDefault(r[0] + ":" + number(r[1]), Map.of())));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> held = em.createNativeQuery("SELECT 'idea', number, held_at FROM idea WHERE held_at IS NOT NULL"
                        + " UNION ALL SELECT 'comment', id, held_at FROM comment WHERE held_at IS NOT NULL"
                        + " ORDER BY 3 LIMIT " + limit)
                .getResultList();
        for (Object[] r : held) {
            ContentType type = ContentType.fromId((String) r[0]).orElseThrow();
            long id = number(r[1]);
            if (items.stream().noneMatch(i -> i.type() == type && i.id() == id)) {
                items.add(new QueueItem(type, id, 0, ((Timestamp) r[2]).toInstant(), List.of("held"), true, Map.of()));
            }
        }
        return items;
    }

    @Override
    public AuthorHistory history(long memberId) {
        Object[] r = (Object[]) em.createNativeQuery("SELECT m.display_name,"
                        + " (SELECT COUNT(*) FROM idea WHERE author_id = m.id),"
                        + " (SELECT COUNT(*) FROM comment WHERE author_id = m.id),"
                        + " (SELECT COUNT(*) FROM idea WHERE author_id = m.id AND hidden_at IS NOT NULL)"
                        + "  + (SELECT COUNT(*) FROM comment WHERE author_id = m.id AND hidden_at IS NOT NULL),"
                        + " (SELECT COUNT(*) FROM member_sanction WHERE member_id = m.id)"
                        + " FROM member m WHERE m.id = ?")
                .setParameter(1, memberId).getSingleResult();
        return new AuthorHistory(memberId, (String) r[0], (int) number(r[1]), (int) number(r[2]), (int) number(r[3]),
                (int) number(r[4]));
    }

    @Override
    public void addSanction(long memberId, String kind, String reason, Instant until, long by, Instant at) {
        em.createNativeQuery("INSERT INTO member_sanction (member_id, kind, reason, until, created_by, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .setParameter(1, memberId).setParameter(2, kind).setParameter(3, reason)
                .setParameter(4, until == null ? null : Timestamp.from(until)).setParameter(5, by)
                .setParameter(6, Timestamp.from(at)).executeUpdate();
    }

    @Override
    public List<Sanction> sanctions(long memberId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT s.id, s.kind, s.reason, s.until, s.created_by, m.display_name,"
                        + " s.created_at FROM member_sanction s LEFT JOIN member m ON m.id = s.created_by"
                        + " WHERE s.member_id = ? ORDER BY s.created_at, s.id")
                .setParameter(1, memberId).getResultList();
        return rows.stream().map(r -> new Sanction(number(r[0]), (String) r[1], (String) r[2],
                r[3] == null ? null : ((Timestamp) r[3]).toInstant(), number(r[4]), (String) r[5],
                ((Timestamp) r[6]).toInstant())).toList();
    }

    @Override
    public void suspend(long memberId, Instant until) {
        em.createNativeQuery("UPDATE member SET suspended_until = ? WHERE id = ?")
                .setParameter(1, Timestamp.from(until)).setParameter(2, memberId).executeUpdate();
        refreshMember(memberId);
    }

    @Override
    public void ban(long memberId, Instant at) {
        em.createNativeQuery("UPDATE member SET banned_at = ?, disabled = TRUE WHERE id = ?")
                .setParameter(1, Timestamp.from(at)).setParameter(2, memberId).executeUpdate();
        refreshMember(memberId);
    }

    @Override
    public void lift(long memberId) {
        // MariaDB assigns left to right and later assignments see earlier ones: read banned_at before clearing it.
        em.createNativeQuery("UPDATE member SET disabled = CASE WHEN banned_at IS NOT NULL THEN FALSE ELSE disabled END,"
                        + " suspended_until = NULL, banned_at = NULL WHERE id = ?")
                .setParameter(1, memberId).executeUpdate();
        refreshMember(memberId);
    }

    /**
     * The sanctions are SQL updates that bypass the Member entity; a Member already read in this
     * transaction (the moderator's target, whose state the audit entry records) would otherwise go on
     * showing its state from before.
     */
    private void refreshMember(long memberId) {
        Member member = em.find(Member.class, memberId);
        if (member != null) {
            em.refresh(member);
        }
    }

    @Override
    public List<Long> removeVotes(long memberId) {
        @SuppressWarnings("unchecked")
        List<Object> ideas = em.createNativeQuery("SELECT idea_number FROM vote WHERE member_id = ? ORDER BY idea_number FOR UPDATE")
                .setParameter(1, memberId).getResultList();
        List<Long> numbers = ideas.stream().map(JpaModerationRepository::number).toList();
        em.createNativeQuery("DELETE FROM vote WHERE member_id = ?").setParameter(1, memberId).executeUpdate();
        numbers.forEach(workflow::recount);
        return numbers;
    }

    @Override
    public boolean isFirstPost(long memberId, ContentType type, long id) {
        long ideaId = type == ContentType.IDEA ? id : -1;
        long commentId = type == ContentType.COMMENT ? id : -1;
        return number(em.createNativeQuery("SELECT (SELECT COUNT(*) FROM idea WHERE author_id = ? AND held_at IS NULL"
                        + " AND number <> ?) + (SELECT COUNT(*) FROM comment WHERE author_id = ? AND held_at IS NULL AND id <> ?)")
                .setParameter(1, memberId).setParameter(2, ideaId).setParameter(3, memberId).setParameter(4, commentId)
                .getSingleResult()) == 0;
    }

    @Override
    public Optional<String> setting(String name) {
        List<?> rows = em.createNativeQuery("SELECT value FROM app_setting WHERE name = ?").setParameter(1, name)
                .getResultList();
        return rows.stream().findFirst().map(Object::toString);
    }

    @Override
    public void putSetting(String name, String value, Instant at) {
        em.createNativeQuery("INSERT INTO app_setting (name, value, updated_at) VALUES (?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE value = VALUES(value), updated_at = VALUES(updated_at)")
                .setParameter(1, name).setParameter(2, value).setParameter(3, Timestamp.from(at)).executeUpdate();
    }

    @Override
    public List<String> blockedWords() {
        @SuppressWarnings("unchecked")
        List<Object> words = em.createNativeQuery("SELECT word FROM blocked_word ORDER BY word").getResultList();
        return words.stream().map(Object::toString).toList();
    }

    @Override
    public void replaceBlockedWords(List<String> words, Instant at) {
        em.createNativeQuery("DELETE FROM blocked_word").executeUpdate();
        for (String word : words) {
            em.createNativeQuery("INSERT IGNORE INTO blocked_word (word, created_at) VALUES (?, ?)")
                    .setParameter(1, word).setParameter(2, Timestamp.from(at)).executeUpdate();
        }
    }

    @Override
    public boolean addBlockedWord(String word, Instant at) {
        return em.createNativeQuery("INSERT IGNORE INTO blocked_word (word, created_at) VALUES (?, ?)")
                .setParameter(1, word).setParameter(2, Timestamp.from(at)).executeUpdate() == 1;
    }

    @Override
    public boolean removeBlockedWord(String word) {
        return em.createNativeQuery("DELETE FROM blocked_word WHERE word = ?").setParameter(1, word).executeUpdate() > 0;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static boolean bool(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }
}
