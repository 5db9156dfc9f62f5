package org.idealoop.domain.moderation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The audit log: one entry per moderator or admin action, with the state before and after. */
public interface AuditLogRepository {

    /** Adds one entry; {@code actorId} is empty for what Idealoop did on its own (an automatic hide). */
    void audit(Long actorId, String action, ContentType type, long id, String reason, String before, String after, Instant at);

    /** Entries matching the query, newest first, older than {@code beforeId} when given. */
    List<AuditEntry> auditLog(AuditQuery query, Optional<Long> beforeId, int limit);

    /** Every entry matching the query, newest first, as CSV (a header row, then one row per entry). */
    void exportAudit(AuditQuery query, java.io.Writer out) throws java.io.IOException;

    /** What admins filter the audit log by; {@code from} inclusive, {@code to} exclusive. */
    record AuditQuery(Optional<Long> actorId, Optional<String> action, Optional<ContentType> type,
                      Optional<Long> contentId, Optional<String> text, Optional<Instant> from, Optional<Instant> to) {
    }

    record AuditEntry(long id, Long actorId, String actorName, String action, String contentType, long contentId,
                      String reason, String before, String after, Instant at) {
    }
}
