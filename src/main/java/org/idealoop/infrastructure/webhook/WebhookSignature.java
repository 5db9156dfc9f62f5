package org.idealoop.infrastructure.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature a receiver checks: HMAC-SHA256 of the exact body bytes under the webhook's secret,
 * in lower-case hex. Sent as {@code X-Idealoop-Signature: sha256=<hex>}.
 */
public final class WebhookSignature {

    static final String ALGORITHM = "HmacSHA256";
    static final String PREFIX = "sha256=";

    private WebhookSignature() {
    }

    public static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** The value of the X-Idealoop-Signature header. */
    public static String header(String secret, byte[] body) {
        return PREFIX + sign(secret, body);
    }
}
