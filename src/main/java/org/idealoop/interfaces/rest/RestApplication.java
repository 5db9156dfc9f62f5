package org.idealoop.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@ApplicationPath("api/v1")
@OpenAPIDefinition(info = @Info(title = "Idealoop API", version = "1",
        description = "Ideas, votes, comments and status changes of an Idealoop community"))
public class RestApplication extends Application {
}
