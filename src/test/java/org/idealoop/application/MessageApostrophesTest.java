package org.idealoop.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A text with arguments is a MessageFormat pattern, where a single apostrophe starts a quoted part:
 * "the community's rules: {1}" lost its apostrophe and never showed the warning's reason. Such texts
 * write it twice ({@code community''s}).
 */
class MessageApostrophesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+}");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @Test
    void textsWithArgumentsDoubleTheirApostrophes() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/org/idealoop/messages.properties"))) {
            bundle.load(in);
        }
        Set<String> broken = new TreeSet<>();
        for (String key : bundle.stringPropertyNames()) {
            String text = bundle.getProperty(key);
            if (ARGUMENT.matcher(text).find() && LONE_APOSTROPHE.matcher(text).find()) {
                broken.add(key);
            }
        }
        assertEquals(Set.of(), broken, "texts with arguments and a single apostrophe");
    }

    @Test
    void theWarningMailCarriesTheReason() {
        String body = Messages.text(java.util.Locale.ENGLISH, "mail.warning.body", "Mira", "Mind the tone");
        assertEquals(true, body.contains("community's rules:\n\nMind the tone"), body);
    }
}
