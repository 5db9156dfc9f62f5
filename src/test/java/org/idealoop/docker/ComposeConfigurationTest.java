package org.idealoop.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    /** The scaled profile: three clustered instances, each given both search nodes and the replica, behind nginx. */
    @Test
    @SuppressWarnings("unchecked")
    void theScaledProfileClustersThreeInstancesBehindNginx() throws IOException {
        Map<String, Object> services;
        try (Reader reader = Files.newBufferedReader(Path.of("docker/compose.yaml"))) {
            services = (Map<String, Object>) ((Map<String, Object>) new Yaml().load(reader)).get("services");
        }
        String nginx = Files.readString(Path.of("docker/nginx.conf"));
        for (String name : new String[] {"app1", "app2", "app3"}) {
            Map<String, Object> app = (Map<String, Object>) services.get(name);
            Map<String, Object> environment = (Map<String, Object>) app.get("environment");
            assertTrue(String.valueOf(app.get("profiles")).contains("scaled"), name);
            assertTrue(String.valueOf(environment.get("IDEALOOP_ES_URL")).matches("http://es1:\\d+,http://es2:\\d+"),
                    name + " is given both search nodes");
            assertTrue(String.valueOf(environment.get("IDEALOOP_DB_URL")).contains("mariadb-primary"), name);
            assertTrue(String.valueOf(environment.get("IDEALOOP_DB_REPLICA_URL")).contains("mariadb-replica"), name);
            String command = String.valueOf(app.get("command"));
            assertFalse(command.contains("--nocluster"), name + " joins the data grid");
            assertTrue(command.contains("tcpip:app1:6900,app2:6900,app3:6900"), name + " lists every member");
            assertTrue(nginx.contains("server " + name + ":8080"), "nginx balances over " + name);
        }
        for (String name : new String[] {"nginx", "es1", "es2", "es3", "mariadb-primary", "mariadb-replica"}) {
            assertTrue(String.valueOf(((Map<String, Object>) services.get(name)).get("profiles")).contains("scaled"),
                    name + " belongs to the scaled profile only");
        }
        assertFalse(((Map<String, Object>) services.get("app")).containsKey("profiles"), "the single app starts by default");
        Map<String, Object> tieBreaker = (Map<String, Object>) ((Map<String, Object>) services.get("es3")).get("environment");
        assertEquals("master,voting_only", tieBreaker.get("node.roles"), "three master-eligible nodes, one without data");
    }
}
