package org.idealoop.infrastructure.persistence;

import static org.idealoop.infrastructure.persistence.NativeRows.instant;
import static org.idealoop.infrastructure.persistence.NativeRows.number;
import static org.idealoop.infrastructure.persistence.NativeRows.rows;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.Writer;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.idealoop.domain.rating.Rating;
import org.idealoop.domain.rating.RatingRepository;
import org.idealoop.domain.rating.RatingSummary;

@ApplicationScoped
public class JpaRatingRepository implements RatingRepository {

    @PersistenceContext(unitName = "idealoop")
    EntityManager em;

    @Resource(lookup = IdealoopDataSource.JNDI_NAME)
    DataSource dataSource;

    @Override
    public long rate(long productId, long memberId, int csat, int nps, String comment, Instant at) {
        em.createNativeQuery("INSERT INTO rating (product_id, member_id, csat, nps, comment, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .setParameter(1, productId).setParameter(2, memberId).setParameter(3, csat).setParameter(4, nps)
                .setParameter(5, comment).setParameter(6, Timestamp.from(at)).executeUpdate();
        long id = number(em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult());
        em.createNativeQuery("INSERT INTO rating_current (product_id, member_id, rating_id) VALUES (?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE rating_id = VALUES(rating_id)")
                .setParameter(1, productId).setParameter(2, memberId).setParameter(3, id).executeUpdate();
        return id;
    }

    @Override
    public RatingSummary summary(long productId) {
        long[] csat = new long[5];
        long[] nps = new long[11];
        for (Object[] r : rows(em, "SELECT r.csat, r.nps, COUNT(*) FROM rating_current c"
                + " JOIN rating r ON r.id = c.rating_id WHERE c.product_id = ? GROUP BY r.csat, r.nps", productId)) {
            long count = number(r[2]);
            csat[(int) number(r[0]) - 1] += count;
            nps[(int) number(r[1])] += count;
        }
        return RatingSummary.of(csat, nps);
    }

    @Override
    public List<Rating> currentOf(long memberId) {
        return rows(em, "SELECT p.slug, r.csat, r.nps, r.comment, r.created_at FROM rating_current c"
                + " JOIN rating r ON r.id = c.rating_id JOIN product p ON p.id = c.product_id"
                + " WHERE c.member_id = ? ORDER BY p.slug", memberId).stream().map(JpaRatingRepository::rating).toList();
    }

    @Override
    public List<Rating> historyOf(long memberId, long productId) {
        return rows(em, "SELECT p.slug, r.csat, r.nps, r.comment, r.created_at FROM rating r"
                        + " JOIN product p ON p.id = r.product_id WHERE r.member_id = ? AND r.product_id = ? ORDER BY r.id",
                memberId, productId).stream().map(JpaRatingRepository::rating).toList();
    }

    private static Rating rating(Object[] r) {
        return new Rating((String) r[0], (int) number(r[1]), (int) number(r[2]), (String) r[3], instant(r[4]));
    }

    @Override
    public void export(long productId, Writer out) throws IOException {
        CsvExport.stream(dataSource, "SELECT r.id, r.member_id, r.csat, r.nps, r.comment, r.created_at,"
                        + " IF(EXISTS (SELECT 1 FROM rating_current c WHERE c.rating_id = r.id), 'yes', 'no')"
                        + " FROM rating r WHERE r.product_id = ? ORDER BY r.id", productId, out,
                "rating", "member", "csat", "nps", "comment", "created", "current");
    }
}
