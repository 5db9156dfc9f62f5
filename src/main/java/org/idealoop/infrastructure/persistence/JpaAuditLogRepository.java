package org.idealoop.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.idealoop.domain.moderation.AuditLogRepository;
import org.idealoop.domain.moderation.ContentType;

/** The audit log in SQL: appended to, filtered by keyset pages, exported as CSV. */
@ApplicationScoped
public class JpaAuditLogRepository implements AuditLogRepository {

    @PersistenceContext(unitName = "idealoop")
    EntityManager em;

    @Override
    public void audit(Long actorId, String action, ContentType type, long id, String reason, String before, String after,
                      Instant at) {
        em.createNativeQuery("INSERT INTO audit_entry (actor_id, action, content_type, content_id, reason, before_value,"
                        + " after_value, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, actorId).setParameter(2, action).setParameter(3, type.id()).setParameter(4, id)
                .setParameter(5, reason).setParameter(6, before).setParameter(7, after)
                .setParameter(8, Timestamp.from(at)).executeUpdate();
    }

    @Override
    public List<AuditEntry> auditLog(AuditQuery query, Optional<Long> beforeId, int limit) {
        Optional<Long> actorId = query.actorId();
        Optional<String> action = query.action();
        Optional<ContentType> type = query.type();
        Optional<Long> contentId = query.contentId();
        Optional<String> text = query.text();
        StringBuilder sql = new StringBuilder("SELECT a.id, a.actor_id, m.display_name, a.action, a.content_type,"
                + " a.content_id, a.reason, a.before_value, a.after_value, a.created_at FROM audit_entry a"
                + " LEFT JOIN member m ON m.id = a.actor_id WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        actorId.ifPresent(v -> { sql.append(" AND a.actor_id = ?"); parameters.add(v); });
        action.ifPresent(v -> { sql.append(" AND a.action = ?"); parameters.add(v); });
        type.ifPresent(v -> { sql.append(" AND a.content_type = ?"); parameters.add(v.id()); });
        contentId.ifPresent(v -> { sql.append(" AND a.content_id = ?"); parameters.add(v); });
        text.ifPresent(v -> {
            sql.append(" AND (a.reason LIKE ? OR a.before_value LIKE ? OR a.after_value LIKE ?)");
            String like = Like.containing(v);
            parameters.add(like);
            parameters.add(like);
            parameters.add(like);
        });
        query.from().ifPresent(v -> { sql.append(" AND a.created_at >= ?"); parameters.add(Timestamp.from(v)); });
        query.to().ifPresent(v -> { sql.append(" AND a.created_at < ?"); parameters.add(Timestamp.from(v)); });
        beforeId.ifPresent(v -> { sql.append(" AND a.id < ?"); parameters.add(v); });
        sql.append(" ORDER BY a.id DESC LIMIT ").append(limit);
        var select = em.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            select.setParameter(i + 1, parameters.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.getResultList();
        return rows.stream().map(r -> new AuditEntry(number(r[0]), r[1] == null ? null : number(r[1]),
                r[2] == null ? "Idealoop" : (String) r[2], (String) r[3], (String) r[4], number(r[5]), (String) r[6],
                (String) r[7], (String) r[8], ((Timestamp) r[9]).toInstant())).toList();
    }

    @Override
    public void exportAudit(AuditQuery query, java.io.Writer out) throws java.io.IOException {
        // Page by page (keyset on the id), so a long log never sits in memory whole. Not closed here:
        // closing the printer would close the caller's stream. Text a spreadsheet would run is neutralised.
        org.apache.commons.csv.CSVPrinter csv = new org.apache.commons.csv.CSVPrinter(out,
                org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader("id", "at", "actor_id", "actor", "action",
                        "type", "target_id", "reason", "before", "after")
                        .setQuoteMode(org.apache.commons.csv.QuoteMode.NON_NUMERIC).get());
        Optional<Long> before = Optional.empty();
        while (true) {
            List<AuditEntry> page = auditLog(query, before, 500);
            for (AuditEntry e : page) {
                csv.printRecord(e.id(), e.at().toString(), e.actorId(), CsvCell.safe(e.actorName()), CsvCell.safe(e.action()),
                        CsvCell.safe(e.contentType()), e.contentId(), CsvCell.safe(e.reason()), CsvCell.safe(e.before()),
                        CsvCell.safe(e.after()));
            }
            if (page.size() < 500) {
                break;
            }
            before = Optional.of(page.get(page.size() - 1).id());
        }
        csv.flush();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
