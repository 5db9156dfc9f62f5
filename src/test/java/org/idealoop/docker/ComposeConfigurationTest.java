package org.idealoop.docker;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.idealoop.infrastructure.config.IdealoopConfig;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** Every configuration key the application reads is set for the app in docker/compose.yaml. */
class ComposeConfigurationTest {

    @Test
    void composeSetsEveryKeyTheApplicationReads() throws IOException {
        Set<String> expected = new TreeSet<>();
        for (String key : applicationKeys()) {
            expected.add(key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
        }
        assertFalse(expected.isEmpty());

        Map<String, Object> environment = appEnvironment();
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(environment.keySet());

        assertTrue(missing.isEmpty(), "docker/compose.yaml does not set " + missing + " for the app");
    }

    @Test
    void composePointsTheAppAtTheComposedServices() throws IOException {
        Map<String, Object> environment = appEnvironment();

        assertTrue(String.valueOf(environment.get("IDEALOOP_DB_URL")).startsWith("jdbc:mariadb://mariadb:"));
        assertTrue(String.valueOf(environment.get("IDEALOOP_ES_URL")).startsWith("http://elasticsearch:"));
    }

    /** Every key the application reads, as named in IdealoopConfig. */
    static Set<String> applicationKeys() {
        Set<String> keys = new TreeSet<>();
        for (Field field : IdealoopConfig.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    keys.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return keys;
    }

    /** The keys with a default in microprofile-config.properties. */
    static Set<String> propertiesFileKeys() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/META-INF/microprofile-config.properties"))) {
            properties.load(in);
        }
        return properties.stringPropertyNames();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> appEnvironment() throws IOException {
        try (Reader reader = Files.newBufferedReader(Path.of("docker/compose.yaml"))) {
            Map<String, Object> compose = new Yaml().load(reader);
            Map<String, Object> services = (Map<String, Object>) compose.get("services");
            Map<String, Object> app = (Map<String, Object>) services.get("app");
            return (Map<String, Object>) app.get("environment");
        }
    }
}
