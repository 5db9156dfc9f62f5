package org.idealoop.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.idealoop.domain.InvalidFieldException;
import org.junit.jupiter.api.Test;

class WebhookServiceTest {

    @Test
    void onlyAbsoluteHttpAddressesWithAHostAreWebhookUrls() {
        assertEquals("https://hooks.example.com/in", WebhookService.url("  https://hooks.example.com/in "));
        assertEquals("HTTP://hooks.example.com", WebhookService.url("HTTP://hooks.example.com"));
        for (String bad : new String[] {null, " ", "ftp://hooks.example.com/", "not-a-url", "/relative",
                "http:///no-host", "https://example.com/" + "x".repeat(500), "http://exa mple.com/"}) {
            InvalidFieldException refused = assertThrows(InvalidFieldException.class, () -> WebhookService.url(bad), bad);
            assertEquals("url", refused.field());
            assertEquals("webhook.url.invalid", refused.messageKey());
        }
    }

    @Test
    void aSecretIsGeneratedWhenNoneIsGivenAndOtherwiseSixteenToAHundredCharacters() {
        assertTrue(WebhookService.secret(null).length() >= 16);
        assertTrue(WebhookService.secret("").length() >= 16);
        assertEquals("s".repeat(16), WebhookService.secret("s".repeat(16)));
        for (String bad : new String[] {"short", "s".repeat(101), " ".repeat(20)}) {
            assertEquals("secret", assertThrows(InvalidFieldException.class, () -> WebhookService.secret(bad)).field());
        }
    }
}
