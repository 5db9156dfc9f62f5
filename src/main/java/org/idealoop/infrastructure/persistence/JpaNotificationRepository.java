package org.idealoop.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.idealoop.application.Secrets;
import org.idealoop.domain.moderation.Visibility;
import org.idealoop.domain.notification.EmailFrequency;
import org.idealoop.domain.notification.Notification;
import org.idealoop.domain.notification.NotificationRepository;

@ApplicationScoped
public class JpaNotificationRepository implements NotificationRepository {

    @PersistenceContext(unitName = "idealoop")
    EntityManager em;

    @Override
    public List<Notification> newest(long memberId, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT e.id, e.idea_number, e.kind, e.actor_id, m.display_name,"
                        + " e.from_value, e.to_value, e.team_id, e.message, e.created_at, n.id, i.title, n.created_at,"
                        + " n.read_at IS NOT NULL FROM notification n JOIN idea_event e ON e.id = n.event_id"
                        + " JOIN idea i ON i.number = n.idea_number LEFT JOIN member m ON m.id = e.actor_id"
                        + " WHERE n.member_id = ? AND " + Visibility.ideaFor("i", "n.member_id")
                        + " ORDER BY n.id DESC LIMIT " + limit)
                .setParameter(1, memberId).getResultList();
        return rows.stream().map(r -> new Notification(((Number) r[10]).longValue(),
                JpaWorkflowRepository.event(r), (String) r[11], ((Timestamp) r[12]).toInstant(),
                r[13] instanceof Boolean b ? b : ((Number) r[13]).intValue() != 0)).toList();
    }

    @Override
    public int unreadCount(long memberId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM notification n JOIN idea i ON i.number = n.idea_number"
                        + " WHERE n.member_id = ? AND n.read_at IS NULL AND " + Visibility.ideaFor("i", "n.member_id"))
                .setParameter(1, memberId).getSingleResult()).intValue();
    }

    @Override
    public int markRead(long memberId, Collection<Long> ids, Instant at) {
        StringBuilder sql = new StringBuilder("UPDATE notification SET read_at = ? WHERE member_id = ? AND read_at IS NULL");
        if (!ids.isEmpty()) {
            sql.append(" AND id IN (");
            int i = 0;
            for (Long id : ids) {
                sql.append(i++ == 0 ? "" : ",").append(id.longValue());
            }
            sql.append(')');
        }
        return em.createNativeQuery(sql.toString()).setParameter(1, Timestamp.from(at)).setParameter(2, memberId)
                .executeUpdate();
    }

    @Override
    public EmailFrequency emailFrequency(long memberId) {
        List<?> rows = em.createNativeQuery("SELECT email_notifications FROM member WHERE id = ?")
                .setParameter(1, memberId).getResultList();
        return rows.stream().findFirst().flatMap(v -> EmailFrequency.fromId((String) v)).orElse(EmailFrequency.INSTANT);
    }

    @Override
    public void setEmailFrequency(long memberId, EmailFrequency frequency) {
        em.createNativeQuery("UPDATE member SET email_notifications = ? WHERE id = ?")
                .setParameter(1, frequency.id()).setParameter(2, memberId).executeUpdate();
        if (frequency == EmailFrequency.NEVER) { // nothing waiting goes out any more
            em.createNativeQuery("UPDATE notification SET mail_state = 'skipped' WHERE member_id = ?"
                            + " AND mail_state IN ('pending', 'digest')")
                    .setParameter(1, memberId).executeUpdate();
        }
    }

    @Override
    public String secret(String name) {
        em.createNativeQuery("INSERT IGNORE INTO app_secret (name, value) VALUES (?, ?)")
                .setParameter(1, name).setParameter(2, Secrets.newToken()).executeUpdate();
        return (String) em.createNativeQuery("SELECT value FROM app_secret WHERE name = ?")
                .setParameter(1, name).getSingleResult();
    }
}
