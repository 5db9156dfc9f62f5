package org.idealoop.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * /admin/branding and /api/v1/admin/branding: an admin renames and recolours the community and gives
 * it a logo; the next page view, the next mail and the feed show it; bad input is answered beside its
 * field (or as a problem naming it) and nothing is stored. Branding is global: each test restores the
 * built-in branding.
 */
@ExtendWith(ArquillianExtension.class)
class BrandingIT extends BrowserTest {

    @ArquillianResource
    URL base;

    Api api;
    Api admin;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeEach
    void admin() {
        api = new Api(base);
        admin = api.as(Members.admin(api));
    }

    @AfterEach
    void restoreTheBuiltInBranding() {
        assertEquals(204, admin.delete("api/v1/admin/branding").status());
        assertFalse(branding().getBoolean("custom"));
    }

    private JsonObject branding() {
        Api.Reply reply = admin.get("api/v1/admin/branding");
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    static byte[] png(int rgb) {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 8; x++) {
            image.setRGB(x, x, rgb);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private HttpResponse<byte[]> fetch(String path, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String body(String name, String tagline, String colour, String linkLabel, String linkUrl,
                               String language, String theme) {
        return Json.createObjectBuilder().add("communityName", name).add("tagline", tagline).add("primaryColour", colour)
                .add("footerLinks", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("label", linkLabel).add("url", linkUrl)))
                .add("defaultLanguage", language).add("defaultTheme", theme).build().toString();
    }

    private void fillGood(Page page, String name) {
        page.locator("[id='branding:communityName']").fill(name);
        page.locator("[id='branding:tagline']").fill("Where Acme listens");
        page.locator("[id='branding:primaryColour']").fill("#1d4ed8");
        page.locator("[id='branding:footerLinks']").fill("Imprint | https://example.com/imprint\nPrivacy | https://example.com/privacy");
        page.locator("[id='branding:defaultLanguage']").selectOption("de");
        page.locator("[id='branding:defaultTheme']").selectOption("light");
    }

    private void saveRefused(Page page, String field, String message) {
        page.locator("[id='branding:save']").click();
        assertThat(page.locator("[id='branding:" + field + "Message']")).containsText(message);
        assertFalse(branding().getBoolean("custom"), "nothing stored after a refused " + field);
    }

    @Test
    void anAdminBrandsTheCommunityAndTheNextPageMailAndFeedShowIt() throws Exception {
        String name = "Acme " + Words.unique();
        HomePageIT.signIn(page, base, Members.ADMIN_EMAIL, Members.ADMIN_PASSWORD);
        page.navigate(base + "admin");
        page.locator("#link-branding").click();
        assertThat(page.locator("h1")).hasText("Branding");
        assertThat(page.locator("[id='branding:communityName']")).hasValue("Idealoop");
        assertThat(page.locator("[id='branding:primaryColour']")).hasValue("#0f766e");

        // bad input: a message beside the field, nothing stored
        fillGood(page, " ");
        saveRefused(page, "communityName", "Give the community a name.");
        fillGood(page, name);
        page.locator("[id='branding:primaryColour']").fill("teal");
        saveRefused(page, "primaryColour", "Not a colour");
        page.locator("[id='branding:primaryColour']").fill("#f5c518");
        saveRefused(page, "primaryColour", "1.6:1, needs 4.5:1");
        page.locator("[id='branding:primaryColour']").fill("#767676");
        saveRefused(page, "primaryColour", "4.2:1, needs 4.5:1");
        page.locator("[id='branding:primaryColour']").fill("#1d4ed8");
        page.locator("[id='branding:footerLinks']").fill("Evil | javascript:alert(1)");
        saveRefused(page, "footerLinks", "http or https address");
        page.locator("[id='logoForm:logo']").setInputFiles(new FilePayload("logo.png", "image/png",
                "not a picture at all".getBytes(StandardCharsets.UTF_8)));
        page.locator("[id='logoForm:upload']").click();
        assertThat(page.locator("[id='logoForm:logoMessage']")).containsText("Not an image");
        page.locator("[id='logoForm:logo']").setInputFiles(new FilePayload("logo.svg", "image/svg+xml",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8)));
        page.locator("[id='logoForm:upload']").click();
        assertThat(page.locator("[id='logoForm:logoMessage']")).containsText("contains script");
        assertEquals("/branding/logo?v=built-in", branding().getString("logoUrl"), "no logo stored");

        // good input, with the keyboard: Enter in a field saves the form
        fillGood(page, name);
        page.locator("[id='branding:communityName']").focus();
        page.keyboard().press("End");
        page.keyboard().press("Enter");
        assertThat(page.locator("[id='feedback']")).containsText("Branding saved");
        assertThat(page.locator("#brand-name")).hasText(name);
        assertThat(page.locator("#brand-tagline")).hasText("Where Acme listens");
        assertThat(page).hasTitle("Branding · " + name);
        assertThat(page.locator("nav.il-footer-links a")).hasText(new String[] {"Imprint", "Privacy"});
        assertThat(page.locator("nav.il-footer-links a").first()).hasAttribute("href", "https://example.com/imprint");
        String css = page.locator("link[href*='branding.css']").getAttribute("href");
        assertTrue(css.endsWith("?v=1d4ed8"), css);
        HttpResponse<byte[]> stylesheet = fetch(css, null);
        assertEquals(200, stylesheet.statusCode());
        assertTrue(new String(stylesheet.body(), StandardCharsets.UTF_8).contains("--il-teal: #1d4ed8;"));
        assertEquals("rgb(29, 78, 216)", page.locator(".il-header").evaluate("e => getComputedStyle(e).backgroundColor"));
        JsonObject stored = branding();
        assertEquals(name, stored.getString("communityName"));
        assertEquals("de", stored.getString("defaultLanguage"));
        assertEquals("light", stored.getString("defaultTheme"));
        assertEquals(2, stored.getJsonArray("footerLinks").size());

        // a logo: the header shows its versioned URL, which answers the bytes with an ETag, then 304
        byte[] logo = png(0x1d4ed8);
        page.locator("[id='logoForm:logo']").setInputFiles(new FilePayload("acme.png", "image/png", logo));
        page.locator("[id='logoForm:upload']").click();
        assertThat(page.locator("[id='feedback']")).containsText("Logo uploaded");
        String src = page.locator(".il-brand img").getAttribute("src");
        assertTrue(src.contains("/branding/logo?v=") && !src.endsWith("built-in"), src);
        HttpResponse<byte[]> first = fetch(src, null);
        assertEquals(200, first.statusCode());
        assertEquals("image/png", first.headers().firstValue("Content-Type").orElse(""));
        assertArrayEquals(logo, first.body());
        String etag = first.headers().firstValue("ETag").orElse(null);
        assertNotNull(etag);
        assertTrue(first.headers().firstValue("Cache-Control").orElse("").contains("immutable"));
        assertEquals(304, fetch(src, etag).statusCode());
        assertEquals(src.substring(src.indexOf("/branding/")), branding().getString("logoUrl"));
        assertTrue(page.locator("link[rel=icon]").getAttribute("href").equals(src), "without a favicon the logo is the icon");

        // the next mail and the feed name the community, in the install's default language now German
        // (the newcomer's client asks for no language, so they signed up in the default)
        Members.TestMember newcomer = Members.unverified(api, "Nia Newcomer");
        Mailbox.Received mail = Mailbox.await(newcomer.email(),
                org.idealoop.application.Messages.branded(java.util.Locale.GERMAN, name, "mail.verify.subject"));
        assertTrue(mail.body().strip().endsWith(name), mail.body());
        Api.Reply feed = api.get("feeds/status-changes.atom");
        assertEquals(200, feed.status());
        assertTrue(feed.body().contains("<title>" + org.idealoop.application.Messages.text(java.util.Locale.GERMAN,
                "feed.title.community", name) + "</title>"), feed.body());

        // restoring the built-in branding (the page's button) brings back the defaults on the next view
        page.locator("[id='resetForm:reset']").click();
        assertThat(page.locator("[id='feedback']")).containsText("The built-in branding is back.");
        assertThat(page.locator("#brand-name")).hasText("Idealoop");
        assertThat(page.locator("nav.il-footer-links")).hasCount(0);
        String builtIn = page.locator(".il-brand img").getAttribute("src");
        assertTrue(builtIn.contains("logo.svg") && !builtIn.contains("/branding/"), "the theme's own logo: " + builtIn);
    }

    @Test
    void theBrandingPageIsAccessibleOnADesktopAndAPhone() {
        assertEquals(200, admin.putJson("api/v1/admin/branding", body("Acme Ideas", "Where Acme listens", "#1d4ed8",
                "Imprint", "https://example.com/imprint", "en", "system")).status());
        List<String> problems = new ArrayList<>();
        for (int width : new int[] {1440, 375}) {
            try (BrowserContext own = contextAt(width)) {
                Page screen = adminAt(own, base, width);
                screen.navigate(base + "admin/branding");
                assertThat(screen.locator("h1")).hasText("Branding");
                screen.locator("[id='branding:primaryColour']").fill("#f5c518");
                screen.locator("[id='branding:save']").click();
                assertThat(screen.locator("[id='branding:primaryColourMessage']")).containsText("needs 4.5:1");
                Accessibility.screenshot(screen, "admin-branding-" + width);
                Accessibility.problems(screen).forEach(problem -> problems.add("branding " + width + " px: " + problem));
                screen.navigate(base + "roadmap");
                assertThat(screen.locator("#brand-name")).hasText("Acme Ideas");
                Accessibility.screenshot(screen, "branded-roadmap-" + width);
                Accessibility.problems(screen).forEach(problem -> problems.add("roadmap " + width + " px: " + problem));
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theApiRefusesBadBrandingNamingTheFieldAndStoresNothing() {
        String good = "#0f766e";
        String link = "https://example.com/imprint";
        IdeasApiIT.assertProblem(admin.putJson("api/v1/admin/branding", body("", "", good, "Imprint", link, "en", "light")),
                400, "communityName");
        IdeasApiIT.assertProblem(admin.putJson("api/v1/admin/branding", body("x".repeat(61), "", good, "Imprint", link, "en",
                "light")), 400, "communityName");
        IdeasApiIT.assertProblem(admin.putJson("api/v1/admin/branding", body("Acme", "t".repeat(121), good, "Imprint", link,
                "en", "light")), 400, "tagline");
        IdeasApiIT.assertProblem(admin.putJson("api/v1/admin/branding", body("Acme", "", "blue", "Imprint", link, "en",
                "light")), 400, "primaryColour");
        Api.Reply pale = admin.putJson("api/v1/admin/branding", body("Acme", "", "#ffff00", "Imprint", link, "en", "light"));
        IdeasApiIT.assertProblem(pale, 400, "primaryColour");
        assertTrue(pale.json().getString("detail").contains("1.0:1, needs 4.5:1"), pale.body());
        IdeasApiIT.assertProblem(admin.putJson("api/v1/admin/branding", body("Acme", "", good, "Imprint", "ftp://example.com",
                "en", "light")), 400, "footerLinks");
        IdeasApiIT.assertProblem(admin.putJson("api/v1/admin/branding", body("Acme", "", good, "Imprint", link, "it",
                "light")), 400, "defaultLanguage");
        IdeasApiIT.assertProblem(admin.putJson("api/v1/admin/branding", body("Acme", "", good, "Imprint", link, "en",
                "neon")), 400, "defaultTheme");

        IdeasApiIT.assertProblem(admin.sendBytes("PUT", "api/v1/admin/branding/logo", "image/png",
                "plain text".getBytes(StandardCharsets.UTF_8)), 400, "logo");
        IdeasApiIT.assertProblem(admin.sendBytes("PUT", "api/v1/admin/branding/logo", "image/svg+xml",
                ("<svg xmlns=\"http://www.w3.org/2000/svg\"><foreignObject><p xmlns=\"http://www.w3.org/1999/xhtml\">x</p>"
                        + "</foreignObject></svg>").getBytes(StandardCharsets.UTF_8)), 400, "logo");
        IdeasApiIT.assertProblem(admin.sendBytes("PUT", "api/v1/admin/branding/favicon", "image/svg+xml",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\"javascript:alert(1)\"/></svg>".getBytes(StandardCharsets.UTF_8)),
                400, "favicon");
        byte[] large = new byte[1024 * 1024 + 1];
        System.arraycopy(png(0), 0, large, 0, 16);
        IdeasApiIT.assertProblem(admin.sendBytes("PUT", "api/v1/admin/branding/favicon", "image/png", large), 400, "favicon");

        JsonObject after = branding();
        assertFalse(after.getBoolean("custom"), "nothing stored");
        assertEquals("Idealoop", after.getString("communityName"));
        assertEquals("/branding/logo?v=built-in", after.getString("logoUrl"));
        assertTrue(!after.containsKey("faviconUrl") || after.isNull("faviconUrl"), after.toString());

        // an SVG favicon without script is taken, and served with a policy that runs nothing
        Api.Reply svg = admin.sendBytes("PUT", "api/v1/admin/branding/favicon", "application/octet-stream",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 8 8\"><rect width=\"8\" height=\"8\" fill=\"#1d4ed8\"/></svg>"
                        .getBytes(StandardCharsets.UTF_8));
        assertEquals(200, svg.status(), svg.body());
        assertTrue(branding().getString("faviconUrl").startsWith("/branding/favicon?v="));

        String member = Members.verified(api, "Max Member").token();
        assertEquals(403, api.as(member).get("api/v1/admin/branding").status());
        assertEquals(403, api.as(member).putJson("api/v1/admin/branding", body("Mine", "", good, "Imprint", link, "en",
                "light")).status());
        assertEquals(403, api.as(member).sendBytes("PUT", "api/v1/admin/branding/logo", "image/png", png(0)).status());
        assertEquals(403, api.as(member).delete("api/v1/admin/branding").status());
        assertEquals(401, api.get("api/v1/admin/branding").status());
    }
}
