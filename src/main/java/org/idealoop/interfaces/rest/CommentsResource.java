package org.idealoop.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.GenericEntity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.idealoop.application.CommentService;
import org.idealoop.application.MemberService;
import org.idealoop.domain.comment.Comment;
import org.idealoop.domain.member.Role;

@Path("ideas/{number: [0-9]{1,18}}/comments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CommentsResource {

    @Inject
    CommentService comments;

    @Inject
    MemberService members;

    @Inject
    org.idealoop.application.IdeaService ideas;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "An idea's comments as a tree: top level by sort (best or oldest), replies oldest first; "
            + "limit (1-500, default 100) top-level comments after offset, each with all its replies; a Link header "
            + "with rel=next when there may be more")
    public Response thread(@PathParam("number") long number, @QueryParam("sort") String sort,
                           @QueryParam("offset") @DefaultValue("0") String offsetText,
                           @QueryParam("limit") @DefaultValue("100") String limitText,
                           @Context UriInfo uri) {
        int offset = whole(offsetText, "offset", "comment.offset.range");
        int limit = whole(limitText, "limit", "comment.limit.range", CommentService.MAX_THREADS);
        ideas.getVisible(number); // a hidden idea's discussion is hidden with it
        List<CommentService.Thread> thread = comments.thread(number, sort, offset, limit);
        Map<Long, String> names = authorNames(thread);
        Response.ResponseBuilder answer = Response.ok(new GenericEntity<List<CommentDto>>(
                thread.stream().map(node -> CommentDto.of(node, names)).toList()) { });
        if (thread.size() == limit) {
            answer.link(uri.getRequestUriBuilder().replaceQueryParam("offset", offset + limit).build(), "next");
        }
        return answer.build();
    }

    /** A whole number from a query parameter, or the field's problem. */
    private static int whole(String text, String field, String messageKey, Object... arguments) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new org.idealoop.domain.InvalidFieldException(field, messageKey, arguments);
        }
    }

    @POST
    @RolesAllowed(Role.Names.MEMBER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Comment on an idea, or reply to a comment (parentId), up to three levels deep")
    public Response post(@PathParam("number") long number, NewCommentDto body) {
        Comment comment = comments.post(number, body == null ? null : body.body(), body == null ? null : body.parentId());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(comment.id())).build())
                .entity(CommentDto.of(new CommentService.Thread(comment, false, List.of()),
                        Map.of(comment.authorId(), members.get(comment.authorId()).displayName())))
                .build();
    }

    @PATCH
    @Path("{id: [0-9]{1,18}}")
    @RolesAllowed(Role.Names.MEMBER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit a comment: its author within the edit window, moderators at any time")
    public CommentDto edit(@PathParam("number") long number, @PathParam("id") long id, EditDto body) {
        Comment comment = comments.edit(number, id, body == null ? null : body.body());
        return CommentDto.of(new CommentService.Thread(comment, false, List.of()),
                Map.of(comment.authorId(), members.get(comment.authorId()).displayName()));
    }

    @PUT
    @Path("{id: [0-9]{1,18}}/vote")
    @RolesAllowed(Role.Names.MEMBER)
    @Operation(summary = "Up-vote a comment (comments have no down-votes)")
    public CommentVoteDto vote(@PathParam("number") long number, @PathParam("id") long id) {
        return new CommentVoteDto(comments.vote(number, id, true), true);
    }

    @DELETE
    @Path("{id: [0-9]{1,18}}/vote")
    @RolesAllowed(Role.Names.MEMBER)
    @Operation(summary = "Take back one's up-vote on a comment")
    public CommentVoteDto unvote(@PathParam("number") long number, @PathParam("id") long id) {
        return new CommentVoteDto(comments.vote(number, id, false), false);
    }

    /**
     * The authors' names in one statement, as the idea page reads them. One member (with its roles) per author made
     * the most discussed generated idea (63,660 comments by 47,115 members, docs/performance.md) take 85,580
     * statements and 11 to 17 s.
     */
    private Map<Long, String> authorNames(List<CommentService.Thread> thread) {
        List<Long> authors = flatten(thread).stream().map(node -> node.comment().authorId()).distinct().toList();
        Map<Long, String> known = ideas.memberNames(authors);
        String former = org.idealoop.application.Messages.text(ProblemMappers.locale(), "member.former");
        return authors.stream().collect(Collectors.toMap(id -> id, id -> known.getOrDefault(id, former)));
    }

    private static List<CommentService.Thread> flatten(List<CommentService.Thread> nodes) {
        return nodes.stream().flatMap(node -> java.util.stream.Stream.concat(java.util.stream.Stream.of(node),
                flatten(node.replies()).stream())).toList();
    }

    public record NewCommentDto(String body, Long parentId) {
    }

    public record EditDto(String body) {
    }

    public record CommentVoteDto(int upVotes, boolean upVotedByMe) {
    }

    public record CommentDto(long id, Long parentId, int depth, String body, String bodyHtml, boolean official,
                             int upVotes, boolean upVotedByMe, String createdAt, String editedAt,
                             IdeasResource.AuthorDto author, List<CommentDto> replies) {
        static CommentDto of(CommentService.Thread node, Map<Long, String> names) {
            Comment c = node.comment();
            return new CommentDto(c.id(), c.parentId().orElse(null), c.depth(), c.body(), c.bodyHtml(), c.isOfficial(),
                    c.upVotes(), node.upVotedByMe(), c.createdAt().toString(),
                    c.editedAt().map(Object::toString).orElse(null),
                    new IdeasResource.AuthorDto(c.authorId(), names.getOrDefault(c.authorId(), org.idealoop.application.Messages.text(ProblemMappers.locale(), "member.former"))),
                    node.replies().stream().map(reply -> of(reply, names)).toList());
        }
    }
}
