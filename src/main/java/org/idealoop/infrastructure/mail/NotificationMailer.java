package org.idealoop.infrastructure.mail;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.idealoop.application.BrandingService;
import org.idealoop.application.Messages;
import org.idealoop.application.NotificationService;
import org.idealoop.application.Recipients;
import org.idealoop.domain.idea.Slug;
import org.idealoop.domain.mail.MailOutbox;
import org.idealoop.domain.mail.OutgoingMail;
import org.idealoop.domain.moderation.Visibility;
import org.idealoop.infrastructure.config.IdealoopConfig;

/**
 * Turns notifications into mail. A notification waiting to be mailed is claimed, its mail written to
 * the mail outbox and the notification marked sent in one transaction: each becomes exactly one mail,
 * whatever crashes or SMTP outages happen around it (the mail outbox then retries the sending).
 * Members who chose a daily digest get one mail a day (07:00 UTC) listing everything.
 */
@Singleton
public class NotificationMailer {

    private static final Logger LOG = Logger.getLogger(NotificationMailer.class.getName());
    static final int BATCH = 500;

    @PersistenceContext(unitName = "idealoop")
    EntityManager em;

    @Inject
    MailOutbox outbox;

    @Inject
    BrandingService branding;

    @Inject
    NotificationService notifications;

    @Inject
    Recipients recipients;

    @Resource
    SessionContext context;

    @Inject
    org.idealoop.infrastructure.cluster.ClusterJobs jobs;

    @Inject
    @ConfigProperty(name = IdealoopConfig.BASE_URL)
    String baseUrl;

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    void mailOnSchedule() {
        mailPending();
    }

    @Schedule(hour = "7", minute = "0", second = "0", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void digestOnSchedule() {
        if (jobs.claim("digest", java.time.Duration.ofDays(1))) { // once a day across every instance
            sendDigests();
        }
    }

    /** Writes one mail per claimed notification; returns how many. */
    public int mailPending() {
        List<Long> claimed = claim("pending");
        if (claimed.isEmpty()) {
            return 0;
        }
        int mailed = 0;
        for (Row row : rows(claimed)) {
            if (!row.visible() || row.email() == null) {
                continue;
            }
            outbox.queue(new OutgoingMail(row.email(), subject(row), body(row)));
            mailed++;
        }
        mark(claimed);
        int count = mailed;
        LOG.fine(() -> "Queued " + count + " notification mails");
        return mailed;
    }

    /**
     * One mail per member with digest notifications waiting; returns how many mails. The waiting lines
     * are walked member by member in index notification_digest's order, at most {@link #BATCH} lines per
     * transaction, and a member's lines are never split between two batches (unless one member has more
     * than a batch waiting: then they get a mail per batch).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sendDigests() {
        NotificationMailer self = context.getBusinessObject(NotificationMailer.class);
        int mails = 0;
        long afterMember = 0;
        while (true) {
            DigestBatch batch = self.digestBatch(afterMember);
            mails += batch.mails();
            if (batch.last()) {
                return mails;
            }
            afterMember = batch.afterMember();
        }
    }

    /** The digests of the members after {@code afterMember} whose lines fit in one batch, in one transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public DigestBatch digestBatch(long afterMember) {
        @SuppressWarnings("unchecked")
        List<Object[]> waiting = em.createNativeQuery("SELECT id, member_id FROM notification WHERE mail_state = 'digest'"
                        + " AND member_id > ? ORDER BY member_id, id LIMIT " + (BATCH + 1) + " FOR UPDATE SKIP LOCKED")
                .setParameter(1, afterMember).getResultList();
        boolean last = waiting.size() <= BATCH;
        List<Object[]> taken = last ? waiting : waiting.subList(0, BATCH);
        if (taken.isEmpty()) {
            return new DigestBatch(0, afterMember, true);
        }
        long lastMember = memberOf(taken.get(taken.size() - 1));
        long next = lastMember;
        if (!last && memberOf(waiting.get(BATCH)) == lastMember) {
            if (memberOf(taken.get(0)) != lastMember) {
                taken = taken.stream().filter(row -> memberOf(row) != lastMember).toList(); // all in the next batch
                next = memberOf(taken.get(taken.size() - 1));
            } else {
                next = lastMember - 1; // this member again: the lines mailed now are marked sent
            }
        }
        List<Long> claimed = taken.stream().map(row -> ((Number) row[0]).longValue()).toList();
        Map<Long, List<Row>> byMember = new LinkedHashMap<>();
        for (Row row : rows(claimed)) {
            if (row.visible() && row.email() != null) {
                byMember.computeIfAbsent(row.memberId(), m -> new ArrayList<>()).add(row);
            }
        }
        for (List<Row> rows : byMember.values()) {
            Row first = rows.get(0);
            Locale locale = first.locale();
            StringBuilder lines = new StringBuilder();
            for (Row row : rows) {
                lines.append(text(locale, "mail.digest.line", Long.toString(row.ideaNumber()), row.ideaTitle(),
                        status(locale, row.from()), status(locale, row.to()), row.message() == null ? "" : row.message()));
            }
            outbox.queue(new OutgoingMail(first.email(), text(locale, "mail.digest.subject", rows.size()),
                    text(locale, "mail.digest.body", first.memberName(), lines,
                            notifications.unsubscribeLink(first.memberId()))));
        }
        mark(claimed);
        return new DigestBatch(byMember.size(), next, last);
    }

    private static long memberOf(Object[] row) {
        return ((Number) row[1]).longValue();
    }

    /** One batch of digests: mails queued, the member to continue after, and whether nothing was left. */
    public record DigestBatch(int mails, long afterMember, boolean last) {
    }

    private List<Long> claim(String state) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("SELECT id FROM notification WHERE mail_state = ? ORDER BY id LIMIT "
                        + BATCH + " FOR UPDATE SKIP LOCKED")
                .setParameter(1, state).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    private void mark(List<Long> ids) {
        em.createNativeQuery("UPDATE notification SET mail_state = 'sent' WHERE id IN (" + idList(ids) + ")")
                .executeUpdate();
    }

    private List<Row> rows(List<Long> ids) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT n.member_id, m.email, m.display_name, e.kind, e.from_value,"
                        + " e.to_value, e.message, a.display_name, i.number, i.title,"
                        + " CASE WHEN " + Visibility.ideaFor("i", "n.member_id") + " THEN 1 ELSE 0 END, m.language"
                        + " FROM notification n JOIN member m ON m.id = n.member_id"
                        + " JOIN idea_event e ON e.id = n.event_id JOIN idea i ON i.number = n.idea_number"
                        + " LEFT JOIN member a ON a.id = e.actor_id WHERE n.id IN (" + idList(ids) + ") ORDER BY n.id")
                .getResultList();
        return rows.stream().map(r -> new Row(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], (String) r[6], (String) r[7],
                ((Number) r[8]).longValue(), (String) r[9],
                r[10] instanceof Boolean b ? b : ((Number) r[10]).intValue() != 0,
                recipients.locale((String) r[11]))).toList();
    }

    private String subject(Row row) {
        if ("status".equals(row.kind())) {
            return text(row.locale(), "mail.status.subject", Long.toString(row.ideaNumber()), row.ideaTitle(),
                    status(row.locale(), row.to()));
        }
        return text(row.locale(), "mail.event.subject", Long.toString(row.ideaNumber()), row.ideaTitle());
    }

    private String body(Row row) {
        String link = link(Slug.path(row.ideaNumber(), row.ideaTitle()));
        String unsubscribe = notifications.unsubscribeLink(row.memberId());
        Locale locale = row.locale();
        if ("status".equals(row.kind())) {
            return text(locale, "mail.status.body", row.memberName(),
                    row.actorName() == null ? text(locale, "app.name") : row.actorName(), Long.toString(row.ideaNumber()),
                    row.ideaTitle(), status(locale, row.from()), status(locale, row.to()),
                    row.message() == null ? "" : row.message(), link,
                    "delivered".equals(row.to()) ? text(locale, "mail.status.outcome") : "", unsubscribe);
        }
        String what = switch (row.kind()) {
            case "merge" -> text(locale, "mail.event.merge", Long.toString(row.ideaNumber()), row.ideaTitle(), row.to());
            case "unmerge" -> text(locale, "mail.event.unmerge", Long.toString(row.ideaNumber()), row.ideaTitle(), row.from());
            default -> text(locale, "mail.event.other", Long.toString(row.ideaNumber()), row.ideaTitle());
        };
        return text(locale, "mail.event.body", row.memberName(), what, link, unsubscribe);
    }

    private String link(String path) {
        return (baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl) + path;
    }

    private static String status(Locale locale, String id) {
        String key = "idea.status." + id; // the label of each status id
        return id == null ? "" : Messages.text(locale, key);
    }

    /** Mail text in the recipient's language, naming the community as an admin branded it. */
    private String text(Locale locale, String key, Object... arguments) {
        return Messages.branded(locale, branding.current().communityName(), key, arguments);
    }

    private static String idList(List<Long> ids) {
        StringBuilder sb = new StringBuilder();
        for (Long id : ids) {
            sb.append(sb.length() == 0 ? "" : ",").append(id.longValue());
        }
        return sb.toString();
    }

    record Row(long memberId, String email, String memberName, String kind, String from, String to, String message,
               String actorName, long ideaNumber, String ideaTitle, boolean visible, Locale locale) {
    }
}
