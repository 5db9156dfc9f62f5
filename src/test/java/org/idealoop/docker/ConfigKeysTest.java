package org.idealoop.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every key with a default in microprofile-config.properties is one the code names in IdealoopConfig. */
class ConfigKeysTest {

    @Test
    void propertiesFileHasNoKeyTheCodeDoesNotName() throws IOException, IllegalAccessException {
        Set<String> unknown = new TreeSet<>(ComposeConfigurationTest.propertiesFileKeys());
        unknown.removeAll(ComposeConfigurationTest.applicationKeys());

        assertEquals(Set.of(), unknown);
    }

    @Test
    void everyConfigPropertyInTheCodeIsDeclaredInIdealoopConfig() throws IOException, IllegalAccessException {
        Set<String> named = ComposeConfigurationTest.applicationKeys();
        Set<String> used = new TreeSet<>();
        java.util.regex.Pattern key = java.util.regex.Pattern.compile("\"(idealoop\\.[a-z0-9.-]+)\"|MPCONFIG=(idealoop\\.[a-z0-9.-]+)");
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var matcher = key.matcher(java.nio.file.Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
                }
            }
        }
        used.removeAll(named);

        assertEquals(Set.of(), used, "keys read in the code but missing from IdealoopConfig");
    }
}
