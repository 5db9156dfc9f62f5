package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.idealoop.domain.comment.Comment;
import org.idealoop.domain.comment.CommentRepository;
import org.idealoop.domain.idea.Idea;
import org.idealoop.domain.idea.IdeaChanged;
import org.idealoop.domain.idea.IdeaRepository;
import org.idealoop.domain.moderation.ContentType;
import org.idealoop.domain.moderation.ModerationAction;
import org.idealoop.domain.moderation.ModerationConflict;
import org.idealoop.domain.search.SearchDocumentChanged;
import org.idealoop.domain.search.SearchType;
import org.idealoop.domain.story.Story;
import org.idealoop.domain.story.StoryRepository;

/**
 * Changes what readers see of one idea, comment or story, and tells the search index. Each changes through
 * its own verbs, on the row locked for the rest of the transaction (JPA writes it, with a new version).
 */
@ApplicationScoped
@Transactional
public class ModeratedContent {

    @Inject
    IdeaRepository ideas;

    @Inject
    CommentRepository comments;

    @Inject
    StoryRepository stories;

    @Inject
    Event<IdeaChanged> ideaChanged;

    @Inject
    Event<SearchDocumentChanged> searchable;

    /**
     * A moderator's hide, restore, lock, unlock, pin, unpin or approve. An item already in the state asked
     * for (or gone) was changed by someone else a moment ago: {@code moderation.conflict}.
     */
    public void change(ModerationAction action, ContentType type, long id, Instant at) {
        switch (type) {
            case IDEA -> {
                Idea idea = ideas.lockForChange(id).orElseThrow(ModerationConflict::changedMeanwhile);
                switch (action) {
                    case HIDE -> idea.hide(at);
                    case RESTORE -> idea.restore();
                    case LOCK -> idea.lock();
                    case UNLOCK -> idea.unlock();
                    case PIN -> idea.pin(at);
                    case UNPIN -> idea.unpin();
                    case APPROVE -> idea.approve();
                    default -> throw new IllegalArgumentException(action.id());
                }
            }
            case COMMENT -> {
                Comment comment = comments.lockForChange(id).orElseThrow(ModerationConflict::changedMeanwhile);
                switch (action) {
                    case HIDE -> comment.hide(at);
                    case RESTORE -> comment.restore();
                    case APPROVE -> comment.approve();
                    default -> throw new IllegalArgumentException(action.id());
                }
            }
            case STORY -> {
                Story story = stories.lockForChange(id).orElseThrow(ModerationConflict::changedMeanwhile);
                switch (action) {
                    case HIDE -> story.hide(at);
                    case RESTORE -> story.restore();
                    default -> throw new IllegalArgumentException(action.id());
                }
            }
            default -> throw new IllegalArgumentException(type.id());
        }
    }

    /** The flaggers' automatic hide: false when the item is hidden already (or gone). */
    public boolean hideIfShown(ContentType type, long id, Instant at) {
        return switch (type) {
            case IDEA -> {
                Optional<Idea> shown = ideas.lockForChange(id).filter(idea -> !idea.isHidden());
                shown.ifPresent(idea -> idea.hide(at));
                yield shown.isPresent();
            }
            case COMMENT -> {
                Optional<Comment> shown = comments.lockForChange(id).filter(comment -> !comment.isHidden());
                shown.ifPresent(comment -> comment.hide(at));
                yield shown.isPresent();
            }
            case STORY -> {
                Optional<Story> shown = stories.lockForChange(id).filter(story -> !story.isHidden());
                shown.ifPresent(story -> story.hide(at));
                yield shown.isPresent();
            }
            default -> throw new IllegalArgumentException(type.id());
        };
    }

    /** The index drops or brings back the item; an idea's comments follow it. */
    public void reindex(ContentType type, long id) {
        if (type == ContentType.IDEA) {
            ideaChanged.fire(new IdeaChanged(id));
            comments.ofIdea(id).forEach(c -> searchable.fire(new SearchDocumentChanged(SearchType.COMMENT, c.id())));
        } else {
            searchable.fire(new SearchDocumentChanged(type == ContentType.STORY ? SearchType.STORY : SearchType.COMMENT, id));
        }
    }
}
