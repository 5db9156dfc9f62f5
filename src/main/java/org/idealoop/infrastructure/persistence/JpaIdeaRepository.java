package org.idealoop.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.idealoop.domain.idea.Idea;
import org.idealoop.domain.idea.IdeaQuery;
import org.idealoop.domain.idea.IdeaRepository;
import org.idealoop.domain.idea.IdeaRevision;
import org.idealoop.domain.moderation.Visibility;

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
    public List<Idea> findByNumbers(List<Long> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, Idea> found = new java.util.HashMap<>();
        em.createQuery("SELECT i FROM Idea i WHERE i.number IN :numbers", Idea.class)
                .setParameter("numbers", numbers).getResultList().forEach(idea -> found.put(idea.number(), idea));
        return numbers.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public Optional<Idea> lockForChange(long number) {
        return em.createQuery("SELECT i FROM Idea i WHERE i.number = :number", Idea.class)
                .setParameter("number", number)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .setHint("eclipselink.refresh", "true")
                .getResultStream().findFirst();
    }

    @Inject
    ReplicaReads replicas;

    @Override
    public List<Idea> list(IdeaQuery query) {
        return list(em, query);
    }

    @Override
    public List<Idea> listToleratingLag(IdeaQuery query) {
        return replicas == null ? list(em, query) : replicas.read(em, replica -> list(replica, query));
    }

    private static List<Idea> list(EntityManager em, IdeaQuery query) {
        // Each sort walks its own index (docs/ranking.md): ORDER BY value DESC, number DESC, starting
        // strictly after the cursor's position, so page 500 costs what page 1 costs.
        String[] columns = switch (query.sort()) {
            case HOT -> new String[] {"i.hot"};
            case TOP -> new String[] {"i.score", "i.wilson"};
            case NEW -> new String[] {"i.createdAt"};
            case TRENDING -> new String[] {"i.trending"};
            case DISCUSSED -> new String[] {"i.distinctCommenters"};
        };
        // The author filter is "mine": the viewer is the author, who also sees their own held ideas.
        StringBuilder jpql = new StringBuilder("SELECT i FROM Idea i WHERE " + (query.authorId().isPresent()
                ? Visibility.Jpql.ideaFor("i", ":authorId") + " AND i.authorId = :authorId"
                : Visibility.Jpql.idea("i")));
        query.status().ifPresent(status -> jpql.append(" AND i.status = :status"));
        query.teamId().ifPresent(team -> jpql.append(" AND i.teamId = :teamId"));
        query.categoryId().ifPresent(category -> jpql.append(" AND i.categoryId = :categoryId"));
        query.tagId().ifPresent(tag -> jpql.append(
                " AND EXISTS (SELECT t FROM IdeaTag t WHERE t.ideaNumber = i.number AND t.tagId = :tagId)"));
        query.votedBy().ifPresent(voter -> jpql.append(
                " AND EXISTS (SELECT v FROM Vote v WHERE v.ideaNumber = i.number AND v.memberId = :voter)"));
        query.after().ifPresent(after -> {
            if (columns.length == 1) {
                jpql.append(" AND (").append(columns[0]).append(" < :p OR (").append(columns[0])
                        .append(" = :p AND i.number < :n))");
            } else {
                jpql.append(" AND ").append(columns[0]).append(" <= :p AND (").append(columns[0]).append(" < :p OR (")
                        .append(columns[1]).append(" < :q OR (").append(columns[1]).append(" = :q AND i.number < :n)))");
            }
        });
        jpql.append(" ORDER BY");
        for (String column : columns) {
            jpql.append(' ').append(column).append(" DESC,");
        }
        jpql.append(" i.number DESC");
        TypedQuery<Idea> typed = em.createQuery(jpql.toString(), Idea.class);
        query.status().ifPresent(status -> typed.setParameter("status", status));
        query.authorId().ifPresent(author -> typed.setParameter("authorId", author));
        query.votedBy().ifPresent(voter -> typed.setParameter("voter", voter));
        query.teamId().ifPresent(team -> typed.setParameter("teamId", team));
        query.categoryId().ifPresent(category -> typed.setParameter("categoryId", category));
        query.tagId().ifPresent(tag -> typed.setParameter("tagId", tag));
        query.after().ifPresent(after -> {
            typed.setParameter("n", after.number());
            switch (query.sort()) {
                case NEW -> typed.setParameter("p", java.time.Instant.ofEpochSecond(
                        (long) Math.floor(after.primary() / 1_000_000d),
                        (long) (after.primary() % 1_000_000d) * 1_000));
                case TOP, DISCUSSED -> typed.setParameter("p", (int) after.primary());
                default -> typed.setParameter("p", after.primary());
            }
            if (columns.length > 1) {
                typed.setParameter("q", after.secondary());
            }
        });
        return typed.setMaxResults(query.limit()).getResultList();
    }

    @Override
    public List<Idea> byAuthor(long authorId, int limit) {
        return em.createNamedQuery("Idea.byAuthor", Idea.class)
                .setParameter("authorId", authorId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Idea> pinned() {
        return em.createNamedQuery("Idea.pinned", Idea.class).setMaxResults(50).getResultList();
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
    public IdeaRevision addRevision(IdeaRevision revision) {
        em.persist(revision);
        em.flush(); // also writes the edited idea now: a concurrent edit fails here (optimistic lock)
        return revision;
    }

    @Override
    public List<IdeaRevision> revisions(long ideaNumber) {
        return em.createNamedQuery("IdeaRevision.ofIdea", IdeaRevision.class).setParameter("idea", ideaNumber)
                .getResultList();
    }

    @Override
    public long count() {
        return em.createNamedQuery("Idea.count", Long.class).getSingleResult();
    }
}
