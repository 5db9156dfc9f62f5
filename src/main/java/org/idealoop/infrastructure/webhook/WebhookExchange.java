package org.idealoop.infrastructure.webhook;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.idealoop.infrastructure.config.Retries;

/**
 * One webhook delivery on the wire for {@link WebhookSender}: a signed POST to the receiver (checked again
 * against {@link WebhookTargets}), sent asynchronously, and its {@link Outcome}. Dependent: the sender owns
 * its HTTP client.
 */
@Dependent
public class WebhookExchange {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);
    static final String USER_AGENT = "Idealoop-Webhooks";

    @Inject
    WebhookTargets targets;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    public CompletableFuture<Outcome> post(WebhookSender.Due delivery) {
        // Checked again at each delivery: the webhook may predate the rule, or its name resolve elsewhere now.
        Optional<String> refusal = targets.refusal(delivery.url());
        if (refusal.isPresent()) {
            return CompletableFuture.completedFuture(Outcome.refused(refusal.get()));
        }
        byte[] body = delivery.payload().getBytes(StandardCharsets.UTF_8);
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(delivery.url()))
                    .timeout(REQUEST_TIMEOUT)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", USER_AGENT)
                    .header("X-Idealoop-Delivery", Long.toString(delivery.id()))
                    .header("X-Idealoop-Event", delivery.event())
                    .header("X-Idealoop-Signature", WebhookSignature.header(delivery.secret(), body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(Outcome.failed(e));
        }
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(response -> Outcome.answered(response.statusCode()))
                .exceptionally(Outcome::failed);
    }

    static Outcome outcome(CompletableFuture<Outcome> sending) {
        try {
            // The request timeout bounds each exchange; this bound is only a safety net.
            return sending.get(CONNECT_TIMEOUT.plus(REQUEST_TIMEOUT).plusSeconds(2).toMillis(),
                    TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            sending.cancel(true);
            return Outcome.failed(e);
        } catch (ExecutionException | TimeoutException e) {
            sending.cancel(true);
            return Outcome.failed(e);
        }
    }

    /** A receiver's answer (status) or why there was none (error). */
    record Outcome(Integer status, String error) {

        static Outcome answered(int status) {
            return new Outcome(status, null);
        }

        /** Not posted: the target is not one webhooks may post to. */
        static Outcome refused(String why) {
            return new Outcome(null, Retries.errorText("Refused: " + why));
        }

        static Outcome failed(Throwable e) {
            Throwable cause = e;
            while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                    && cause.getCause() != null) {
                cause = cause.getCause();
            }
            String message = cause.getMessage();
            String text = cause.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
            return new Outcome(null, Retries.errorText(text));
        }

        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }

        String describe() {
            return error != null ? error : "HTTP " + status;
        }
    }
}
