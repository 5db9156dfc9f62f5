package org.idealoop.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.idealoop.application.IdeaService;
import org.idealoop.application.WorkflowService;
import org.idealoop.application.VotingService;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.idea.Idea;
import org.idealoop.domain.idea.IdeaFilter;
import org.idealoop.domain.idea.IdeaQuery;
import org.idealoop.domain.idea.PageCursor;
import org.idealoop.domain.idea.IdeaSort;
import org.idealoop.domain.vote.VoteDirection;
import org.idealoop.domain.vote.VoteTally;
import org.idealoop.domain.member.Role;

@Path("ideas")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class IdeasResource {

    @Inject
    IdeaService ideas;

    @Inject
    VotingService voting;

    @Inject
    org.idealoop.application.SearchService search;

    @Inject
    org.idealoop.application.IdeaFollowService following;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "Ideas in an order (hot, top, new, trending, discussed; see docs/ranking.md), "
            + "one page at a time: follow next")
    public IdeaPageDto list(@QueryParam("sort") String sortText,
                            @QueryParam("status") String status,
                            @QueryParam("mine") @DefaultValue("false") boolean mine,
                            @QueryParam("votedByMe") @DefaultValue("false") boolean votedByMe,
                            @QueryParam("team") String team,
                            @QueryParam("category") String category,
                            @QueryParam("tag") String tag,
                            @QueryParam("limit") @DefaultValue("20") String limitText,
                            @QueryParam("cursor") String cursorText) {
        IdeaSort sort = IdeaSort.parse(sortText);
        int limit = Limits.parse(limitText);
        Optional<IdeaQuery.Position> after = Optional.ofNullable(cursorText).map(c -> PageCursor.decode(c, sort));
        List<Idea> page = ideas.list(IdeaFilter.sortedBy(sort).status(status).mine(mine).votedByMe(votedByMe)
                .team(team).category(category).tag(tag).after(after).limit(limit + 1));
        boolean more = page.size() > limit;
        List<Idea> shown = more ? page.subList(0, limit) : page;
        String next = more ? PageCursor.encode(IdeaQuery.Position.of(sort, shown.get(shown.size() - 1))) : null;
        Map<Long, String> authors = ideas.authorNames(shown);
        Map<Long, VoteDirection> myVotes = voting.myVotes(shown.stream().map(Idea::number).toList());
        IdeaService.Filing filing = ideas.filing(shown);
        return new IdeaPageDto(shown.stream().map(idea -> IdeaDto.of(idea, authors, myVotes, filing)).toList(), next);
    }

    @GET
    @Path("similar")
    @Operation(summary = "Up to five existing ideas that read like a draft (title, body): for the new-idea form, "
            + "so a member can vote for one instead of posting a duplicate")
    public List<SimilarIdeaDto> similar(@QueryParam("title") String title, @QueryParam("body") String body) {
        return search.similarToDraft(title, body).stream().map(SimilarIdeaDto::of).toList();
    }

    /** An existing idea offered instead of a new one. */
    public record SimilarIdeaDto(long number, String title, String status, int score, int upVotes, String path) {

        static SimilarIdeaDto of(Idea idea) {
            return new SimilarIdeaDto(idea.number(), idea.title(), idea.status().id(), idea.score(), idea.upVotes(),
                    org.idealoop.domain.idea.Slug.path(idea.number(), idea.title()));
        }
    }

    @GET
    @Path("{number: [0-9]{1,18}}")
    @Operation(summary = "One idea by its number")
    public IdeaDto get(@PathParam("number") long number) {
        Idea idea = ideas.getVisible(number);
        return IdeaDto.of(idea, ideas.authorNames(List.of(idea)), voting.myVotes(List.of(number)),
                ideas.filing(List.of(idea)));
    }

    @POST
    @RolesAllowed(Role.Names.MEMBER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Post an idea (signed in; with a verified e-mail where the install requires it)")
    public Response post(NewIdeaDto request) {
        if (request == null) {
            throw new InvalidFieldException("title", "idea.title.required");
        }
        Idea idea = ideas.post(request.title(), request.body(), request.team(), request.category(), request.tags());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(idea.number())).build())
                .entity(IdeaDto.of(idea, ideas.authorNames(List.of(idea)), Map.of(), ideas.filing(List.of(idea))))
                .build();
    }

    @PUT
    @Path("{number: [0-9]{1,18}}/vote")
    @RolesAllowed(Role.Names.MEMBER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Promote (up) or demote (down) an idea; voting again changes the vote")
    public VoteDto vote(@PathParam("number") long number, DirectionDto body) {
        return VoteDto.of(voting.castVote(number, body == null ? null : body.direction()));
    }

    @DELETE
    @Path("{number: [0-9]{1,18}}/vote")
    @RolesAllowed(Role.Names.MEMBER)
    @Operation(summary = "Take back one's vote")
    public VoteDto unvote(@PathParam("number") long number) {
        return VoteDto.of(voting.removeVote(number));
    }

    @PUT
    @Path("{number: [0-9]{1,18}}/follow")
    @RolesAllowed(Role.Names.MEMBER)
    @Operation(summary = "Follow an idea (posting and voting follow automatically)")
    public FollowDto follow(@PathParam("number") long number) {
        org.idealoop.application.IdeaFollowService.FollowState state = following.follow(number);
        return new FollowDto(state.following(), state.followerCount());
    }

    @DELETE
    @Path("{number: [0-9]{1,18}}/follow")
    @RolesAllowed(Role.Names.MEMBER)
    @Operation(summary = "Stop following an idea")
    public FollowDto unfollow(@PathParam("number") long number) {
        org.idealoop.application.IdeaFollowService.FollowState state = following.unfollow(number);
        return new FollowDto(state.following(), state.followerCount());
    }

    public record FollowDto(boolean following, int followerCount) {
    }

    @PATCH
    @Path("{number: [0-9]{1,18}}")
    @RolesAllowed(Role.Names.MEMBER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit an idea's title or body: its author within the edit window, staff at any time")
    public IdeaDto edit(@PathParam("number") long number, EditIdeaDto body) {
        Idea idea = ideas.edit(number, body == null ? null : body.title(), body == null ? null : body.body());
        return IdeaDto.of(idea, ideas.authorNames(List.of(idea)), voting.myVotes(List.of(number)),
                ideas.filing(List.of(idea)));
    }

    @GET
    @Path("{number: [0-9]{1,18}}/revisions")
    @RolesAllowed(Role.Names.MEMBER)
    @Operation(summary = "An idea's edit history, newest first (its author and staff): each revision keeps the text "
            + "the edit replaced and a unified diff to the text after the edit")
    public List<RevisionDto> revisions(@PathParam("number") long number) {
        List<org.idealoop.domain.idea.IdeaRevision> revisions = ideas.revisions(number);
        Idea current = ideas.getByNumber(number);
        List<RevisionDto> dtos = new java.util.ArrayList<>();
        String after = current.title() + "\n\n" + current.body();
        for (org.idealoop.domain.idea.IdeaRevision r : revisions) { // newest first: each one's "after" is the newer text
            String before = r.title() + "\n\n" + r.body();
            dtos.add(new RevisionDto(r.title(), r.body(), r.editedBy(), r.editedAt().toString(),
                    org.idealoop.domain.text.TextDiff.unified(before, after)));
            after = before;
        }
        return dtos;
    }

    public record EditIdeaDto(String title, String body) {
    }

    public record RevisionDto(String title, String body, long editedBy, String editedAt, String diff) {
    }

    public record DirectionDto(String direction) {
    }

    public record VoteDto(int score, int upVotes, int downVotes, String myVote) {
        static VoteDto of(VoteTally tally) {
            return new VoteDto(tally.score(), tally.upVotes(), tally.downVotes(),
                    tally.myVote().map(VoteDirection::id).orElse(null));
        }
    }

    public record NewIdeaDto(String title, String body, String team, String category, List<String> tags) {
    }

    public record FiledDto(String slug, String name) {
    }

    public record IdeaDto(long number, String title, String slug, String body, String bodyHtml, String status,
                          FiledDto team, FiledDto category, List<String> tags, int score, int upVotes,
                          int downVotes, String myVote, int commentCount, int followerCount, boolean locked,
                          String createdAt, AuthorDto author, Long mergedInto, String firstResponseAt,
                          WorkflowService.Outcome outcome, boolean pinned, boolean hidden, boolean held) {
        static IdeaDto of(Idea idea, Map<Long, String> authorNames, Map<Long, VoteDirection> myVotes,
                          IdeaService.Filing filing) {
            FiledDto team = idea.teamId().map(filing.teams()::get)
                    .map(t -> new FiledDto(t.slug(), t.name())).orElse(null);
            FiledDto category = idea.categoryId().map(filing.categories()::get)
                    .map(c -> new FiledDto(c.slug(), c.name())).orElse(null);
            List<String> tags = filing.tags().getOrDefault(idea.number(), List.of());
            AuthorDto author = idea.authorId()
                    .map(id -> new AuthorDto(id, authorNames.containsKey(id) ? authorNames.get(id)
                            : org.idealoop.application.Messages.text(ProblemMappers.locale(), "member.former")))
                    .orElse(null);
            VoteDirection myVote = myVotes.get(idea.number());
            return new IdeaDto(idea.number(), idea.title(), org.idealoop.domain.idea.Slug.of(idea.title()), idea.body(),
                    idea.bodyHtml(), idea.status().id(), team, category, tags, idea.score(),
                    idea.upVotes(), idea.downVotes(), myVote == null ? null : myVote.id(), idea.commentCount(),
                    idea.followerCount(), idea.isLocked(), idea.createdAt().toString(), author,
                    idea.mergedInto().orElse(null), idea.firstResponseAt().map(Object::toString).orElse(null),
                    WorkflowService.Outcome.of(idea.outcomeYes(), idea.outcomeNo()), idea.isPinned(), idea.isHidden(),
                    idea.isHeld());
        }
    }

    public record AuthorDto(long id, String displayName) {
    }

    public record IdeaPageDto(List<IdeaDto> items, String next) {
    }
}
