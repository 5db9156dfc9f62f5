package org.idealoop.infrastructure.persistence;

import static org.idealoop.infrastructure.persistence.NativeRows.number;
import static org.idealoop.infrastructure.persistence.NativeRows.rows;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.idealoop.domain.product.Product;
import org.idealoop.domain.product.ProductRepository;
import org.idealoop.domain.product.ProductUse;

@ApplicationScoped
public class JpaProductRepository implements ProductRepository {

    private static final String PRODUCT = "SELECT p.id, p.slug, p.name, p.team_id, t.slug FROM product p"
            + " JOIN product_team t ON t.id = p.team_id";

    private static final String PRODUCT_USE = "SELECT p.id, p.slug, p.name, p.team_id, t.slug, t.name,"
            + " (SELECT COUNT(*) FROM rating r WHERE r.product_id = p.id),"
            + " (SELECT COUNT(*) FROM story s WHERE s.product_id = p.id)"
            + " FROM product p JOIN product_team t ON t.id = p.team_id";

    @PersistenceContext(unitName = "idealoop")
    EntityManager em;

    @Override
    public List<Product> all() {
        return rows(em, PRODUCT + " ORDER BY p.name").stream().map(JpaProductRepository::product).toList();
    }

    @Override
    public Optional<Product> find(String slug) {
        return rows(em, PRODUCT + " WHERE p.slug = ?", slug).stream().findFirst().map(JpaProductRepository::product);
    }

    private static Product product(Object[] r) {
        return new Product(number(r[0]), (String) r[1], (String) r[2], number(r[3]), (String) r[4]);
    }

    @Override
    public Product add(String slug, String name, long teamId, Instant at) {
        em.createNativeQuery("INSERT INTO product (slug, name, team_id, created_at) VALUES (?, ?, ?, ?)")
                .setParameter(1, slug).setParameter(2, name).setParameter(3, teamId).setParameter(4, Timestamp.from(at))
                .executeUpdate();
        return find(slug).orElseThrow();
    }

    @Override
    public List<ProductUse> uses(String text, int offset, int limit) {
        List<Object[]> rows;
        if (text == null || text.isBlank()) {
            rows = rows(em, PRODUCT_USE + " ORDER BY p.name, p.id LIMIT ? OFFSET ?", limit, offset);
        } else {
            String like = Like.containing(text.strip());
            rows = rows(em, PRODUCT_USE + " WHERE p.name LIKE ? OR p.slug LIKE ? ORDER BY p.name, p.id LIMIT ? OFFSET ?",
                    like, like, limit, offset);
        }
        return rows.stream().map(JpaProductRepository::productUse).toList();
    }

    @Override
    public Optional<ProductUse> lock(String slug) {
        // lock first: the counts below then see every rating and story committed before the lock
        List<?> ids = em.createNativeQuery("SELECT id FROM product WHERE slug = ? FOR UPDATE").setParameter(1, slug)
                .getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        return rows(em, PRODUCT_USE + " WHERE p.id = ?", ids.get(0)).stream().findFirst()
                .map(JpaProductRepository::productUse);
    }

    private static ProductUse productUse(Object[] r) {
        return new ProductUse(product(r), (String) r[5], number(r[6]), number(r[7]));
    }

    @Override
    public void change(long productId, String name, long teamId) {
        em.createNativeQuery("UPDATE product SET name = ?, team_id = ? WHERE id = ?")
                .setParameter(1, name).setParameter(2, teamId).setParameter(3, productId).executeUpdate();
    }

    @Override
    public void delete(long productId) {
        em.createNativeQuery("DELETE FROM product WHERE id = ?").setParameter(1, productId).executeUpdate();
    }
}
