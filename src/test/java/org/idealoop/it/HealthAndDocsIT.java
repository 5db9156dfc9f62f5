package org.idealoop.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class HealthAndDocsIT {

    @ArquillianResource
    URL base;

    @Test
    void readyWhenDatabaseAndSearchAnswer() {
        Api.Reply ready = new Api(base).await("health/ready", r -> r.status() == 200, Duration.ofSeconds(60));

        assertEquals(200, ready.status(), ready.body());
        assertTrue(ready.body().contains("\"database\""), ready.body());
        assertTrue(ready.body().contains("\"search\""), ready.body());
    }

    @Test
    void metricsAreServedToAdmins() {
        Api api = new Api(base);
        Api.Reply metrics = api.as(Members.admin(api)).get("metrics");

        assertEquals(200, metrics.status());
        assertTrue(metrics.body().contains("jvm") || metrics.body().contains("base_"), metrics.body());
        assertEquals(401, api.get("metrics").status(), "not to anonymous callers (LeaksIT)");
    }

    @Test
    void openApiDescribesTheIdeasApi() {
        Api.Reply openapi = new Api(base).get("openapi");

        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/api/v1/ideas"), openapi.body());
        assertTrue(openapi.body().contains("/api/v1/search"), openapi.body());
    }
}
