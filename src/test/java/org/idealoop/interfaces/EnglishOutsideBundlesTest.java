package org.idealoop.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What readers see comes from the bundles, never from English written into the code: no
 * {@code Locale.ENGLISH} anywhere, no text in the pages outside {@code #{msg[...]}}, and no English
 * sentence in the Java that writes pages, API problems, mail or feeds. Log lines, exception messages
 * for the log, OpenAPI descriptions (for developers) and HTTP header values are not shown to readers;
 * a problem's {@code title} names its type, as fixed as the HTTP reason phrase (its {@code detail} and
 * {@code errors} are the reader's language).
 */
class EnglishOutsideBundlesTest {

    /** A string literal that reads like English words: a capitalised word and at least one more word. */
    private static final Pattern PROSE = Pattern.compile("\"([A-Z][a-z]+(?:[ ,;:.'#!?]+[A-Za-z][a-z]*)+[.!?]?)\"");
    private static final Pattern NOT_FOR_READERS = Pattern.compile(
            "LOG\\.|Logger|\\.log\\(|Exception\\(|Error\\(|@Operation|@Parameter|@APIResponse|summary =|description ="
                    + "|[Hh]eader\\(|realm=|assert|new Problem\\(|\\* |^\\s*//");
    private static final List<Path> READER_FACING = List.of(
            Path.of("src/main/java/org/idealoop/interfaces"),
            Path.of("src/main/java/org/idealoop/infrastructure/mail"),
            Path.of("src/main/java/org/idealoop/application"));
    /** Words a page may show as they are: abbreviations and names that are the same in every language. */
    private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("NPS", "· NPS", "Idealoop");

    @Test
    void noCodeAsksForEnglishByName() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : files(Path.of("src/main/java"), ".java")) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains("Locale.ENGLISH") || lines.get(i).contains("Locale.US")) {
                    found.add(file + ":" + (i + 1));
                }
            }
        }
        assertEquals(List.of(), found, "the reader's or the install's locale, not English");
    }

    @Test
    void javaThatWritesForReadersHasNoEnglishSentences() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path root : READER_FACING) {
            for (Path file : files(root, ".java")) {
                List<String> lines = Files.readAllLines(file);
                boolean continuing = false; // a string continued on the next line ("..." + "...")
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    boolean skip = NOT_FOR_READERS.matcher(line).find() || continuing && line.strip().startsWith("+");
                    continuing = skip && !line.strip().endsWith(";");
                    if (skip) {
                        continue;
                    }
                    Matcher prose = PROSE.matcher(line);
                    while (prose.find()) {
                        found.add(file + ":" + (i + 1) + " " + prose.group());
                    }
                }
            }
        }
        assertEquals(List.of(), found, "English for readers belongs in messages.properties");
    }

    @Test
    void pagesShowOnlyTextsOfTheBundle() throws IOException {
        Pattern textNode = Pattern.compile(">([^<>]+)<");
        Pattern attribute = Pattern.compile("\\b(title|alt|placeholder|aria-label|label|itemLabel|summary|emptyMessage"
                + "|requiredMessage|validatorMessage|converterMessage)=\"([^\"]*)\"");
        List<String> found = new ArrayList<>();
        List<Path> pages = files(Path.of("src/main/webapp"), ".xhtml");
        assertTrue(pages.size() > 20, "the scan finds the pages");
        for (Path file : pages) {
            String page = Files.readString(file).replaceAll("(?s)<!--.*?-->", "");
            Matcher text = textNode.matcher(page);
            while (text.find()) {
                check(file, text.group(1), found);
            }
            Matcher attr = attribute.matcher(page);
            while (attr.find()) {
                check(file, attr.group(2), found);
            }
        }
        assertEquals(List.of(), found, "English written into pages");
    }

    private static void check(Path file, String text, List<String> found) {
        String outsideEl = text.replaceAll("#\\{[^}]*}", "").strip();
        if (outsideEl.matches(".*[A-Za-z]{2,}.*") && !SAME_IN_EVERY_LANGUAGE.contains(outsideEl)) {
            found.add(file + ": " + outsideEl);
        }
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
