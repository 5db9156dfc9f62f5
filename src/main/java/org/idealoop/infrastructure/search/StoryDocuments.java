package org.idealoop.infrastructure.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.idealoop.domain.moderation.Visibility;
import org.idealoop.domain.search.SearchType;

/** Customer stories as search documents, filed under their product's team; hidden ones are left out. */
@ApplicationScoped
public class StoryDocuments implements SearchDocumentSource {

    @PersistenceContext(unitName = "idealoop")
    EntityManager em;

    @Override
    public SearchType type() {
        return SearchType.STORY;
    }

    @Override
    public Map<Long, Versioned> load(Collection<Long> ids) {
        Map<Long, Versioned> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT s.id, s.title, s.body, s.kind, t.slug, s.author_id, s.me_too, s.created_at,"
                                + " COALESCE(s.answered_at, s.created_at), s.version"
                                + " FROM story s JOIN product p ON p.id = s.product_id"
                                + " JOIN product_team t ON t.id = p.team_id"
                                + " WHERE " + Visibility.story("s") + " AND s.id IN (" + Rows.idList(ids) + ")")
                .getResultList();
        for (Object[] row : rows) {
            long id = Rows.longValue(row[0]);
            int meToo = Rows.intValue(row[6]);
            SearchDocument doc = new SearchDocument(SearchDocument.key(SearchType.STORY.id(), id), SearchType.STORY.id(),
                    id, null, (String) row[1], (String) row[2], null, null, (String) row[4], null, null,
                    row[5].toString(), meToo, meToo, meToo, 0, meToo + 1, null, Rows.iso(row[7]), Rows.iso(row[8]));
            found.put(id, new Versioned(doc, Rows.longValue(row[9])));
        }
        return found;
    }

    @Override
    public List<Long> idsAfter(long after, int limit) {
        return Rows.ids(em.createNativeQuery("SELECT id FROM story WHERE id > ? ORDER BY id LIMIT " + limit)
                .setParameter(1, after).getResultList());
    }

    @Override
    public long count() {
        return Rows.longValue(em.createNativeQuery("SELECT COUNT(*) FROM story").getSingleResult());
    }
}
