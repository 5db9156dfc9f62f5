package org.idealoop.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.idealoop.domain.category.Category;
import org.idealoop.domain.category.CategoryRepository;
import org.idealoop.domain.category.IdeaTag;
import org.idealoop.domain.category.Tag;
import org.idealoop.infrastructure.cache.DetachedReads;
import org.idealoop.infrastructure.cache.ReadCache;

@ApplicationScoped
public class JpaCategoryRepository implements CategoryRepository {

    @PersistenceContext(unitName = "idealoop")
    EntityManager em;

    @Inject
    ReadCache cache;

    @Inject
    DetachedReads reads;

    @Override
    public Category add(Category category) {
        cache.evictAfterCommit(ReadCache.Region.FILING);
        em.persist(category);
        em.flush();
        return category;
    }

    /** From memory (detached, read-only); a transaction that changed categories reads its own changes instead. */
    @Override
    public List<Category> categories() {
        if (cache.changedInThisTransaction(ReadCache.Region.FILING)) {
            return em.createNamedQuery("Category.all", Category.class).getResultList();
        }
        return catalog().all();
    }

    @Override
    public Optional<Category> findCategory(String slug) {
        Optional<Category> known = cache.changedInThisTransaction(ReadCache.Region.FILING) ? Optional.empty()
                : catalog().find(slug);
        return known.isPresent() ? known : cache.missed(ReadCache.Region.FILING,
                em.createNamedQuery("Category.findBySlug", Category.class).setParameter("slug", slug).getResultStream().findFirst());
    }

    @Override
    public Optional<Category> findCategory(long id) {
        Optional<Category> known = cache.changedInThisTransaction(ReadCache.Region.FILING) ? Optional.empty()
                : catalog().find(id);
        return known.isPresent() ? known
                : cache.missed(ReadCache.Region.FILING, Optional.ofNullable(em.find(Category.class, id)));
    }

    /** Locking for a change also forgets the cached categories, after the commit too. */
    @Override
    public Optional<Category> lockForChange(long id) {
        cache.evictAfterCommit(ReadCache.Region.FILING);
        return Optional.ofNullable(em.find(Category.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    private DetachedReads.Catalog<Category> catalog() {
        return cache.get(ReadCache.Region.FILING, DetachedReads.Filing.KEY, reads::filing).categories();
    }

    @Override
    public boolean addTagIfAbsent(Tag tag) {
        // The unique key on slug decides between concurrent adds; IGNORE turns the loser's duplicate
        // into "0 rows" instead of an error that would spoil the transaction.
        return em.createNativeQuery("INSERT IGNORE INTO tag (slug, name, created_at) VALUES (?, ?, ?)")
                .setParameter(1, tag.slug()).setParameter(2, tag.name())
                .setParameter(3, java.sql.Timestamp.from(tag.createdAt()))
                .executeUpdate() == 1;
    }

    @Override
    public List<Tag> tags() {
        return em.createNamedQuery("Tag.all", Tag.class).getResultList();
    }

    @Override
    public Optional<Tag> findTag(String slug) {
        return em.createNamedQuery("Tag.findBySlug", Tag.class).setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    @Override
    public void tagIdea(long ideaNumber, Collection<Tag> tags) {
        em.createNativeQuery("DELETE FROM idea_tag WHERE idea_number = ?").setParameter(1, ideaNumber).executeUpdate();
        for (Tag tag : tags) {
            em.persist(new IdeaTag(ideaNumber, tag.id()));
        }
        em.flush();
    }

    @Override
    public Map<Long, List<String>> tagsOf(Collection<Long> ideaNumbers) {
        Map<Long, List<String>> tags = new HashMap<>();
        if (ideaNumbers.isEmpty()) {
            return tags;
        }
        StringBuilder in = new StringBuilder();
        for (Long number : ideaNumbers) {
            in.append(in.length() == 0 ? "" : ",").append(number.longValue());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT it.idea_number, t.name FROM idea_tag it JOIN tag t"
                + " ON t.id = it.tag_id WHERE it.idea_number IN (" + in + ") ORDER BY t.name").getResultList();
        for (Object[] row : rows) {
            tags.computeIfAbsent(((Number) row[0]).longValue(), n -> new ArrayList<>()).add((String) row[1]);
        }
        return tags;
    }

    @Override
    public Map<Long, Long> ideaCounts(long teamId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT c.id, COUNT(i.number) FROM category c"
                + " LEFT JOIN idea i ON i.category_id = c.id WHERE c.team_id = ? GROUP BY c.id")
                .setParameter(1, teamId).getResultList();
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return counts;
    }

    @Override
    public List<Long> moveIdeas(long fromCategoryId, long toCategoryId) {
        @SuppressWarnings("unchecked")
        List<Number> numbers = em.createNativeQuery("SELECT number FROM idea WHERE category_id = ? FOR UPDATE")
                .setParameter(1, fromCategoryId).getResultList();
        // Set-based on purpose: deleting a category moves all its ideas, which may be thousands, in one statement
        // instead of loading each as an entity (Idea's verbs change one idea at a time). The rows are locked above;
        // the version moves as JPA's would, so that the search index takes the new category.
        em.createNativeQuery("UPDATE idea SET category_id = ?, version = version + 1 WHERE category_id = ?")
                .setParameter(1, toCategoryId).setParameter(2, fromCategoryId).executeUpdate();
        return numbers.stream().map(Number::longValue).toList();
    }

    @Override
    public void remove(Category category) {
        cache.evictAfterCommit(ReadCache.Region.FILING);
        em.remove(em.contains(category) ? category : em.merge(category));
        em.flush();
    }
}
