package org.idealoop.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message key the code and the pages use is in the bundle, so no page ever shows a bare key. */
class MessagesBundleTest {

    private static final List<Pattern> USES = List.of(
            Pattern.compile("Exception\\(\"[A-Za-z]+\", \"([a-z][A-Za-z.-]+)\"\\)"),
            Pattern.compile("Exception\\(\"([a-z]+\\.[A-Za-z.-]+)\"\\)"),
            Pattern.compile("Pages\\.(?:info|error|fieldError)\\((?:\"[A-Za-z:]+\", )?\"([a-z]+\\.[A-Za-z.-]+)\""),
            Pattern.compile("text\\((?:[^,()]+|[^,()]+\\(\\)), \"([a-z]+\\.[A-Za-z.-]+)\""),
            Pattern.compile("msg\\['([A-Za-z.-]+)'\\]"),
            Pattern.compile("texts\\.format\\('([a-z]+\\.[A-Za-z.-]+)'"));

    @Test
    void everyKeyInUseIsInTheBundle() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/org/idealoop/messages.properties"))) {
            bundle.load(in);
        }
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java")), Files.walk(Path.of("src/main/webapp")))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".xhtml")).toList()) {
                String text = Files.readString(file);
                for (Pattern pattern : USES) {
                    Matcher matcher = pattern.matcher(text);
                    while (matcher.find()) {
                        used.add(matcher.group(1));
                    }
                }
            }
        }
        assertTrue(used.size() > 40, "the scan finds the keys in use: " + used);

        used.removeAll(bundle.stringPropertyNames());

        assertEquals(Set.of(), used, "keys in use but missing from messages.properties");
    }
}
