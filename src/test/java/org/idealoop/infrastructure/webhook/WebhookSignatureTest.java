package org.idealoop.infrastructure.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void signatureIsHmacSha256InLowerCaseHex() {
        // RFC 4231, test case 2
        byte[] data = "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII);

        assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                WebhookSignature.sign("Jefe", data));
    }

    @Test
    void headerCarriesTheAlgorithm() {
        byte[] data = "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII);

        assertEquals("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                WebhookSignature.header("Jefe", data));
    }

    @Test
    void anotherSecretGivesAnotherSignature() {
        byte[] body = "{\"event\":\"idea.status_changed\"}".getBytes(StandardCharsets.UTF_8);

        assertNotEquals(WebhookSignature.sign("a-test-secret-of-enough-length", body),
                WebhookSignature.sign("another-secret-of-enough-length", body));
    }
}
