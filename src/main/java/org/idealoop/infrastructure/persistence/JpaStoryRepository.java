package org.idealoop.infrastructure.persistence;

import static org.idealoop.infrastructure.persistence.NativeRows.flag;
import static org.idealoop.infrastructure.persistence.NativeRows.instant;
import static org.idealoop.infrastructure.persistence.NativeRows.number;
import static org.idealoop.infrastructure.persistence.NativeRows.rows;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.idealoop.domain.moderation.Visibility;
import org.idealoop.domain.story.Story;
import org.idealoop.domain.story.StoryComment;
import org.idealoop.domain.story.StoryKind;
import org.idealoop.domain.story.StoryRepository;
import org.idealoop.domain.story.StoryView;

@ApplicationScoped
public class JpaStoryRepository implements StoryRepository {

    private static final String VIEW = "SELECT s.id, s.product_id, p.slug, s.author_id, m.display_name, s.kind, s.title,"
            + " s.body, s.stars, s.me_too, s.answer, s.answered_at, s.hidden_at IS NOT NULL, s.created_at,"
            + " (SELECT GROUP_CONCAT(l.idea_number ORDER BY l.idea_number) FROM story_link l WHERE l.story_id = s.id)"
            + " FROM story s JOIN product p ON p.id = s.product_id JOIN member m ON m.id = s.author_id";

    @PersistenceContext(unitName = "idealoop")
    EntityManager em;

    @Override
    public Story add(Story story) {
        em.persist(story);
        em.flush(); // assigns the id, which the search outbox row and the caller need
        return story;
    }

    @Override
    public Optional<Story> lockForChange(long id) {
        return em.createQuery("SELECT s FROM Story s WHERE s.id = :id", Story.class)
                .setParameter("id", id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("eclipselink.refresh", "true")
                .getResultStream().findFirst();
    }

    @Override
    public Optional<StoryView> find(long id) {
        return rows(em, VIEW + " WHERE s.id = ?", id).stream().findFirst().map(JpaStoryRepository::view);
    }

    @Override
    public StoryView viewOf(Story story) {
        em.flush(); // the view is read in SQL: write the verb's change first
        return find(story.id()).orElseThrow();
    }

    @Override
    public List<StoryView> visible(Optional<Long> productId, Optional<StoryKind> kind, int limit) {
        StringBuilder sql = new StringBuilder(VIEW + " WHERE " + Visibility.story("s"));
        List<Object> parameters = new ArrayList<>();
        productId.ifPresent(p -> {
            sql.append(" AND s.product_id = ?");
            parameters.add(p);
        });
        kind.ifPresent(k -> {
            sql.append(" AND s.kind = ?");
            parameters.add(k.id());
        });
        sql.append(" ORDER BY s.created_at DESC, s.id DESC LIMIT ?");
        parameters.add(limit);
        return rows(em, sql.toString(), parameters.toArray()).stream().map(JpaStoryRepository::view).toList();
    }

    private static StoryView view(Object[] r) {
        List<Long> links = r[14] == null ? List.of()
                : Arrays.stream(r[14].toString().split(",")).map(Long::parseLong).toList();
        return new StoryView(number(r[0]), number(r[1]), (String) r[2], number(r[3]), (String) r[4], (String) r[5],
                (String) r[6], (String) r[7], r[8] == null ? null : (int) number(r[8]), (int) number(r[9]),
                Optional.ofNullable((String) r[10]), Optional.ofNullable(r[11]).map(NativeRows::instant),
                links, flag(r[12]), instant(r[13]));
    }

    @Override
    public int meToo(long storyId, long memberId, Instant at) {
        int added = em.createNativeQuery("INSERT IGNORE INTO story_me_too (story_id, member_id, created_at) VALUES (?, ?, ?)")
                .setParameter(1, storyId).setParameter(2, memberId).setParameter(3, Timestamp.from(at)).executeUpdate();
        if (added > 0) {
            // One increment in SQL, not a read-modify-write of the entity: members saying "me too" at the same moment
            // must all count, without locking the story for each of them.
            em.createNativeQuery("UPDATE story SET me_too = me_too + 1 WHERE id = ?").setParameter(1, storyId).executeUpdate();
        }
        return (int) number(em.createNativeQuery("SELECT me_too FROM story WHERE id = ?").setParameter(1, storyId)
                .getSingleResult());
    }

    @Override
    public boolean link(long storyId, long ideaNumber, long by, Instant at) {
        return em.createNativeQuery("INSERT IGNORE INTO story_link (story_id, idea_number, created_by, created_at)"
                        + " VALUES (?, ?, ?, ?)")
                .setParameter(1, storyId).setParameter(2, ideaNumber).setParameter(3, by).setParameter(4, Timestamp.from(at))
                .executeUpdate() > 0;
    }

    @Override
    public long addComment(long storyId, long authorId, String body, boolean official, Instant at) {
        em.createNativeQuery("INSERT INTO story_comment (story_id, author_id, body, official, created_at) VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, storyId).setParameter(2, authorId).setParameter(3, body).setParameter(4, official)
                .setParameter(5, Timestamp.from(at)).executeUpdate();
        return number(em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult());
    }

    @Override
    public List<StoryComment> comments(long storyId) {
        // Story comments are hidden but never held: Visibility has no rule of their own yet, so the column is named here.
        return rows(em, "SELECT c.id, m.display_name, c.body, c.official, c.created_at FROM story_comment c"
                + " JOIN member m ON m.id = c.author_id WHERE c.story_id = ? AND " + Visibility.storyComment("c")
                + " ORDER BY c.id", storyId)
                .stream().map(r -> new StoryComment(number(r[0]), (String) r[1], (String) r[2], flag(r[3]), instant(r[4])))
                .toList();
    }
}
