package org.idealoop.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The theme's style sheets are well formed: every block closes. A lost brace makes the browser drop
 * every rule after it, and pages silently lose their layout (a merge once did exactly that).
 */
class ThemeCssTest {

    @Test
    void everyBlockOfEveryThemeStyleSheetCloses() throws IOException {
        List<Path> sheets;
        try (Stream<Path> files = Files.walk(Path.of("themes"))) {
            sheets = files.filter(p -> p.toString().endsWith(".css")).toList();
        }
        assertTrue(!sheets.isEmpty(), "no style sheet found under themes/");
        for (Path sheet : sheets) {
            String css = Files.readString(sheet).replaceAll("(?s)/\\*.*?\\*/", "");
            int depth = 0;
            int line = 1;
            for (char c : css.toCharArray()) {
                if (c == '\n') {
                    line++;
                } else if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    depth--;
                }
                assertTrue(depth >= 0 && depth <= 2, sheet + ": unbalanced braces near line " + line
                        + " (comments removed)");
            }
            assertEquals(0, depth, sheet + ": " + depth + " block(s) never closed");
        }
    }
}
