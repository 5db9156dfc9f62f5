package org.idealoop.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.idealoop.application.StoryService;
import org.idealoop.domain.story.StoryComment;
import org.idealoop.domain.story.StoryView;
import org.idealoop.domain.member.Role;
import org.idealoop.domain.text.RichText;

/** Customer stories: praise, problems and questions about products, with "me too" and links to ideas. */
@Path("stories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StoriesResource {

    @Inject
    StoryService stories;

    @GET
    @Operation(summary = "Stories, newest first; filter by product and kind (praise, problem, question)")
    public List<StoryDto> stories(@QueryParam("product") String product, @QueryParam("kind") String kind,
                                  @QueryParam("limit") @DefaultValue("20") String limit) {
        return stories.stories(product, kind, Limits.parse(limit)).stream().map(StoryDto::of).toList();
    }

    @GET
    @Path("{id: [0-9]{1,18}}")
    @Operation(summary = "One story")
    public StoryDto story(@PathParam("id") long id) {
        return StoryDto.of(stories.story(id));
    }

    @POST
    @RolesAllowed(Role.Names.MEMBER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Tell a story about a product: title, body (Markdown), kind, optional stars 1-5")
    public Response tell(NewStoryDto body) {
        NewStoryDto b = body == null ? new NewStoryDto(null, null, null, null, null) : body;
        StoryView story = stories.tell(b.product(), b.kind(), b.title(), b.body(), b.stars());
        return Response.status(Response.Status.CREATED).entity(StoryDto.of(story)).build();
    }

    @PUT
    @Path("{id: [0-9]{1,18}}/me-too")
    @RolesAllowed(Role.Names.MEMBER)
    @Operation(summary = "\"This happened to me too\" (once per member)")
    public MeTooDto meToo(@PathParam("id") long id) {
        return new MeTooDto(stories.meToo(id));
    }

    @GET
    @Path("{id: [0-9]{1,18}}/comments")
    @Operation(summary = "The comments on a story, oldest first (bodyHtml is the Markdown rendered and sanitized)")
    public List<StoryCommentDto> comments(@PathParam("id") long id) {
        return stories.comments(id).stream().map(StoryCommentDto::of).toList();
    }

    @POST
    @Path("{id: [0-9]{1,18}}/comments")
    @RolesAllowed(Role.Names.MEMBER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Comment on a story (staff comments are official)")
    public Response comment(@PathParam("id") long id, AnswerDto body) {
        return Response.status(Response.Status.CREATED)
                .entity(StoryCommentDto.of(stories.comment(id, body == null ? null : body.body()))).build();
    }

    public record StoryCommentDto(long id, String author, String body, String bodyHtml, boolean official, String createdAt) {

        static StoryCommentDto of(StoryComment c) {
            return new StoryCommentDto(c.id(), c.author(), c.body(), RichText.toSafeHtml(c.body()), c.official(),
                    c.at().toString());
        }
    }

    @POST
    @Path("{id: [0-9]{1,18}}/links")
    @RolesAllowed(Role.Names.MEMBER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Staff link the story to an idea that would fix it; when the idea is delivered, the story's "
            + "author and \"me too\" members are told")
    public Response link(@PathParam("id") long id, LinkDto body) {
        return Response.status(Response.Status.CREATED).entity(StoryDto.of(stories.link(id, body == null ? null : body.idea())))
                .build();
    }

    @POST
    @Path("{id: [0-9]{1,18}}/answer")
    @RolesAllowed(Role.Names.MEMBER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Staff answer the story officially (a question is then answered)")
    public StoryDto answer(@PathParam("id") long id, AnswerDto body) {
        return StoryDto.of(stories.answer(id, body == null ? null : body.answer()));
    }

    public record NewStoryDto(String product, String kind, String title, String body, Integer stars) {
    }

    public record LinkDto(Long idea) {
    }

    /** An official answer ({@code answer}) or a comment ({@code body}). */
    public record AnswerDto(String answer, String body) {
    }

    public record MeTooDto(int meToo) {
    }

    public record StoryDto(long id, String product, String kind, String title, String body, String bodyHtml,
                           Integer stars, int meToo, String author, String answer, boolean answered,
                           List<Long> ideas, String createdAt) {

        static StoryDto of(StoryView s) {
            return new StoryDto(s.id(), s.productSlug(), s.kind(), s.title(), s.body(), RichText.toSafeHtml(s.body()),
                    s.stars(), s.meToo(), s.authorName(), s.answer().orElse(null), s.answeredAt().isPresent(),
                    s.linkedIdeas(), s.createdAt().toString());
        }
    }
}
