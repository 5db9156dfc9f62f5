package org.idealoop.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.idealoop.application.FilingService;
import org.idealoop.domain.member.Role;

/** Where ideas are filed: categories (each owned by a product team) and tags. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CategoriesResource {

    @Inject
    FilingService filing;

    @GET
    @Path("categories")
    @Operation(summary = "The categories, with the product team each routes its ideas to")
    public List<CategoryDto> categories() {
        return filing.categories().stream()
                .map(c -> new CategoryDto(c.category().slug(), c.category().name(), c.teamSlug(), c.teamName()))
                .toList();
    }

    @GET
    @Path("tags")
    @Operation(summary = "The tags in use")
    public List<TagDto> tags() {
        return filing.tags().stream().map(t -> new TagDto(t.slug(), t.name())).toList();
    }

    @POST
    @Path("tags")
    @RolesAllowed({Role.Names.PRODUCT_MANAGER, Role.Names.MODERATOR, Role.Names.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a tag (staff; members can use existing tags, and create new ones where free tags are on)")
    public Response createTag(NewTagDto body) {
        var tag = filing.createTag(body == null ? null : body.name());
        return Response.status(Response.Status.CREATED).entity(new TagDto(tag.slug(), tag.name())).build();
    }

    public record CategoryDto(String slug, String name, String team, String teamName) {
    }

    public record TagDto(String slug, String name) {
    }

    public record NewTagDto(String name) {
    }
}
