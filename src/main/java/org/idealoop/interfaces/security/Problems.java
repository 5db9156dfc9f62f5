package org.idealoop.interfaces.security;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The problem+json answer the security door writes itself, before JAX-RS is reached (401 and 403). */
final class Problems {

    private Problems() {
    }

    static AuthenticationStatus write(HttpServletResponse response, int status, String detail) {
        try {
            response.setStatus(status);
            response.setContentType("application/problem+json"); // JSON is UTF-8 by definition
            if (status == 401) {
                response.setHeader("WWW-Authenticate", "Bearer realm=\"idealoop\"");
            }
            String json = jakarta.json.Json.createObjectBuilder()
                    .add("type", "about:blank")
                    .add("title", status == 401 ? "Unauthorized" : "Forbidden")
                    .add("status", status)
                    .add("detail", detail)
                    .build().toString();
            response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // the client went away
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
