package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.idealoop.domain.ForbiddenException;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.comment.CommentRepository;
import org.idealoop.domain.idea.IdeaRepository;
import org.idealoop.domain.member.Member;
import org.idealoop.domain.member.Role;
import org.idealoop.domain.moderation.AuditLogRepository;
import org.idealoop.domain.moderation.ContentType;
import org.idealoop.domain.moderation.ModerationRepository;
import org.idealoop.domain.moderation.RateLimiter;
import org.idealoop.infrastructure.config.IdealoopConfig;

/**
 * What the other use cases ask of moderation: the rules every post obeys, holding a new member's first
 * post, whether the signed-in member moderates, and the audit entry of an admin action. The moderators'
 * and admins' own use cases are {@link FlagService} (flags and the queue), {@link ModerationActionService}
 * (hide to merge), {@link SanctionService} (warn to lift), {@link AuditService}, {@link BlockedWordService}
 * and {@link ModerationSettingsService}.
 */
@ApplicationScoped
@Transactional
public class ModerationService {

    private static final Pattern LINK = Pattern.compile("(?i)https?://|www\\.");

    @Inject
    BlockedWordService blockedWords;

    @Inject
    CurrentMember currentMember;

    @Inject
    ModerationRepository moderation;

    @Inject
    AuditLogRepository auditLog;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    ModerationSettingsService settings;

    @Inject
    IdeaRepository ideas;

    @Inject
    CommentRepository comments;

    @Inject
    @ConfigProperty(name = IdealoopConfig.NEW_MEMBER_DAYS, defaultValue = "7")
    int newMemberDays;

    @Inject
    @ConfigProperty(name = IdealoopConfig.NEW_MEMBER_MAX_LINKS, defaultValue = "2")
    int newMemberMaxLinks;

    private final Clock clock = Clock.systemUTC();

    /** Records an admin action in the audit log (role changes, teams, webhooks, rebuilds...). */
    public void record(String action, ContentType type, long id, String before, String after) {
        auditLog.audit(currentMember.id().orElse(null), action, type, id, null, before, after, clock.instant());
    }

    /**
     * Rules every post and comment obeys: no blocked word, and a new member's post carries at most a
     * few links. Counts the action against the member's rate limit.
     */
    public void checkContent(Member author, RateLimiter.Action action, String title, String body) {
        rateLimiter.hit(action, author.id(), currentMember.address());
        String text = ((title == null ? "" : title) + "\n" + (body == null ? "" : body)).toLowerCase(Locale.ROOT);
        for (String word : blockedWords.current()) {
            if (Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])").matcher(text).find()) {
                throw new InvalidFieldException(title != null && title.toLowerCase(Locale.ROOT).contains(word)
                        ? "title" : "body", "moderation.blockedWord");
            }
        }
        boolean newMember = author.createdAt().isAfter(clock.instant().minus(Duration.ofDays(newMemberDays)));
        if (newMember && !author.isStaff() && LINK.matcher(text).results().count() > newMemberMaxLinks) {
            throw new InvalidFieldException("body", "moderation.links");
        }
    }

    /** Holds a new member's first post (an idea or a comment) for approval, where the install asks for it. */
    public boolean holdIfFirstPost(Member author, ContentType type, long id) {
        if (!settings.isHoldingFirstPosts() || author.isStaff() || !moderation.isFirstPost(author.id(), type, id)) {
            return false;
        }
        Instant now = clock.instant();
        switch (type) {
            case IDEA -> ideas.lockForChange(id).filter(idea -> !idea.isHeld()).ifPresent(idea -> idea.hold(now));
            case COMMENT -> comments.lockForChange(id).filter(comment -> !comment.isHeld())
                    .ifPresent(comment -> comment.hold(now));
            default -> throw new IllegalArgumentException(type.id());
        }
        return true;
    }

    /** May the signed-in member see hidden and held content (with a banner)? */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isModerator() {
        return currentMember.find().map(m -> m.hasRole(Role.MODERATOR) || m.hasRole(Role.ADMIN)).orElse(false);
    }

    /** The signed-in moderator or admin; anyone else is refused. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Member requireModerator() {
        Member me = currentMember.require();
        if (!me.hasRole(Role.MODERATOR) && !me.hasRole(Role.ADMIN)) {
            throw new ForbiddenException("moderation.forbidden");
        }
        return me;
    }
}
