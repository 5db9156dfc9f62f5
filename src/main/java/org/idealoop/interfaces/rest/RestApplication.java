package org.idealoop.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@ApplicationPath("api/v1")
@OpenAPIDefinition(info = @Info(title = "Idealoop API", version = "1",
        description = "Ideas, votes, comments and status changes of an Idealoop community"))
public class RestApplication extends Application {

    /**
     * No WADL: Jersey would otherwise answer {@code /api/v1/application.wadl} and every {@code OPTIONS}
     * with a description of each resource and its own version, to anyone. {@code /openapi} documents the API.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
