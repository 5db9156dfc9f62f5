package org.idealoop.infrastructure.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.idealoop.domain.category.Category;
import org.idealoop.domain.member.Member;
import org.idealoop.domain.team.ProductTeam;

/**
 * The loads behind {@link ReadCache}: outside any transaction, so they see only what is committed and hand
 * back detached objects that no caller's persistence context can change while they sit in the cache.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class DetachedReads {

    @PersistenceContext(unitName = "idealoop")
    EntityManager em;

    /** One statement: the member with the roles joined in. */
    public Optional<Member> member(long id) {
        return em.createQuery("SELECT m FROM Member m LEFT JOIN FETCH m.roles WHERE m.id = :id", Member.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    /** Teams and categories read together, so that every category's team is among the teams. */
    public Filing filing() {
        return new Filing(Catalog.of(em.createNamedQuery("ProductTeam.all", ProductTeam.class).getResultList(),
                ProductTeam::id, ProductTeam::slug),
                Catalog.of(em.createNamedQuery("Category.all", Category.class).getResultList(), Category::id, Category::slug));
    }

    /** What {@link ReadCache.Region#FILING} holds. */
    public record Filing(Catalog<ProductTeam> teams, Catalog<Category> categories) {

        /** The one key of the region. */
        public static final String KEY = "filing";
    }

    /** All of a kind in their order, found by id and by slug. */
    public record Catalog<T>(List<T> all, java.util.Map<Long, T> byId, java.util.Map<String, T> bySlug) {

        static <T> Catalog<T> of(List<T> items, java.util.function.Function<T, Long> id,
                                 java.util.function.Function<T, String> slug) {
            java.util.Map<Long, T> ids = new java.util.HashMap<>();
            java.util.Map<String, T> slugs = new java.util.HashMap<>();
            items.forEach(item -> {
                ids.put(id.apply(item), item);
                slugs.put(slug.apply(item), item);
            });
            return new Catalog<>(List.copyOf(items), java.util.Map.copyOf(ids), java.util.Map.copyOf(slugs));
        }

        public Optional<T> find(long id) {
            return Optional.ofNullable(byId.get(id));
        }

        public Optional<T> find(String slug) {
            return Optional.ofNullable(slug == null ? null : bySlug.get(slug));
        }
    }
}
