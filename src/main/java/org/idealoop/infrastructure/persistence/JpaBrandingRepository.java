package org.idealoop.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.idealoop.domain.branding.BrandImage;
import org.idealoop.domain.branding.Branding;
import org.idealoop.domain.branding.BrandingRepository;
import org.idealoop.domain.branding.Colour;
import org.idealoop.domain.branding.FooterLink;

/** The branding row (id 1) and the images, in SQL; footer links as a small JSON array. */
@ApplicationScoped
public class JpaBrandingRepository implements BrandingRepository {

    @PersistenceContext(unitName = "idealoop")
    EntityManager em;

    @Override
    public Optional<Branding.Settings> settings() {
        List<?> rows = em.createNativeQuery("SELECT community_name, tagline, primary_colour, footer_links,"
                + " default_language, default_theme FROM branding WHERE id = 1").getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] r = (Object[]) row;
            return new Branding.Settings(r[0].toString(), r[1].toString(), new Colour(r[2].toString()),
                    links(r[3].toString()), r[4].toString(), r[5].toString());
        });
    }

    @Override
    public void saveSettings(Branding.Settings s, Instant at) {
        em.createNativeQuery("INSERT INTO branding (id, community_name, tagline, primary_colour, footer_links,"
                        + " default_language, default_theme, updated_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE community_name = VALUES(community_name), tagline = VALUES(tagline),"
                        + " primary_colour = VALUES(primary_colour), footer_links = VALUES(footer_links),"
                        + " default_language = VALUES(default_language), default_theme = VALUES(default_theme),"
                        + " updated_at = VALUES(updated_at)")
                .setParameter(1, s.communityName()).setParameter(2, s.tagline()).setParameter(3, s.primaryColour().hex())
                .setParameter(4, json(s.footerLinks())).setParameter(5, s.defaultLanguage())
                .setParameter(6, s.defaultTheme()).setParameter(7, Timestamp.from(at)).executeUpdate();
    }

    @Override
    public Optional<String> imageHash(Branding.ImageKind kind) {
        List<?> rows = em.createNativeQuery("SELECT sha256 FROM branding_image WHERE kind = ?")
                .setParameter(1, kind.id()).getResultList();
        return rows.stream().findFirst().map(Object::toString);
    }

    @Override
    public Optional<BrandImage> image(Branding.ImageKind kind) {
        List<?> rows = em.createNativeQuery("SELECT content_type, bytes, sha256 FROM branding_image WHERE kind = ?")
                .setParameter(1, kind.id()).getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] r = (Object[]) row;
            return new BrandImage(r[0].toString(), (byte[]) r[1], r[2].toString());
        });
    }

    @Override
    public void saveImage(Branding.ImageKind kind, BrandImage image, Instant at) {
        em.createNativeQuery("INSERT INTO branding_image (kind, content_type, bytes, sha256, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE content_type = VALUES(content_type),"
                        + " bytes = VALUES(bytes), sha256 = VALUES(sha256), updated_at = VALUES(updated_at)")
                .setParameter(1, kind.id()).setParameter(2, image.contentType()).setParameter(3, image.bytes())
                .setParameter(4, image.sha256()).setParameter(5, Timestamp.from(at)).executeUpdate();
    }

    @Override
    public void clear() {
        em.createNativeQuery("DELETE FROM branding").executeUpdate();
        em.createNativeQuery("DELETE FROM branding_image").executeUpdate();
    }

    private static String json(List<FooterLink> links) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        links.forEach(link -> array.add(Json.createObjectBuilder().add("label", link.label()).add("url", link.url())));
        return array.build().toString();
    }

    private static List<FooterLink> links(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonArray array = reader.readArray();
            return array.getValuesAs(JsonObject.class).stream()
                    .map(o -> new FooterLink(o.getString("label"), o.getString("url"))).toList();
        }
    }
}
