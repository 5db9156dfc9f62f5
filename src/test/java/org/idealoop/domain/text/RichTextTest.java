package org.idealoop.domain.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

public class RichTextTest {

    /** Every real tag in the output ("<" in text is escaped as &lt;). */
    static final Pattern TAG = Pattern.compile("<\\s*/?\\s*([a-zA-Z0-9]+)([^>]*)>");
    static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z-]+)\\s*=\\s*\"([^\"]*)\"");
    static final java.util.Set<String> ELEMENTS = java.util.Set.of("p", "br", "strong", "em", "b", "i", "code", "pre",
            "blockquote", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "del", "a");

    /** Only allowed elements; only href (http, https, mailto) and rel attributes; nothing else. */
    public static void assertSafe(String html) {
        var tags = TAG.matcher(html);
        while (tags.find()) {
            assertTrue(ELEMENTS.contains(tags.group(1).toLowerCase(Locale.ROOT)), "element " + tags.group(1) + " in " + html);
            String attributes = tags.group(2).replace("/", "").strip();
            var attribute = ATTRIBUTE.matcher(attributes);
            String rest = attribute.replaceAll("").strip();
            assertEquals("", rest, "unexpected attribute text in " + html);
            attribute.reset();
            while (attribute.find()) {
                String name = attribute.group(1).toLowerCase(Locale.ROOT);
                assertTrue(name.equals("href") || name.equals("rel"), "attribute " + name + " in " + html);
                if (name.equals("href")) {
                    assertTrue(attribute.group(2).matches("(?i)(https?:|mailto:).*|"), "href " + attribute.group(2)); // empty: an unsafe URL, dropped
                }
            }
        }
    }

    static Stream<String> payloads() throws IOException {
        return Files.readAllLines(Path.of("src/test/resources/xss/payloads.txt")).stream().filter(s -> !s.isBlank());
    }

    @Test
    void theCorpusHasDozensOfPayloads() throws IOException {
        assertTrue(payloads().count() >= 40);
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void noPayloadSurvivesIntoTheHtml(String payload) {
        String html = RichText.toSafeHtml(payload + "\n\nand some **bold** text");

        assertSafe(html);
        assertTrue(html.contains("<strong>bold</strong>"), html);
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void aRememberedRenderingIsAsSafeAsTheFirst(String payload) {
        String first = RichText.toSafeHtml(payload + "\n\nrendered twice");
        String second = RichText.toSafeHtml(payload + "\n\nrendered twice");

        assertEquals(first, second);
        assertSafe(second);
    }

    @Test
    void markdownFormattingIsKept() {
        String html = RichText.toSafeHtml("# Title\n\n*one* and **two**\n\n- a\n- b\n\n> quoted\n\n`code`");

        for (String element : List.of("<h1>", "<em>one</em>", "<strong>two</strong>", "<li>a</li>", "<blockquote>", "<code>code</code>")) {
            assertTrue(html.contains(element), element + " in " + html);
        }
    }

    @Test
    void linksStayButAreMarkedNofollow() {
        String html = RichText.toSafeHtml("[Idealoop](https://idealoop.example/ideas)");

        assertTrue(html.contains("href=\"https://idealoop.example/ideas\""), html);
        assertTrue(html.toLowerCase(Locale.ROOT).contains("nofollow"), html);
    }

    @Test
    void rawHtmlIsShownAsTextNotDropped() {
        assertEquals("<p>&lt;b&gt;hi&lt;/b&gt;</p>\n", RichText.toSafeHtml("<b>hi</b>"));
        assertEquals("", RichText.toSafeHtml("  "));
    }
}
