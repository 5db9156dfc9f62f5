package org.idealoop.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.idealoop.application.TeamCategoryService;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.category.Category;
import org.idealoop.domain.member.Role;

/** The categories a team owns: read by all, managed by admins (/teams/{slug}/categories). */
@Path("teams/{slug}/categories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TeamCategoriesResource {

    @Inject
    TeamCategoryService categories;

    @POST
    @RolesAllowed(Role.Names.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a category the team owns: ideas filed under it are routed to the team (admins)")
    public Response addCategory(@PathParam("slug") String slug, TeamsResource.NameDto body) {
        Category category = categories.addCategory(slug, body == null ? null : body.name());
        return Response.status(Response.Status.CREATED).entity(CategoryDto.of(category, slug, 0)).build();
    }

    @GET
    @Operation(summary = "The team's categories with their ids and the number of ideas filed under each")
    public List<CategoryDto> categories(@PathParam("slug") String slug) {
        return categories.categories(slug).stream().map(c -> CategoryDto.of(c.category(), slug, c.ideas())).toList();
    }

    @PATCH
    @Path("{id: [0-9]{1,18}}")
    @RolesAllowed(Role.Names.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename a category of the team; its slug stays (admins)")
    public CategoryDto renameCategory(@PathParam("slug") String slug, @PathParam("id") long id, TeamsResource.NameDto body) {
        Category category = categories.renameCategory(slug, id, body == null ? null : body.name());
        long ideas = categories.categories(slug).stream().filter(c -> c.category().id() == id).mapToLong(c -> c.ideas())
                .sum();
        return CategoryDto.of(category, slug, ideas);
    }

    @DELETE
    @Path("{id: [0-9]{1,18}}")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Delete a category of the team (admins): refused with 409 while ideas are filed under it, "
            + "unless moveTo names another category of the team (its id) to move them to first")
    public Response deleteCategory(@PathParam("slug") String slug, @PathParam("id") long id,
                                   @QueryParam("moveTo") String moveTo) {
        categories.deleteCategory(slug, id, moveTo == null || moveTo.isBlank() ? null : categoryId(moveTo));
        return Response.noContent().build();
    }

    private static long categoryId(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidFieldException("moveTo", "team.category.moveTo");
        }
    }

    public record CategoryDto(long id, String slug, String name, String team, long ideas) {

        static CategoryDto of(Category c, String team, long ideas) {
            return new CategoryDto(c.id(), c.slug(), c.name(), team, ideas);
        }
    }
}
