package org.idealoop.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.idealoop.domain.idea.Idea;
import org.idealoop.domain.idea.IdeaRepository;

@ApplicationScoped
public class JpaIdeaRepository implements IdeaRepository {

    @PersistenceContext(unitName = "idealoop")
    EntityManager em;

    public JpaIdeaRepository() {
    }

    /** For use outside the container (persistence tests against an external server). */
    public JpaIdeaRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Idea add(Idea idea) {
        em.persist(idea);
        em.flush(); // assigns the number, which the outbox row and the caller need
        return idea;
    }

    @Override
    public Optional<Idea> findByNumber(long number) {
        return Optional.ofNullable(em.find(Idea.class, number));
    }

    @Override
    public List<Idea> newestFirst(Optional<Cursor> after, int limit) {
        var query = after
                .map(c -> em.createNamedQuery("Idea.newestBefore", Idea.class)
                        .setParameter("createdAt", c.createdAt())
                        .setParameter("number", c.number()))
                .orElseGet(() -> em.createNamedQuery("Idea.newestFirst", Idea.class));
        return query.setMaxResults(limit).getResultList();
    }

    @Override
    public List<Idea> byAuthor(long authorId, int limit) {
        return em.createNamedQuery("Idea.byAuthor", Idea.class)
                .setParameter("authorId", authorId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Idea> titleContains(String text, int limit) {
        String escaped = text.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return em.createNamedQuery("Idea.titleContains", Idea.class)
                .setParameter("pattern", "%" + escaped + "%")
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long count() {
        return em.createNamedQuery("Idea.count", Long.class).getSingleResult();
    }
}
