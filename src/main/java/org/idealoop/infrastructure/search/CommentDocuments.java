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

/** Comments as search documents, filed like their idea; a comment on an idea visitors may not see is left out too. */
@ApplicationScoped
public class CommentDocuments implements SearchDocumentSource {

    @PersistenceContext(unitName = "idealoop")
    EntityManager em;

    @Override
    public SearchType type() {
        return SearchType.COMMENT;
    }

    @Override
    public Map<Long, Versioned> load(Collection<Long> ids) {
        Map<Long, Versioned> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT c.id, c.idea_number, i.title, c.body, i.status, t.slug, g.slug, c.author_id,"
                                + " c.up_votes, c.created_at, COALESCE(c.edited_at, c.created_at), c.version"
                                + " FROM comment c JOIN idea i ON i.number = c.idea_number"
                                + " LEFT JOIN product_team t ON t.id = i.team_id"
                                + " LEFT JOIN category g ON g.id = i.category_id"
                                + " WHERE " + Visibility.comment("c") + " AND " + Visibility.idea("i")
                                + " AND c.id IN (" + Rows.idList(ids) + ")")
                .getResultList();
        for (Object[] row : rows) {
            long id = Rows.longValue(row[0]);
            int up = Rows.intValue(row[8]);
            SearchDocument doc = new SearchDocument(SearchDocument.key(SearchType.COMMENT.id(), id),
                    SearchType.COMMENT.id(), Rows.longValue(row[1]), id, (String) row[2], (String) row[3], null,
                    (String) row[4], (String) row[5], (String) row[6], null, row[7].toString(), up, up, up, 0, up,
                    null, Rows.iso(row[9]), Rows.iso(row[10]));
            found.put(id, new Versioned(doc, Rows.longValue(row[11])));
        }
        return found;
    }

    @Override
    public List<Long> idsAfter(long after, int limit) {
        return Rows.ids(em.createNativeQuery("SELECT id FROM comment WHERE id > ? ORDER BY id LIMIT " + limit)
                .setParameter(1, after).getResultList());
    }

    @Override
    public long count() {
        return Rows.longValue(em.createNativeQuery("SELECT COUNT(*) FROM comment").getSingleResult());
    }
}
