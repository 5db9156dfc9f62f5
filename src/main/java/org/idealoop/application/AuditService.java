package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.member.Role;
import org.idealoop.domain.moderation.AuditLogRepository;
import org.idealoop.domain.moderation.ContentType;

/** Admins read the audit log of moderator and admin actions, filtered, page by page or whole as CSV. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuditService {

    @Inject
    CurrentMember currentMember;

    @Inject
    AuditLogRepository auditLog;

    /**
     * An admin's filter of the audit log, checked: a known type, a short text, ISO dates ({@code from}
     * and {@code to} both inclusive, whole days in UTC) in order.
     */
    public AuditLogRepository.AuditQuery auditQuery(Long actor, String action, String type, Long id, String q,
                                                    String from, String to) {
        currentMember.requireRole(Role.ADMIN);
        Optional<ContentType> wantedType = type == null || type.isBlank() ? Optional.empty()
                : Optional.of(ContentType.fromId(type.strip()).orElseThrow(() -> new InvalidFieldException("type", "moderation.type.invalid")));
        if (q != null && q.length() > 200) {
            throw new InvalidFieldException("q", "search.q.length");
        }
        Optional<LocalDate> first = day(from, "from");
        Optional<LocalDate> last = day(to, "to");
        if (first.isPresent() && last.isPresent() && last.get().isBefore(first.get())) {
            throw new InvalidFieldException("to", "audit.to.beforeFrom");
        }
        return new AuditLogRepository.AuditQuery(Optional.ofNullable(actor),
                Optional.ofNullable(action).map(String::strip).filter(a -> !a.isEmpty()), wantedType,
                Optional.ofNullable(id), Optional.ofNullable(q).map(String::strip).filter(t -> !t.isEmpty()),
                first.map(d -> d.atStartOfDay(ZoneOffset.UTC).toInstant()),
                last.map(d -> d.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    private static Optional<LocalDate> day(String text, String field) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(field, "audit.date.invalid");
        }
    }

    /** Admins read the audit log, newest first, filtered. */
    public List<AuditLogRepository.AuditEntry> audit(AuditLogRepository.AuditQuery query, Long before, int limit) {
        currentMember.requireRole(Role.ADMIN);
        return auditLog.auditLog(query, Optional.ofNullable(before), Math.max(1, Math.min(limit, 100)));
    }

    /** The whole filtered log as CSV, written as it is read. */
    public void writeAudit(AuditLogRepository.AuditQuery query, Writer out) throws IOException {
        currentMember.requireRole(Role.ADMIN);
        auditLog.exportAudit(query, out);
    }
}
