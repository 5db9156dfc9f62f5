package org.idealoop.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The settings of the generator and the benchmark, read like the application reads its own: a system
 * property ({@code idealoop.db.url}), else the environment variable ({@code IDEALOOP_DB_URL}), else the
 * default in {@code META-INF/microprofile-config.properties}. So {@code mvn -Pgenerate} reaches the
 * embedded run's database by default and an external MariaDB through the same keys the app uses.
 */
public final class BenchSettings {

    private final Map<String, String> overrides;
    private final Properties defaults = new Properties();

    public BenchSettings(Map<String, String> overrides) {
        this.overrides = Map.copyOf(overrides);
        try (InputStream in = BenchSettings.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            if (in != null) {
                defaults.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BenchSettings fromSystem() {
        return new BenchSettings(Map.of());
    }

    public String get(String key, String fallback) {
        String value = overrides.get(key);
        if (value == null) {
            value = System.getProperty(key);
        }
        if (value == null) {
            value = System.getenv(key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
        }
        if (value == null) {
            value = defaults.getProperty(key);
        }
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    public String dbUrl() {
        return get("idealoop.db.url", "jdbc:mariadb://127.0.0.1:3307/idealoop");
    }

    public String dbUser() {
        return get("idealoop.db.user", "idealoop");
    }

    public String dbPassword() {
        return get("idealoop.db.password", "idealoop");
    }

    /** The started instance; {@code bench.url}, else the app's own base URL. */
    public String appUrl() {
        String url = get("bench.url", get("idealoop.base-url", "http://localhost:8080"));
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /**
     * The secret the generated members' API tokens are derived from: {@code bench.secret}, else a random one
     * kept in {@code <idealoop.data.dir>/bench-secret} (created on first use), so the benchmark can sign in
     * as any generated member while nobody can guess their tokens.
     */
    public String secret() {
        String given = get("bench.secret", null);
        if (given != null) {
            return given;
        }
        Path file = Paths.get(get("idealoop.data.dir", "data"), "bench-secret").toAbsolutePath();
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] random = new byte[32];
                new SecureRandom().nextBytes(random);
                Files.writeString(file, HexFormat.of().formatHex(random), StandardCharsets.US_ASCII);
            }
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the benchmark secret in " + file, e);
        }
    }
}
