package org.idealoop.it;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a page must hold to for every customer: axe-core finds no serious or critical WCAG 2.1 AA
 * violation, nothing is wider than the viewport, and no raw ISO timestamp is shown. The page's context
 * must bypass CSP (the install's policy rightly refuses injected scripts).
 */
final class Accessibility {

    private static final Pattern ISO_TIMESTAMP = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:");
    private static final String AXE = axeSource();

    private Accessibility() {
    }

    /** The problems of the page as it stands, one line each; empty when it passes. */
    static List<String> problems(Page page) {
        List<String> problems = new ArrayList<>(seriousViolations(page));
        Object widths = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]");
        List<?> w = (List<?>) widths;
        if (((Number) w.get(0)).intValue() > ((Number) w.get(1)).intValue()) {
            problems.add("wider than the viewport: " + w.get(0) + " > " + w.get(1));
        }
        // A table squeezed into a phone wraps its words a letter or two per line: readable by nobody.
        Object crushed = page.evaluate("() => { const inner = c => { const s = getComputedStyle(c);"
                + " return c.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight); };"
                + " const forScreenReaders = c => { for (let a = c; a; a = a.parentElement) { const s = getComputedStyle(a);"
                + " if (s.clipPath !== 'none' || (s.clip && s.clip !== 'auto') || a.getBoundingClientRect().width <= 2) return true; }"
                + " return false; };"
                + " return [...document.querySelectorAll('td, th')].filter(c => { const t = c.innerText.trim();"
                + " return t.length > 4 && !/\\s/.test(t.slice(0, 5)) && inner(c) < 32 && !forScreenReaders(c); })"
                + ".slice(0, 3).map(c => c.innerText.trim().slice(0, 20) + ' (' + Math.round(inner(c)) + ' px)'); }");
        if (!((List<?>) crushed).isEmpty()) {
            problems.add("table cells too narrow to read: " + crushed);
        }
        String text = (String) page.evaluate("() => document.body.innerText");
        var iso = ISO_TIMESTAMP.matcher(text);
        if (iso.find()) {
            int at = iso.start();
            problems.add("raw timestamp shown: ..." + text.substring(Math.max(0, at - 30), Math.min(text.length(), at + 30)));
        }
        return problems;
    }

    /** axe-core's serious and critical violations (WCAG 2.0/2.1 A and AA rules) as "rule: target" lines. */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(Page page) {
        if (!(Boolean) page.evaluate("() => typeof window.axe !== 'undefined'")) {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(AXE));
        }
        Object result = page.evaluate("async () => (await axe.run(document, {runOnly: {type: 'tag', values: "
                + "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}, resultTypes: ['violations']}))"
                + ".violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => ({id: v.id, targets: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' '"
                + " + (n.failureSummary || '').split('\\n').slice(1, 2).join(''))}))");
        List<String> lines = new ArrayList<>();
        for (Object violation : (List<Object>) result) {
            Map<String, Object> v = (Map<String, Object>) violation;
            lines.add(v.get("id") + ": " + v.get("targets"));
        }
        return lines;
    }

    /** Keeps a screenshot of the page under target/screenshots (a test artefact to look at). */
    static void screenshot(Page page, String name) {
        Path folder = Path.of("target", "screenshots");
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve(name + ".png")).setFullPage(true));
    }

    private static String axeSource() {
        try (InputStream in = Accessibility.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
