package org.idealoop.infrastructure.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.idealoop.infrastructure.config.Retries;

/** The rows of {@code search_reindex}: each write commits at once, so other threads see progress. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ReindexLog {

    public static final String RUNNING = "running";
    public static final String DONE = "done";
    public static final String FAILED = "failed";

    @PersistenceContext(unitName = "idealoop")
    EntityManager em;

    public long begin(String targetIndex, long total, Long startedBy) {
        em.createNativeQuery("INSERT INTO search_reindex (target_index, state, total, done, started_at, started_by)"
                        + " VALUES (?, ?, ?, 0, ?, ?)")
                .setParameter(1, targetIndex).setParameter(2, RUNNING).setParameter(3, total)
                .setParameter(4, Timestamp.from(Instant.now())).setParameter(5, startedBy)
                .executeUpdate();
        return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
    }

    public void progress(long id, long done) {
        em.createNativeQuery("UPDATE search_reindex SET done = ? WHERE id = ?")
                .setParameter(1, done).setParameter(2, id).executeUpdate();
    }

    public void finish(long id, long done) {
        end(id, DONE, done, null);
    }

    public void fail(long id, String error) {
        end(id, FAILED, -1, Retries.errorText(error));
    }

    private void end(long id, String state, long done, String error) {
        em.createNativeQuery("UPDATE search_reindex SET state = ?, finished_at = ?, error = ?,"
                        + " done = CASE WHEN ? < 0 THEN done ELSE ? END WHERE id = ? AND state = ?")
                .setParameter(1, state).setParameter(2, Timestamp.from(Instant.now())).setParameter(3, error)
                .setParameter(4, done).setParameter(5, done).setParameter(6, id).setParameter(7, RUNNING)
                .executeUpdate();
    }

    /** The index a running rebuild fills, which the indexer must write to as well. */
    @Transactional(Transactional.TxType.SUPPORTS)
    /** Whether rebuild {@code id} is still marked running (an instance that started meanwhile may have failed it). */
    public boolean isRunning(long id) {
        return !em.createNativeQuery("SELECT id FROM search_reindex WHERE id = ? AND state = ?")
                .setParameter(1, id).setParameter(2, RUNNING).getResultList().isEmpty();
    }

    public Optional<String> runningTarget() {
        List<?> targets = em.createNativeQuery("SELECT target_index FROM search_reindex WHERE state = ?"
                        + " ORDER BY id DESC LIMIT 1")
                .setParameter(1, RUNNING).getResultList();
        return targets.stream().map(Object::toString).findFirst();
    }

    /** Rebuilds left running by a stopped application: marked failed; their indices are returned for removal. */
    public List<String> failInterrupted() {
        @SuppressWarnings("unchecked")
        List<Object> targets = em.createNativeQuery("SELECT target_index FROM search_reindex WHERE state = ?")
                .setParameter(1, RUNNING).getResultList();
        em.createNativeQuery("UPDATE search_reindex SET state = ?, finished_at = ?, error = ? WHERE state = ?")
                .setParameter(1, FAILED).setParameter(2, Timestamp.from(Instant.now()))
                .setParameter(3, "Interrupted: the application stopped during the rebuild")
                .setParameter(4, RUNNING).executeUpdate();
        return targets.stream().map(Object::toString).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Entry> latest() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, target_index, state, total, done, started_at,"
                        + " finished_at, error FROM search_reindex ORDER BY id DESC LIMIT 1")
                .getResultList();
        return rows.stream().findFirst().map(r -> new Entry(Rows.longValue(r[0]), (String) r[1], (String) r[2],
                Rows.longValue(r[3]), Rows.longValue(r[4]), Instant.parse(Rows.iso(r[5])),
                r[6] == null ? null : Instant.parse(Rows.iso(r[6])), (String) r[7]));
    }

    /** One rebuild as recorded. */
    public record Entry(long id, String targetIndex, String state, long total, long done, Instant startedAt,
                        Instant finishedAt, String error) {
    }
}
