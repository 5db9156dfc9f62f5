package org.idealoop.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Optional;
import org.idealoop.domain.category.TagRepository;
import org.idealoop.domain.team.RoutingRule;

@ApplicationScoped
public class JpaTagRepository implements TagRepository {

    private static final String USE = "SELECT t.id, t.slug, t.name,"
            + " (SELECT COUNT(*) FROM idea_tag it WHERE it.tag_id = t.id) FROM tag t";

    @PersistenceContext(unitName = "idealoop")
    EntityManager em;

    @Override
    public List<TagUse> uses(String text, int offset, int limit) {
        Query query;
        if (text == null || text.isBlank()) {
            query = em.createNativeQuery(USE + " ORDER BY t.name, t.id LIMIT ? OFFSET ?")
                    .setParameter(1, limit).setParameter(2, offset);
        } else {
            String like = Like.containing(text.strip());
            query = em.createNativeQuery(USE + " WHERE t.name LIKE ? OR t.slug LIKE ? ORDER BY t.name, t.id LIMIT ? OFFSET ?")
                    .setParameter(1, like).setParameter(2, like).setParameter(3, limit).setParameter(4, offset);
        }
        return rows(query).stream().map(JpaTagRepository::use).toList();
    }

    @Override
    public Optional<TagUse> use(String slug) {
        return rows(em.createNativeQuery(USE + " WHERE t.slug = ?").setParameter(1, slug)).stream()
                .findFirst().map(JpaTagRepository::use);
    }

    @Override
    public Optional<TagUse> lock(String slug) {
        return rows(em.createNativeQuery(USE + " WHERE t.slug = ? FOR UPDATE").setParameter(1, slug)).stream()
                .findFirst().map(JpaTagRepository::use);
    }

    @Override
    public List<Long> ideasCarrying(long tagId) {
        List<?> numbers = em.createNativeQuery("SELECT idea_number FROM idea_tag WHERE tag_id = ? ORDER BY idea_number")
                .setParameter(1, tagId).getResultList();
        return numbers.stream().map(n -> ((Number) n).longValue()).toList();
    }

    @Override
    public void rename(long tagId, String slug, String name) {
        em.createNativeQuery("UPDATE tag SET slug = ?, name = ? WHERE id = ?")
                .setParameter(1, slug).setParameter(2, name).setParameter(3, tagId).executeUpdate();
    }

    @Override
    public void merge(long fromId, long intoId) {
        // IGNORE: an idea carrying both keeps its one row of the target (the primary key decides)
        em.createNativeQuery("INSERT IGNORE INTO idea_tag (idea_number, tag_id) SELECT idea_number, ? FROM idea_tag"
                + " WHERE tag_id = ?").setParameter(1, intoId).setParameter(2, fromId).executeUpdate();
        delete(fromId);
    }

    @Override
    public void delete(long tagId) {
        em.createNativeQuery("DELETE FROM idea_tag WHERE tag_id = ?").setParameter(1, tagId).executeUpdate();
        em.createNativeQuery("DELETE FROM tag WHERE id = ?").setParameter(1, tagId).executeUpdate();
    }

    @Override
    public void moveRules(String fromSlug, String toSlug) {
        if (fromSlug.equals(toSlug)) {
            return;
        }
        // IGNORE keeps a rule already on the target; the source's rule, then left over, goes
        em.createNativeQuery("UPDATE IGNORE routing_rule SET value = ? WHERE kind = ? AND value = ?")
                .setParameter(1, toSlug).setParameter(2, RoutingRule.TAG).setParameter(3, fromSlug).executeUpdate();
        em.createNativeQuery("DELETE FROM routing_rule WHERE kind = ? AND value = ?")
                .setParameter(1, RoutingRule.TAG).setParameter(2, fromSlug).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private static TagUse use(Object[] r) {
        return new TagUse(((Number) r[0]).longValue(), (String) r[1], (String) r[2], ((Number) r[3]).longValue());
    }
}
