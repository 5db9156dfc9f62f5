package org.idealoop.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.idealoop.domain.text.RichTextTest;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The XSS corpus through the real application: ideas and comments, the API's HTML and the page. */
@ExtendWith(ArquillianExtension.class)
class XssIT {

    @ArquillianResource
    URL base;

    @Test
    void noPayloadSurvivesIntoTheApiHtmlOrThePage() throws IOException {
        Api api = new Api(base).as(Members.verified(new Api(base), "Xavier Xss").token());
        List<String> payloads = Files.readAllLines(Path.of("src/test/resources/xss/payloads.txt")).stream()
                .filter(line -> !line.isBlank()).toList();
        String marker = Words.unique();

        for (String payload : payloads) {
            String title = "XSS " + marker + " " + payload.substring(0, Math.min(payload.length(), 100));
            long number = api.postIdea(title.strip(), payload);
            String bodyHtml = api.get("api/v1/ideas/" + number).json().getString("bodyHtml");
            RichTextTest.assertSafe(bodyHtml);
            Api.Reply comment = api.postJson("api/v1/ideas/" + number + "/comments", Body.of("body", payload));
            RichTextTest.assertSafe(comment.json().getString("bodyHtml"));
            String thread = api.get("api/v1/ideas/" + number + "/comments").body();
            RichTextTest.assertSafe(jakarta.json.Json.createReader(new java.io.StringReader(thread)).readArray()
                    .getJsonObject(0).getString("bodyHtml"));
        }

        // Newest first: under "hot" (the default), other tests' ideas with a few votes outrank brand-new ones.
        String page = new Api(base).get("?sort=new").body();
        assertTrue(page.contains(marker), "the ideas are on the page");
        // Escaped text starts with &lt;; only a real tag starts with "<".
        for (String tag : List.of("<script>alert", "<SCRIPT SRC", "<iframe", "<svg", "<img src=x", "<IMG", "<object",
                "<embed", "<details", "<marquee", "<input onfocus")) {
            assertFalse(page.contains(tag), tag + " reached the page");
        }
        assertFalse(Pattern.compile("<[^>]*\\son(error|load|toggle|focus|start|click)\\s*=", Pattern.CASE_INSENSITIVE)
                .matcher(page).find(), "an event handler reached the page");
        assertFalse(Pattern.compile("<[^>]*(java|vb)script:", Pattern.CASE_INSENSITIVE).matcher(page).find(),
                "a script URL reached the page");
    }
}
