package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.idealoop.domain.ForbiddenException;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.NotFoundException;
import org.idealoop.domain.comment.Comment;
import org.idealoop.domain.idea.IdeaRepository;
import org.idealoop.domain.member.Member;
import org.idealoop.domain.moderation.RateLimiter;
import org.idealoop.domain.product.Product;
import org.idealoop.domain.product.ProductRepository;
import org.idealoop.domain.search.SearchDocumentChanged;
import org.idealoop.domain.search.SearchType;
import org.idealoop.domain.story.Story;
import org.idealoop.domain.story.StoryComment;
import org.idealoop.domain.story.StoryKind;
import org.idealoop.domain.story.StoryRepository;
import org.idealoop.domain.story.StoryView;

/**
 * Why customers feel as they do: stories about their experience with a product, which others support ("me too") and
 * comment on, and which staff answer and link to the ideas that would fix them.
 */
@ApplicationScoped
@Transactional
public class StoryService {

    @Inject
    StoryRepository stories;

    @Inject
    ProductRepository products;

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

    /** A member tells a story about a product; it is searchable at once (through the search outbox). */
    public StoryView tell(String productSlug, String kind, String title, String body, Integer stars) {
        Member me = currentMember.requireParticipant();
        Product product = products.find(productSlug == null ? "" : productSlug.strip())
                .orElseThrow(() -> new InvalidFieldException("product", "story.product.unknown"));
        Story story = Story.tell(product.id(), me.id(), kind(kind), title, body, stars, clock.instant());
        moderation.checkContent(me, RateLimiter.Action.IDEA, story.title(), story.body());
        long id = stories.add(story).id();
        searchable.fire(new SearchDocumentChanged(SearchType.STORY, id));
        return stories.find(id).orElseThrow();
    }

    private static StoryKind kind(String kind) {
        return StoryKind.fromId(kind == null ? "" : kind.strip())
                .orElseThrow(() -> new InvalidFieldException("kind", "story.kind.invalid"));
    }

    /** One story; a hidden one only for moderators. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public StoryView story(long id) {
        return stories.find(id).filter(s -> !s.hidden() || moderation.isModerator())
                .orElseThrow(() -> new NotFoundException("story " + id));
    }

    /** The visible stories, newest first, of one product and kind (or all of them), at most 100. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StoryView> stories(String productSlug, String kind, int limit) {
        Optional<Long> productId = productSlug == null || productSlug.isBlank() ? Optional.empty()
                : Optional.of(products.find(productSlug.strip())
                        .orElseThrow(() -> new InvalidFieldException("product", "story.product.unknown")).id());
        Optional<StoryKind> wantedKind = kind == null || kind.isBlank() ? Optional.empty() : Optional.of(kind(kind));
        return stories.visible(productId, wantedKind, Math.max(1, Math.min(limit, 100)));
    }

    /** "This happened to me too": once per member, not on one's own story. */
    public int meToo(long storyId) {
        Member me = currentMember.requireParticipant();
        StoryView story = story(storyId);
        if (story.authorId() == me.id()) {
            throw new InvalidFieldException("story", "story.meToo.own");
        }
        return stories.meToo(storyId, me.id(), clock.instant());
    }

    /** A member comments on a story; staff comments are official. */
    public StoryComment comment(long storyId, String body) {
        Member me = currentMember.requireParticipant();
        StoryView story = story(storyId);
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new InvalidFieldException("body", "comment.body.required");
        }
        if (text.length() > Comment.MAX_LENGTH) {
            throw new InvalidFieldException("body", "comment.body.length");
        }
        moderation.checkContent(me, RateLimiter.Action.COMMENT, null, text);
        long id = stories.addComment(storyId, me.id(), text, scope.curates(me, teamOf(story)), clock.instant());
        return stories.comments(storyId).stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StoryComment> comments(long storyId) {
        story(storyId);
        return stories.comments(storyId);
    }

    /** Staff link a story to an idea that would fix it; its people hear when the idea is delivered. */
    public StoryView link(long storyId, Long ideaNumber) {
        Member me = requireStaff();
        scope.requireCurates(me, teamOf(story(storyId)), "story.staffOnly");
        if (ideaNumber == null || ideas.findByNumber(ideaNumber).filter(i -> !i.isHidden()).isEmpty()) {
            throw new InvalidFieldException("idea", "story.idea.unknown");
        }
        stories.link(storyId, ideaNumber, me.id(), clock.instant());
        return stories.find(storyId).orElseThrow();
    }

    /** Staff answer a story officially (which marks a question answered). */
    public StoryView answer(long storyId, String answer) {
        Member me = requireStaff();
        scope.requireCurates(me, teamOf(story(storyId)), "story.staffOnly");
        Story story = stories.lockForChange(storyId).orElseThrow(() -> new NotFoundException("story " + storyId));
        story.answer(answer, me.id(), clock.instant());
        searchable.fire(new SearchDocumentChanged(SearchType.STORY, storyId));
        return stories.viewOf(story);
    }

    /** The team owning a story: its product's. */
    private Optional<Long> teamOf(StoryView story) {
        return products.all().stream().filter(p -> p.id() == story.productId()).map(Product::teamId).findFirst();
    }

    private Member requireStaff() {
        Member me = currentMember.require();
        if (!me.isStaff()) {
            throw new ForbiddenException("story.staffOnly");
        }
        return me;
    }
}
