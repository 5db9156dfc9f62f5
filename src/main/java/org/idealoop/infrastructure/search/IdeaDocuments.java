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

/** Ideas as search documents, read in one statement per batch. */
@ApplicationScoped
public class IdeaDocuments implements SearchDocumentSource {

    @PersistenceContext(unitName = "idealoop")
    EntityManager em;

    @Override
    public SearchType type() {
        return SearchType.IDEA;
    }

    @Override
    public Map<Long, Versioned> load(Collection<Long> numbers) {
        Map<Long, Versioned> found = new HashMap<>();
        if (numbers.isEmpty()) {
            return found;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT i.number, i.title, i.body, i.status, t.slug, c.slug, i.author_id, i.up_votes,"
                                + " i.down_votes, i.follower_count, i.created_at, COALESCE(i.edited_at, i.created_at),"
                                + " i.version, (SELECT GROUP_CONCAT(g.slug SEPARATOR ' ') FROM idea_tag it"
                                + "   JOIN tag g ON g.id = it.tag_id WHERE it.idea_number = i.number)"
                                + " FROM idea i LEFT JOIN product_team t ON t.id = i.team_id"
                                + " LEFT JOIN category c ON c.id = i.category_id"
                                + " WHERE " + Visibility.idea("i") + " AND i.number IN (" + Rows.idList(numbers) + ")")
                .getResultList();
        for (Object[] row : rows) {
            long number = Rows.longValue(row[0]);
            int up = Rows.intValue(row[7]);
            int down = Rows.intValue(row[8]);
            String title = (String) row[1];
            SearchDocument doc = new SearchDocument(SearchDocument.key(SearchType.IDEA.id(), number),
                    SearchType.IDEA.id(), number, null, title, (String) row[2], suggestInputs(title),
                    (String) row[3], (String) row[4], (String) row[5], Rows.words(row[13]),
                    row[6] == null ? null : row[6].toString(), up - down, Math.max(0, up - down), up, down,
                    up + down, Rows.intValue(row[9]), Rows.iso(row[10]), Rows.iso(row[11]));
            found.put(number, new Versioned(doc, Rows.longValue(row[12])));
        }
        return found;
    }

    /**
     * The title, and the title from each of its next few words on, so that typing a word from the
     * middle of a title ("maps" for "Offline maps") also suggests it.
     */
    static List<String> suggestInputs(String title) {
        List<String> inputs = new java.util.ArrayList<>();
        String[] words = title.strip().split("\\s+");
        for (int i = 0; i < Math.min(words.length, 6); i++) {
            inputs.add(String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length)));
        }
        return inputs;
    }

    @Override
    public List<Long> idsAfter(long after, int limit) {
        return Rows.ids(em.createNativeQuery("SELECT number FROM idea WHERE number > ? ORDER BY number LIMIT " + limit)
                .setParameter(1, after).getResultList());
    }

    @Override
    public long count() {
        return Rows.longValue(em.createNativeQuery("SELECT COUNT(*) FROM idea").getSingleResult());
    }
}
