package org.idealoop.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seeds the demo community on the first start of an embedded run ({@code idealoop.demo.enabled=true}).
 * Does nothing when ideas exist already, so a restart never duplicates the demo.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoContent {

    private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());

    @Inject
    @ConfigProperty(name = "idealoop.demo.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    IdeaService ideas;

    @PostConstruct
    void seed() {
        if (!enabled || ideas.count() > 0) {
            return;
        }
        List<String[]> rows = read("demo/ideas.tsv");
        Instant now = Instant.now();
        // Spread the ideas over the past weeks, oldest first, so "newest" reads naturally.
        for (int i = 0; i < rows.size(); i++) {
            Instant createdAt = now.minus(Duration.ofHours(7L * (rows.size() - i)));
            ideas.postAt(rows.get(i)[0], rows.get(i)[1], createdAt);
        }
        LOG.info(() -> "Seeded " + rows.size() + " demo ideas");
    }

    static List<String[]> read(String resource) {
        InputStream in = DemoContent.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new UncheckedIOException(new IOException("Missing resource " + resource));
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.split("\t", 2));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
