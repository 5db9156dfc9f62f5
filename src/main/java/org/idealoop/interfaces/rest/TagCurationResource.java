package org.idealoop.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.idealoop.application.TagService;
import org.idealoop.domain.category.TagRepository.TagUse;
import org.idealoop.domain.member.Role;

/**
 * Tag curation by admins: rename, merge into another tag, delete. Listing and creating tags is
 * {@link CategoriesResource}'s ({@code /tags}).
 */
@Path("tags/{slug}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
public class TagCurationResource {

    @Inject
    TagService tags;

    @PATCH
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename a tag (admins): its slug follows the name; a name another tag has is a conflict. "
            + "Its ideas are reindexed")
    public TagUseDto rename(@PathParam("slug") String slug, RenameDto body) {
        return TagUseDto.of(tags.rename(slug, body == null ? null : body.name()));
    }

    @POST
    @Path("merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Merge a tag into another (admins; into: its slug or name): ideas carrying the first carry "
            + "the second once, and the first is gone. Answers the tag that stays")
    public TagUseDto merge(@PathParam("slug") String slug, MergeDto body) {
        return TagUseDto.of(tags.merge(slug, body == null ? null : body.into()));
    }

    @DELETE
    @Operation(summary = "Delete a tag (admins): it is taken off every idea")
    public Response delete(@PathParam("slug") String slug) {
        tags.delete(slug);
        return Response.noContent().build();
    }

    public record RenameDto(String name) {
    }

    public record MergeDto(String into) {
    }

    public record TagUseDto(String slug, String name, long ideas) {

        static TagUseDto of(TagUse use) {
            return new TagUseDto(use.slug(), use.name(), use.ideas());
        }
    }
}
