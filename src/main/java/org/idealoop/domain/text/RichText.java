package org.idealoop.domain.text;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Markdown written by members, turned into HTML that is safe to put on a page. Two locks: CommonMark
 * renders with raw HTML escaped and unsafe link schemes dropped, then an allow-list policy (OWASP)
 * keeps only plain formatting elements and http(s)/mailto links, marked nofollow. No images, no
 * styles, no scripts, no event handlers.
 */
public final class RichText {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .softbreak("<br />")
            .build();
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "em", "b", "i", "code", "pre", "blockquote", "ul", "ol", "li",
                    "h1", "h2", "h3", "h4", "h5", "h6", "hr", "del", "a")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer", "ugc")
            .toFactory();

    /** Texts rendered lately: a list page renders the same twenty bodies for every reader. */
    private static final int REMEMBERED = 2_000;
    /** Longer texts are rendered each time (they are few, and would crowd the memory). */
    private static final int REMEMBERED_LENGTH = 8_000;
    private static final java.util.Map<String, String> RENDERED = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, String> eldest) {
                    return size() > REMEMBERED;
                }
            });

    private RichText() {
    }

    public static String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        if (markdown.length() > REMEMBERED_LENGTH) {
            return render(markdown);
        }
        String html = RENDERED.get(markdown); // a pure function of the text: the same text, the same HTML
        if (html == null) {
            html = render(markdown);
            RENDERED.put(markdown, html);
        }
        return html;
    }

    private static String render(String markdown) {
        return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
    }
}
