package org.idealoop.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import org.idealoop.domain.admin.AttentionRepository;
import org.idealoop.domain.moderation.Visibility;

/** One COUNT per question, each on an index the queue, inbox or sender already uses. */
@ApplicationScoped
public class JpaAttentionRepository implements AttentionRepository {

    /** The SLA of ideas no team owns yet (the triage queue), as TriageInboxService's triage inbox has it. */
    static final int TRIAGE_SLA_HOURS = 72;

    @PersistenceContext(unitName = "idealoop")
    EntityManager em;

    @Override
    public long overdueIdeas(Instant now) {
        return count("SELECT COUNT(*) FROM idea i LEFT JOIN product_team t ON t.id = i.team_id"
                // as the triage inbox counts them: held first posts too, merged ones not
                + " WHERE " + Visibility.ideaForStaff("i") + " AND i.merged_into IS NULL AND i.first_response_at IS NULL"
                + " AND TIMESTAMPADD(HOUR, COALESCE(t.sla_hours, " + TRIAGE_SLA_HOURS + "), i.created_at) < ?",
                Timestamp.from(now));
    }

    @Override
    public long flaggedItems() {
        return count("SELECT COUNT(DISTINCT content_type, content_id) FROM flag WHERE resolved_at IS NULL");
    }

    @Override
    public long failingWebhooks() {
        return count("SELECT COUNT(DISTINCT d.webhook_id) FROM webhook_delivery d JOIN webhook w ON w.id = d.webhook_id"
                + " WHERE w.active AND d.delivered_at IS NULL AND d.attempts > 0");
    }

    @Override
    public long searchBacklog() {
        return count("SELECT COUNT(*) FROM search_outbox");
    }

    private long count(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }
}
