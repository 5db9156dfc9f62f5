package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.idealoop.domain.ConflictException;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.NotFoundException;
import org.idealoop.domain.member.Member;
import org.idealoop.domain.moderation.AuditLogRepository;
import org.idealoop.domain.moderation.ContentState;
import org.idealoop.domain.moderation.ContentType;
import org.idealoop.domain.moderation.FlagReason;
import org.idealoop.domain.moderation.ModerationRepository;
import org.idealoop.domain.moderation.RateLimiter;
import org.idealoop.infrastructure.config.IdealoopConfig;

/** Members flag ideas, comments and stories; moderators work through the queue of flagged and held items. */
@ApplicationScoped
@Transactional
public class FlagService {

    private static final Logger LOG = Logger.getLogger(FlagService.class.getName());

    @Inject
    CurrentMember currentMember;

    @Inject
    ModerationService moderators;

    @Inject
    ModerationRepository moderation;

    @Inject
    ModeratedContent content;

    @Inject
    AuditLogRepository auditLog;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    @ConfigProperty(name = IdealoopConfig.AUTO_HIDE_FLAGS, defaultValue = "3")
    int autoHideFlags;

    @Inject
    @ConfigProperty(name = IdealoopConfig.NEW_MEMBER_DAYS, defaultValue = "7")
    int newMemberDays;

    private final Clock clock = Clock.systemUTC();

    /**
     * A member flags an idea or a comment, once; enough distinct established flaggers hide it pending
     * review. Flags of new members (younger than new-member-days, or with an unconfirmed address) put
     * the item in the queue but cannot hide it: a handful of fresh accounts must not silence anyone.
     */
    public FlagResult flag(String typeId, Long id, String reasonId, String text, Long duplicateOf) {
        Member me = currentMember.requireParticipant();
        ContentType type = ContentType.fromId(typeId == null ? "" : typeId.strip())
                .filter(t -> t == ContentType.IDEA || t == ContentType.COMMENT || t == ContentType.STORY)
                .orElseThrow(() -> new InvalidFieldException("type", "flag.type.invalid"));
        if (id == null) {
            throw new InvalidFieldException("id", "flag.id.required");
        }
        ContentState flagged = moderation.content(type, id).filter(c -> !c.hidden())
                .orElseThrow(() -> new NotFoundException(type.id() + " " + id));
        if (flagged.authorId().equals(Optional.of(me.id()))) {
            throw new InvalidFieldException("id", "flag.own");
        }
        FlagReason reason = FlagReason.fromId(reasonId == null ? "" : reasonId.strip())
                .orElseThrow(() -> new InvalidFieldException("reason", "flag.reason.invalid"));
        String note = text == null ? null : text.strip();
        if (note != null && note.length() > 500) {
            throw new InvalidFieldException("text", "flag.text.length");
        }
        if (reason == FlagReason.OTHER && (note == null || note.isEmpty())) {
            throw new InvalidFieldException("text", "flag.text.required");
        }
        if (reason == FlagReason.DUPLICATE && (duplicateOf == null || duplicateOf == flagged.ideaNumber()
                || moderation.content(ContentType.IDEA, duplicateOf).filter(c -> !c.hidden()).isEmpty())) {
            throw new InvalidFieldException("duplicateOf", "flag.duplicateOf.invalid");
        }
        rateLimiter.hit(RateLimiter.Action.FLAG, me.id(), currentMember.address()); // valid flags count
        Instant now = clock.instant();
        if (!moderation.addFlag(type, id, me.id(), reason, note == null || note.isEmpty() ? null : note, duplicateOf, now)) {
            throw new ConflictException("id", "flag.twice");
        }
        int flaggers = moderation.openFlaggers(type, id);
        boolean hidden = false;
        if (flaggers >= autoHideFlags
                && moderation.establishedFlaggers(type, id, now.minus(Duration.ofDays(newMemberDays))) >= autoHideFlags
                && content.hideIfShown(type, id, now)) {
            hidden = true;
            auditLog.audit(null, "auto_hide", type, id, flaggers + " members flagged it", flagged.describe(),
                    moderation.content(type, id).map(ContentState::describe).orElse(null), now);
            content.reindex(type, flagged.id());
            LOG.info(() -> type.id() + " " + id + " hidden after " + autoHideFlags + " flags");
        }
        return new FlagResult(flaggers, hidden);
    }

    public record FlagResult(int flaggers, boolean hidden) {
    }

    /** The moderation queue: flagged and held items with their content and their author's history. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QueueEntry> queue(int limit) {
        moderators.requireModerator();
        List<QueueEntry> entries = new ArrayList<>();
        for (ModerationRepository.QueueItem item : moderation.queue(Math.max(1, Math.min(limit, 200)))) {
            moderation.content(item.type(), item.id()).ifPresent(state -> entries.add(new QueueEntry(item, state,
                    state.authorId().map(moderation::history).orElse(null))));
        }
        return entries;
    }

    public record QueueEntry(ModerationRepository.QueueItem item, ContentState content,
                             ModerationRepository.AuthorHistory author) {
    }
}
