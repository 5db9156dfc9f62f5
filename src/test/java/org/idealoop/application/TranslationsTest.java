package org.idealoop.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.idealoop.domain.member.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every language's bundle says everything the English one says: the same keys, no empty text, the same
 * placeholders, and a pattern MessageFormat can read (a lone apostrophe in a text with arguments
 * swallows the rest). A missing text would show English in the middle of a German page.
 */
class TranslationsTest {

    private static final Path FOLDER = Path.of("src/main/resources/org/idealoop");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    static Properties load(String file) throws IOException {
        Properties bundle = new Properties();
        try (Reader in = Files.newBufferedReader(FOLDER.resolve(file), StandardCharsets.UTF_8)) {
            bundle.load(in);
        }
        return bundle;
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "ENGLISH", mode = EnumSource.Mode.EXCLUDE)
    void everyBundleSaysWhatEnglishSays(Language language) throws IOException {
        Properties english = load("messages.properties");
        Properties translated = load("messages_" + language.tag() + ".properties");
        List<String> problems = new ArrayList<>();
        Set<String> missing = new TreeSet<>(english.stringPropertyNames());
        missing.removeAll(translated.stringPropertyNames());
        missing.forEach(key -> problems.add("missing: " + key));
        Set<String> extra = new TreeSet<>(translated.stringPropertyNames());
        extra.removeAll(english.stringPropertyNames());
        extra.forEach(key -> problems.add("not in English: " + key));
        for (String key : new TreeSet<>(translated.stringPropertyNames())) {
            String text = translated.getProperty(key);
            if (text.isBlank()) {
                problems.add("empty: " + key);
                continue;
            }
            if (!english.containsKey(key)) {
                continue;
            }
            Set<String> expected = placeholders(english.getProperty(key));
            if (!expected.equals(placeholders(text))) {
                problems.add("placeholders " + placeholders(text) + " instead of " + expected + ": " + key);
            }
            if (!expected.isEmpty()) {
                if (LONE_APOSTROPHE.matcher(text).find()) {
                    problems.add("a lone ' in a text with arguments (write ’ or ''): " + key);
                }
                try {
                    new MessageFormat(text, language.locale());
                } catch (IllegalArgumentException e) {
                    problems.add("not a MessageFormat pattern (" + e.getMessage() + "): " + key);
                }
            }
        }
        assertEquals(List.of(), problems, language + " bundle");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void eachLanguageIsServedFromItsOwnBundle(Language language) {
        String search = Messages.text(language.locale(), "nav.search");
        assertTrue(!search.isBlank() && !search.equals("nav.search"));
        if (language != Language.ENGLISH) {
            assertTrue(!search.equals(Messages.text(Locale.ROOT, "nav.search")), language + " says " + search);
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void englishIsTheBaseAndNotTheServersDefaultLocale(Language language) throws IOException {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMAN); // a server installed in Germany
            assertEquals(load(language == Language.ENGLISH ? "messages.properties"
                            : "messages_" + language.tag() + ".properties").getProperty("app.footer"),
                    Messages.text(language.locale(), "app.footer"));
        } finally {
            Locale.setDefault(before);
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
