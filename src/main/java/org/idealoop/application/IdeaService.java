package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.NotFoundException;
import org.idealoop.domain.idea.Idea;
import org.idealoop.domain.idea.IdeaBody;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.idealoop.domain.category.Category;
import org.idealoop.domain.category.CategoryRepository;
import org.idealoop.domain.category.Tag;
import org.idealoop.domain.idea.IdeaChanged;
import org.idealoop.domain.idea.IdeaFilter;
import org.idealoop.domain.idea.IdeaFollowRepository;
import org.idealoop.domain.idea.IdeaQuery;
import org.idealoop.domain.idea.IdeaRepository;
import org.idealoop.domain.idea.IdeaRevision;
import org.idealoop.domain.member.Member;
import org.idealoop.domain.idea.IdeaStatus;
import org.idealoop.domain.idea.IdeaTitle;
import org.idealoop.domain.member.MemberRepository;
import org.idealoop.domain.team.ProductTeam;
import org.idealoop.domain.team.TeamRepository;

/** Use cases around ideas: post one, read them. */
@ApplicationScoped
@Transactional
public class IdeaService {

    private static final Logger LOG = Logger.getLogger(IdeaService.class.getName());
    public static final int MAX_PAGE_SIZE = 100;

    @Inject
    IdeaRepository ideas;

    @Inject
    MemberRepository members;

    @Inject
    Event<IdeaChanged> ideaChanged;

    @Inject
    CurrentMember currentMember;

    @Inject
    StaffScope scope;

    @Inject
    IdeaFollowRepository follows;

    @Inject
    TeamRepository teams;

    @Inject
    org.idealoop.domain.search.ContentSearch search;

    @Inject
    CategoryRepository categories;

    @Inject
    TeamService teamService;

    @Inject
    ModerationService moderation;

    @Inject
    FilingService filingService;

    @Inject
    @ConfigProperty(name = "idealoop.edit-window-minutes", defaultValue = "30")
    long editWindowMinutes;

    private final Clock clock = Clock.systemUTC();

    /** The signed-in member posts an idea (with a verified e-mail, when the install requires it). */
    public Idea post(String title, String body) {
        return post(title, body, null, null, List.of());
    }

    /**
     * Posts an idea filed under a category (which routes it to the category's team) or given to a team,
     * with up to five tags; without either it waits in the community triage queue.
     */
    public Idea post(String title, String body, String team, String category, List<String> tags) {
        IdeaTitle validTitle = new IdeaTitle(title);
        IdeaBody validBody = new IdeaBody(body);
        Optional<ProductTeam> wantedTeam = blank(team) ? Optional.empty() : Optional.of(teams.findBySlug(team.strip())
                .orElseThrow(() -> new InvalidFieldException("team", "idea.team.unknown")));
        Optional<Category> wantedCategory = blank(category) ? Optional.empty()
                : Optional.of(categories.findCategory(category.strip())
                        .orElseThrow(() -> new InvalidFieldException("category", "idea.category.unknown")));
        if (wantedTeam.isPresent() && wantedCategory.isPresent()
                && wantedCategory.get().teamId() != wantedTeam.get().id()) {
            throw new InvalidFieldException("team", "idea.team.mismatch");
        }
        List<Tag> wantedTags = filingService.resolveTags(tags == null ? List.of() : tags);
        Member author = currentMember.requireParticipant();
        moderation.checkContent(author, org.idealoop.domain.moderation.RateLimiter.Action.IDEA, validTitle.value(),
                validBody.value());
        Idea idea = Idea.post(validTitle, validBody, author.id(), clock.instant());
        wantedCategory.ifPresent(c -> idea.fileUnder(c.id(), c.teamId()));
        if (wantedCategory.isEmpty()) {
            wantedTeam.map(ProductTeam::id)
                    .or(() -> teamService.route(validTitle.value(), validBody.value(),
                            wantedTags.stream().map(Tag::slug).toList())) // routing rules; else community triage
                    .ifPresent(idea::assignTo);
        }
        add(idea);
        categories.tagIdea(idea.number(), wantedTags);
        moderation.holdIfFirstPost(author, org.idealoop.domain.moderation.ContentType.IDEA, idea.number());
        return idea;
    }

    /** The author edits within the edit window; moderators, product managers and admins at any time. */
    public Idea edit(long number, String title, String body) {
        Member me = currentMember.requireParticipant();
        Idea idea = getByNumber(number);
        IdeaTitle newTitle = new IdeaTitle(title == null ? idea.title() : title);
        IdeaBody newBody = new IdeaBody(body == null ? idea.body() : body);
        boolean curator = scope.curates(me, idea.teamId()); // staff of another team edit like any member
        if (!curator) {
            moderation.checkContent(me, org.idealoop.domain.moderation.RateLimiter.Action.IDEA, newTitle.value(),
                    newBody.value());
        }
        try {
            ideas.addRevision(idea.edit(newTitle, newBody, me.id(), curator,
                    java.time.Duration.ofMinutes(editWindowMinutes), clock.instant()));
        } catch (jakarta.persistence.OptimisticLockException concurrentEdit) {
            throw new org.idealoop.domain.ConflictException("title", "idea.edit.conflict");
        }
        ideaChanged.fire(new IdeaChanged(number)); // the search index follows the edit
        LOG.info(() -> "Idea " + number + " edited by member " + me.id());
        return idea;
    }

    /** Ideas like this one (from the search engine), without hidden or missing ones; empty when search is down. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Idea> similarTo(long number, int limit) {
        return ideas.findByNumbers(search.similar(number, limit).stream().filter(other -> other != number).toList())
                .stream().filter(idea -> !idea.isHidden() && !idea.isHeld()).toList(); // Visibility.idea, for everyone
    }

    /** The edit history: visible to the author and to staff. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<IdeaRevision> revisions(long number) {
        Member me = currentMember.require();
        Idea idea = getByNumber(number);
        if (!scope.curates(me, idea.teamId()) && !idea.authorId().equals(Optional.of(me.id()))) {
            throw new org.idealoop.domain.ForbiddenException("idea.revisions.hidden");
        }
        return ideas.revisions(number);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** Posts an idea for a given author and time; used when importing or seeding existing content. */
    public Idea postAs(long authorId, String title, String body, Instant createdAt) {
        return add(Idea.post(new IdeaTitle(title), new IdeaBody(body), authorId, createdAt));
    }

    /** As {@link #postAs(long, String, String, Instant)}, filed under a category of a team. */
    public Idea postAs(long authorId, String title, String body, Instant createdAt, long categoryId, long teamId) {
        return add(Idea.post(new IdeaTitle(title), new IdeaBody(body), authorId, createdAt).fileUnder(categoryId, teamId));
    }

    private Idea add(Idea idea) {
        ideas.add(idea);
        idea.authorId().ifPresent(author -> follows.follow(idea.number(), author)); // authors follow their ideas
        // Observed inside this transaction by the search outbox, so the index can never miss it.
        ideaChanged.fire(new IdeaChanged(idea.number()));
        LOG.info(() -> "Idea " + idea.number() + " posted by member " + idea.authorId().orElse(null));
        return idea;
    }

    /** The ideas the signed-in member follows, most recently followed first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Idea> followedByMe(int limit) {
        long memberId = currentMember.require().id();
        return follows.followedBy(memberId, Math.max(1, Math.min(limit, MAX_PAGE_SIZE))).stream()
                .map(ideas::findByNumber).flatMap(Optional::stream).toList();
    }

    /** Where each idea is filed: team and category (slug, name) and tag names. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Filing filing(List<Idea> page) {
        Map<Long, ProductTeam> teamsById = new HashMap<>();
        teams.all().forEach(t -> teamsById.put(t.id(), t));
        Map<Long, Category> categoriesById = new HashMap<>();
        categories.categories().forEach(c -> categoriesById.put(c.id(), c));
        return new Filing(teamsById, categoriesById, categories.tagsOf(page.stream().map(Idea::number).toList()));
    }

    public record Filing(Map<Long, ProductTeam> teams, Map<Long, Category> categories, Map<Long, List<String>> tags) {
    }

    /** Display names of the ideas' authors ("former member" for deleted accounts). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, String> authorNames(List<Idea> page) {
        return members.displayNames(page.stream().map(Idea::authorId).flatMap(Optional::stream).toList());
    }

    /** Display names of these members, read at once (a page's comment authors). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, String> memberNames(java.util.Collection<Long> memberIds) {
        return members.displayNames(memberIds);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Idea> findByNumber(long number) {
        return ideas.findByNumber(number);
    }

    /**
     * The idea as the signed-in member may see it: hidden ideas only for moderators, held ones also
     * for their author; anyone else gets "not found".
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Idea getVisible(long number) {
        return findVisible(number).orElseThrow(() -> new NotFoundException("idea " + number));
    }

    /** {@link #getVisible(long)} for a page that answers "not found" itself: empty when the member may not see it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Idea> findVisible(long number) {
        return ideas.findByNumber(number).filter(idea -> !(idea.isHidden() || idea.isHeld()) || moderation.isModerator()
                || idea.isHeld() && !idea.isHidden() && currentMember.id().isPresent()
                        && idea.authorId().equals(currentMember.id()));
    }

    /** Pinned ideas, for the top of the home page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Idea> pinned() {
        return ideas.pinned();
    }

    /** Pinned ideas of one team, for the top of its page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Idea> pinned(String teamSlug) {
        return teams.findBySlug(teamSlug).map(team -> ideas.pinned().stream()
                .filter(idea -> idea.teamId().equals(Optional.of(team.id()))).toList()).orElse(List.of());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Idea getByNumber(long number) {
        return ideas.findByNumber(number).orElseThrow(() -> new NotFoundException("idea " + number));
    }

    /**
     * A page of the idea list. "mine" and "voted by me" need a signed-in member; unknown status ids and
     * team, category and tag slugs are refused, naming the field.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Idea> list(IdeaFilter filter) {
        Optional<Long> teamId = blank(filter.team()) ? Optional.empty() : Optional.of(teams.findBySlug(filter.team())
                .orElseThrow(() -> new InvalidFieldException("team", "idea.team.unknown")).id());
        Optional<Long> categoryId = blank(filter.category()) ? Optional.empty()
                : Optional.of(categories.findCategory(filter.category())
                        .orElseThrow(() -> new InvalidFieldException("category", "idea.category.unknown")).id());
        Optional<Long> tagId = blank(filter.tag()) ? Optional.empty() : Optional.of(categories.findTag(filter.tag())
                .orElseThrow(() -> new InvalidFieldException("tag", "idea.tag.unknown")).id());
        Optional<IdeaStatus> wantedStatus = blank(filter.status()) ? Optional.empty()
                : Optional.of(IdeaStatus.fromId(filter.status()).orElseThrow(
                        () -> new InvalidFieldException("status", "ideas.status.invalid")));
        boolean mine = filter.mine();
        boolean votedByMe = filter.votedByMe();
        Optional<Long> me = mine || votedByMe ? Optional.of(currentMember.require().id()) : Optional.empty();
        IdeaQuery query = new IdeaQuery(filter.sort(), wantedStatus, mine ? me : Optional.empty(),
                votedByMe ? me : Optional.empty(), filter.after(),
                Math.max(1, Math.min(filter.limit(), MAX_PAGE_SIZE + 1)), teamId, categoryId, tagId);
        // A visitor has posted and voted nothing: a replica a moment behind serves them. A member reads the
        // primary, so that their own new idea and votes are in the very next list.
        return currentMember.id().isPresent() ? ideas.list(query) : ideas.listToleratingLag(query);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Idea> byAuthor(long authorId, int limit) {
        return ideas.byAuthor(authorId, Math.max(1, Math.min(limit, MAX_PAGE_SIZE)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count() {
        return ideas.count();
    }
}
