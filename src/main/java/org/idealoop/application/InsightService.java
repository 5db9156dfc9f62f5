package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.idealoop.domain.ConflictException;
import org.idealoop.domain.ForbiddenException;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.NotFoundException;
import org.idealoop.domain.idea.IdeaRepository;
import org.idealoop.domain.idea.IdeaTitle;
import org.idealoop.domain.insight.InsightRepository;
import org.idealoop.domain.product.Product;
import org.idealoop.domain.rating.RatingSummary;
import org.idealoop.domain.story.Story;
import org.idealoop.domain.story.StoryKind;
import org.idealoop.domain.member.Member;
import org.idealoop.domain.member.Role;
import org.idealoop.domain.moderation.ContentType;
import org.idealoop.domain.moderation.RateLimiter;
import org.idealoop.domain.search.SearchDocumentChanged;
import org.idealoop.domain.search.SearchType;
import org.idealoop.domain.team.ProductTeam;

/**
 * How customers feel now and why: satisfaction ratings (CSAT and NPS) of products, and stories about
 * their experience that staff answer and link to the ideas that would fix them.
 */
@ApplicationScoped
@Transactional
public class InsightService {

    public static final int MAX_STORY_BODY = 10_000;

    /** Products per page of the admins' list. */
    public static final int PRODUCT_PAGE = 25;

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(InsightService.class.getName());

    @Inject
    InsightRepository insights;

    @Inject
    TeamService teams;

    @Inject
    IdeaRepository ideas;

    @Inject
    CurrentMember currentMember;

    @Inject
    StaffScope scope;

    @Inject
    ModerationService moderation;

    @Inject
    Event<SearchDocumentChanged> searchable;

    private final Clock clock = Clock.systemUTC();

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Product> products() {
        return insights.products();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Product product(String slug) {
        return insights.product(slug == null ? "" : slug.strip()).orElseThrow(() -> new NotFoundException("product " + slug));
    }

    /** Admins add a product to the team the path names (an unknown team is not found); its slug is made from its name. */
    public Product addProduct(String teamSlug, String name) {
        currentMember.requireRole(Role.ADMIN);
        return createProduct(name, null, teams.get(teamSlug).slug());
    }

    /**
     * Admins add a product: its name, its address name (made from the name when blank) and the team that
     * makes it. A taken address name or an unknown team is refused naming the field; nothing is stored.
     */
    public Product createProduct(String name, String slug, String teamSlug) {
        currentMember.requireRole(Role.ADMIN);
        String validName = productName(name);
        String validSlug;
        if (slug == null || slug.isBlank()) {
            validSlug = org.idealoop.domain.idea.Slug.of(validName);
            if (insights.product(validSlug).isPresent()) {
                throw new ConflictException("name", "product.name.taken");
            }
        } else {
            validSlug = slug.strip();
            if (validSlug.length() < 2 || validSlug.length() > 60 || !TeamService.SLUG.matcher(validSlug).matches()) {
                throw new InvalidFieldException("slug", "product.slug.invalid");
            }
            if (insights.product(validSlug).isPresent()) {
                throw new ConflictException("slug", "product.slug.taken");
            }
        }
        ProductTeam team = productTeam(teamSlug);
        Product added = insights.addProduct(validSlug, validName, team.id(), clock.instant());
        moderation.record("product_create", ContentType.PRODUCT, added.id(), null, describe(added));
        LOG.info(() -> "Product " + added.id() + " (" + added.slug() + ") added to team " + team.id());
        return added;
    }

    /** A page of products with their team and use, by name; {@code text} narrows to names or slugs containing it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Paged<InsightRepository.ProductUse> productList(String text, Integer page) {
        currentMember.requireRole(Role.ADMIN);
        String q = text == null ? "" : text.strip();
        if (q.length() > 80) {
            throw new InvalidFieldException("q", "products.q.length");
        }
        int p = Paged.number(page);
        return Paged.of(insights.productUses(q, (p - 1) * PRODUCT_PAGE, PRODUCT_PAGE + 1), p,
                PRODUCT_PAGE);
    }

    /** Admins rename a product or move it to another team (null: unchanged); its address stays. */
    public Product changeProduct(String slug, String name, String teamSlug) {
        currentMember.requireRole(Role.ADMIN);
        Product product = lockProduct(slug).product();
        String newName = name == null ? product.name() : productName(name);
        long teamId = teamSlug == null ? product.teamId() : productTeam(teamSlug).id();
        insights.changeProduct(product.id(), newName, teamId);
        Product changed = product(product.slug());
        moderation.record("product_change", ContentType.PRODUCT, product.id(), describe(product), describe(changed));
        return changed;
    }

    /** Admins delete a product nothing refers to; one with ratings or stories is refused, saying how many. */
    public void deleteProduct(String slug) {
        currentMember.requireRole(Role.ADMIN);
        InsightRepository.ProductUse use = lockProduct(slug);
        if (use.ratings() > 0 || use.stories() > 0) {
            throw new ConflictException("product", "product.delete.inUse", use.ratings(), use.stories());
        }
        insights.deleteProduct(use.product().id());
        moderation.record("product_delete", ContentType.PRODUCT, use.product().id(), describe(use.product()), null);
        LOG.info(() -> "Product " + use.product().id() + " (" + use.product().slug() + ") deleted");
    }

    private InsightRepository.ProductUse lockProduct(String slug) {
        return insights.lockProduct(slug == null ? "" : slug.strip())
                .orElseThrow(() -> new NotFoundException("product " + slug));
    }

    private static String productName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidFieldException("name", "product.name.required");
        }
        String n = name.strip();
        if (n.length() < 2 || n.length() > 80) {
            throw new InvalidFieldException("name", "product.name.length");
        }
        return org.idealoop.domain.text.PlainText.requireLine("name", n);
    }

    /** The team a product is given to, named in the body: missing or unknown is bad input of "team". */
    private ProductTeam productTeam(String teamSlug) {
        if (teamSlug == null || teamSlug.isBlank()) {
            throw new InvalidFieldException("team", "product.team.required");
        }
        return teams.all().stream().filter(t -> t.slug().equals(teamSlug.strip())).findFirst()
                .orElseThrow(() -> new InvalidFieldException("team", "product.team.unknown"));
    }

    private static String describe(Product p) {
        return "slug=" + p.slug() + " name=" + p.name() + " team=" + p.teamSlug();
    }

    /**
     * The member rates a product: CSAT 1-5 and NPS 0-10, whole numbers, with an optional comment. Rating
     * again replaces the current rating; every rating stays in the history for trends.
     */
    public RatingSummary rate(String productSlug, Integer csat, Integer nps, String comment) {
        Member me = currentMember.requireParticipant();
        Product product = insights.product(productSlug == null ? "" : productSlug.strip())
                .orElseThrow(() -> new NotFoundException("product " + productSlug));
        if (csat == null || csat < 1 || csat > 5) {
            throw new InvalidFieldException("csat", "rating.csat.range");
        }
        if (nps == null || nps < 0 || nps > 10) {
            throw new InvalidFieldException("nps", "rating.nps.range");
        }
        String note = comment == null || comment.isBlank() ? null : comment.strip();
        if (note != null && note.length() > 2_000) {
            throw new InvalidFieldException("comment", "rating.comment.length");
        }
        insights.rate(product.id(), me.id(), csat, nps, note, clock.instant());
        return insights.summary(product.id());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RatingSummary summary(String productSlug) {
        return insights.summary(product(productSlug).id());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<InsightRepository.Rating> myRatings() {
        return insights.currentRatingsOf(currentMember.require().id());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<InsightRepository.Rating> myHistory(String productSlug) {
        return insights.historyOf(currentMember.require().id(), product(productSlug).id());
    }

    /** A member tells a story about a product; it is searchable at once (through the search outbox). */
    public Story tell(String productSlug, String kind, String title, String body, Integer stars) {
        Member me = currentMember.requireParticipant();
        Product product = insights.product(productSlug == null ? "" : productSlug.strip())
                .orElseThrow(() -> new InvalidFieldException("product", "story.product.unknown"));
        StoryKind k = StoryKind.fromId(kind == null ? "" : kind.strip())
                .orElseThrow(() -> new InvalidFieldException("kind", "story.kind.invalid"));
        IdeaTitle validTitle = new IdeaTitle(title);
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new InvalidFieldException("body", "story.body.required");
        }
        if (text.length() > MAX_STORY_BODY) {
            throw new InvalidFieldException("body", "idea.body.length");
        }
        if (stars != null && (stars < 1 || stars > 5)) {
            throw new InvalidFieldException("stars", "rating.csat.range");
        }
        moderation.checkContent(me, RateLimiter.Action.IDEA, validTitle.value(), text);
        long id = insights.addStory(product.id(), me.id(), k.id(), validTitle.value(), text, stars, clock.instant());
        searchable.fire(new SearchDocumentChanged(SearchType.STORY, id));
        return insights.story(id).orElseThrow();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Story story(long id) {
        return insights.story(id).filter(s -> !s.hidden() || moderation.isModerator())
                .orElseThrow(() -> new NotFoundException("story " + id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Story> stories(String productSlug, String kind, int limit) {
        Optional<Long> productId = productSlug == null || productSlug.isBlank() ? Optional.empty()
                : Optional.of(insights.product(productSlug.strip())
                        .orElseThrow(() -> new InvalidFieldException("product", "story.product.unknown")).id());
        Optional<StoryKind> wantedKind = kind == null || kind.isBlank() ? Optional.empty()
                : Optional.of(StoryKind.fromId(kind.strip())
                        .orElseThrow(() -> new InvalidFieldException("kind", "story.kind.invalid")));
        return insights.stories(productId, wantedKind.map(StoryKind::id), Math.max(1, Math.min(limit, 100)));
    }

    /** "This happened to me too": once per member, not on one's own story. */
    public int meToo(long storyId) {
        Member me = currentMember.requireParticipant();
        Story story = story(storyId);
        if (story.authorId() == me.id()) {
            throw new InvalidFieldException("story", "story.meToo.own");
        }
        return insights.meToo(storyId, me.id(), clock.instant());
    }

    /** A member comments on a story; staff comments are official. */
    public InsightRepository.StoryComment comment(long storyId, String body) {
        Member me = currentMember.requireParticipant();
        Story story = story(storyId);
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new InvalidFieldException("body", "comment.body.required");
        }
        if (text.length() > org.idealoop.domain.comment.Comment.MAX_LENGTH) {
            throw new InvalidFieldException("body", "comment.body.length");
        }
        moderation.checkContent(me, RateLimiter.Action.COMMENT, null, text);
        long id = insights.addStoryComment(storyId, me.id(), text, scope.curates(me, teamOf(story)), clock.instant());
        return insights.storyComments(storyId).stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<InsightRepository.StoryComment> comments(long storyId) {
        story(storyId);
        return insights.storyComments(storyId);
    }

    /** Staff link a story to an idea that would fix it; its people hear when the idea is delivered. */
    public Story link(long storyId, Long ideaNumber) {
        Member me = requireStaff();
        scope.requireCurates(me, teamOf(story(storyId)), "story.staffOnly");
        if (ideaNumber == null || ideas.findByNumber(ideaNumber).filter(i -> !i.isHidden()).isEmpty()) {
            throw new InvalidFieldException("idea", "story.idea.unknown");
        }
        insights.link(storyId, ideaNumber, me.id(), clock.instant());
        return insights.story(storyId).orElseThrow();
    }

    /** Staff answer a story officially (which marks a question answered). */
    public Story answer(long storyId, String answer) {
        Member me = requireStaff();
        scope.requireCurates(me, teamOf(story(storyId)), "story.staffOnly");
        String text = answer == null ? "" : answer.strip();
        if (text.isEmpty() || text.length() > 5_000) {
            throw new InvalidFieldException("answer", "story.answer.length");
        }
        insights.answer(storyId, text, me.id(), clock.instant());
        searchable.fire(new SearchDocumentChanged(SearchType.STORY, storyId));
        return insights.story(storyId).orElseThrow();
    }

    /**
     * The dashboard of a team (its product managers, admins) or, without a team, of the whole install
     * (admins), for the range [from, to) in ISO dates; the last twelve weeks by default.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public org.idealoop.domain.insight.Dashboard dashboard(String teamSlug, String from, String to) {
        Optional<Long> teamId;
        if (teamSlug == null || teamSlug.isBlank()) {
            currentMember.requireRole(Role.ADMIN);
            teamId = Optional.empty();
        } else {
            teamId = Optional.of(requireExport(teamSlug.strip()).id());
        }
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        java.time.LocalDate end = date(to, "to", today.plusDays(1));
        java.time.LocalDate start = date(from, "from", end.minusWeeks(12));
        if (!start.isBefore(end)) {
            throw new InvalidFieldException("from", "insights.range.order");
        }
        if (start.plusYears(5).isBefore(end)) {
            throw new InvalidFieldException("from", "insights.range.long");
        }
        return insights.dashboard(teamId, start.atStartOfDay().toInstant(java.time.ZoneOffset.UTC),
                end.atStartOfDay().toInstant(java.time.ZoneOffset.UTC));
    }

    private static java.time.LocalDate date(String text, String field, java.time.LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return java.time.LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidFieldException(field, "insights.date.invalid");
        }
    }

    /** The team owning a story: its product's. */
    private Optional<Long> teamOf(Story story) {
        return insights.products().stream().filter(p -> p.id() == story.productId()).map(Product::teamId).findFirst();
    }

    private Member requireStaff() {
        Member me = currentMember.require();
        if (!me.isStaff()) {
            throw new ForbiddenException("story.staffOnly");
        }
        return me;
    }

    /** May the caller export this team's data (its product managers, admins)? Throws otherwise. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ProductTeam requireExport(String teamSlug) {
        ProductTeam team = teams.get(teamSlug);
        if (!teams.canReadInbox(team)) {
            throw new ForbiddenException("inbox.forbidden");
        }
        return team;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Product requireRatingsExport(String productSlug) {
        Product product = product(productSlug);
        ProductTeam team = teams.all().stream().filter(t -> t.id() == product.teamId()).findFirst().orElseThrow();
        if (!teams.canReadInbox(team)) {
            throw new ForbiddenException("inbox.forbidden");
        }
        return product;
    }
}
