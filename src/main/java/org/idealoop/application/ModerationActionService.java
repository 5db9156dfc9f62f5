package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.idealoop.domain.ConflictException;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.NotFoundException;
import org.idealoop.domain.member.Member;
import org.idealoop.domain.moderation.AuditLogRepository;
import org.idealoop.domain.moderation.ContentState;
import org.idealoop.domain.moderation.ContentType;
import org.idealoop.domain.moderation.ModerationAction;
import org.idealoop.domain.moderation.ModerationRepository;

/**
 * Moderators curate: they hide and restore, lock, pin, edit with a reason, move, merge, approve held
 * first posts and dismiss flags; on members they warn, suspend and ban ({@link SanctionService}). Every
 * action writes one audit entry with the state before and after. Two moderators acting on one item at
 * once: the second is told it changed.
 */
@ApplicationScoped
@Transactional
public class ModerationActionService {

    private static final Logger LOG = Logger.getLogger(ModerationActionService.class.getName());
    /** What a story allows: it is hidden, shown again, or its flags dismissed. */
    private static final Set<ModerationAction> STORY_ACTIONS = EnumSet.of(ModerationAction.HIDE,
            ModerationAction.RESTORE, ModerationAction.DISMISS);
    /** What only an idea allows: a comment is neither locked, pinned, moved nor merged. */
    private static final Set<ModerationAction> IDEA_ONLY_ACTIONS = EnumSet.of(ModerationAction.LOCK,
            ModerationAction.UNLOCK, ModerationAction.PIN, ModerationAction.UNPIN, ModerationAction.MOVE,
            ModerationAction.MERGE);
    /** A lock answers a report too (the thread stays readable, closed to new replies and votes). */
    private static final Set<ModerationAction> RESOLVING_FLAGS = EnumSet.of(ModerationAction.HIDE,
            ModerationAction.RESTORE, ModerationAction.APPROVE, ModerationAction.LOCK);
    /** What changes whether readers (and so search) see the item. */
    private static final Set<ModerationAction> REINDEXING = EnumSet.of(ModerationAction.HIDE,
            ModerationAction.RESTORE, ModerationAction.APPROVE);

    @Inject
    ModerationService moderators;

    @Inject
    ModerationRepository moderation;

    @Inject
    ModeratedContent content;

    @Inject
    AuditLogRepository auditLog;

    @Inject
    SanctionService sanctions;

    @Inject
    IdeaService ideaService;

    @Inject
    CommentService commentService;

    @Inject
    MergeService merges;

    @Inject
    ReassignmentService reassignments;

    private final Clock clock = Clock.systemUTC();

    /** One moderator action; see {@link ModerationAction}. Returns the audit entry's view of the change. */
    public ActionResult act(ActionRequest request) {
        Member me = moderators.requireModerator();
        ModerationAction action = Optional.ofNullable(request).map(ActionRequest::action)
                .flatMap(ModerationAction::fromId)
                .orElseThrow(() -> new InvalidFieldException("action", "moderation.action.invalid"));
        ContentType type = ContentType.fromId(request.type() == null ? "" : request.type())
                .filter(t -> t == ContentType.IDEA || t == ContentType.COMMENT || t == ContentType.STORY
                        || t == ContentType.MEMBER)
                .orElseThrow(() -> new InvalidFieldException("type", "moderation.type.invalid"));
        if (request.id() == null) {
            throw new InvalidFieldException("id", "flag.id.required");
        }
        long id = request.id();
        String reason = request.reason() == null ? "" : request.reason().strip();
        if (reason.length() > 1_000) {
            throw new InvalidFieldException("reason", "moderation.reason.length");
        }
        boolean memberAction = action.onMember();
        if (memberAction != (type == ContentType.MEMBER)) {
            throw new InvalidFieldException("type", "moderation.type.mismatch");
        }
        if (action.needsReason() && reason.isEmpty()) {
            throw new InvalidFieldException("reason", "moderation.reason.required");
        }
        Instant now = clock.instant();
        if (memberAction) {
            return sanctions.act(me, action, id, reason, request, now);
        }
        ContentState before = moderation.content(type, id).orElseThrow(() -> new NotFoundException(type.id() + " " + id));
        if (request.version() != null && request.version() != before.version()) {
            throw new ConflictException("version", "moderation.conflict");
        }
        if (type == ContentType.STORY && !STORY_ACTIONS.contains(action)) {
            throw new InvalidFieldException("action", "moderation.action.notForStories");
        }
        if (type == ContentType.COMMENT && IDEA_ONLY_ACTIONS.contains(action)) {
            throw new InvalidFieldException("action", "moderation.action.notForComments");
        }
        String beforeText = before.describe();
        String afterText;
        switch (action) {
            case HIDE, RESTORE, LOCK, UNLOCK, PIN, UNPIN, APPROVE -> {
                content.change(action, type, id, now);
                if (RESOLVING_FLAGS.contains(action)) {
                    moderation.resolveFlags(type, id, now);
                }
                if (REINDEXING.contains(action)) {
                    content.reindex(type, before.id());
                }
                // A native read: the persistence context writes the changed entity first.
                afterText = moderation.content(type, id).map(ContentState::describe).orElse(null);
            }
            case DISMISS -> {
                moderation.resolveFlags(type, id, now);
                afterText = "flags dismissed";
            }
            case EDIT -> {
                if (type == ContentType.IDEA) {
                    ideaService.edit(id, request.title(), request.body());
                } else {
                    commentService.edit(before.ideaNumber(), id, request.body());
                }
                beforeText = (type == ContentType.IDEA ? before.title() + "\n\n" : "") + before.body();
                afterText = (type == ContentType.IDEA ? (request.title() == null ? before.title() : request.title().strip())
                        + "\n\n" : "") + (request.body() == null ? before.body() : request.body().strip());
            }
            case MOVE -> {
                reassignments.reassign(id, request.team(), request.category(), reason);
                afterText = "team=" + request.team() + " category=" + request.category();
            }
            case MERGE -> {
                merges.merge(id, request.into());
                afterText = "merged into #" + request.into();
            }
            default -> throw new InvalidFieldException("action", "moderation.action.invalid");
        }
        auditLog.audit(me.id(), action.id(), type, id, reason.isEmpty() ? null : reason, beforeText, afterText, now);
        LOG.info(() -> "Moderator " + me.id() + " did " + action.id() + " on " + type.id() + " " + id);
        return new ActionResult(action.id(), type.id(), id, beforeText, afterText);
    }

    public record ActionRequest(String action, String type, Long id, String reason, Long version, String title,
                                String body, String team, String category, Long into, String until, Boolean removeVotes) {
    }

    public record ActionResult(String action, String type, long id, String before, String after) {
    }
}
