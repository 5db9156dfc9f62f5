package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.idealoop.domain.ForbiddenException;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.NotFoundException;
import org.idealoop.domain.idea.IdeaChanged;
import org.idealoop.domain.mail.MailOutbox;
import org.idealoop.domain.mail.OutgoingMail;
import org.idealoop.domain.member.Member;
import org.idealoop.domain.member.MemberRepository;
import org.idealoop.domain.member.Role;
import org.idealoop.domain.moderation.AuditLogRepository;
import org.idealoop.domain.moderation.ContentType;
import org.idealoop.domain.moderation.ModerationAction;
import org.idealoop.domain.moderation.ModerationRepository;
import org.idealoop.domain.moderation.SanctionHistory;

/**
 * Moderators warn, suspend, ban and lift those on members (through {@link ModerationActionService#act}),
 * and read a member's sanction record. Admins and the moderator themselves are out of reach.
 */
@ApplicationScoped
@Transactional
public class SanctionService {

    /** The latest end of a suspension the database stores; a longer one is a ban. */
    static final Instant SUSPENSION_LIMIT = Instant.parse("2038-01-01T00:00:00Z");

    @Inject
    SignedInMembers signedIn;

    @Inject
    ModerationService moderators;

    @Inject
    ModerationRepository moderation;

    @Inject
    AuditLogRepository auditLog;

    @Inject
    MemberRepository members;

    @Inject
    Recipients recipients;

    @Inject
    MailOutbox mail;

    @Inject
    Event<IdeaChanged> ideaChanged;

    /** Warn, suspend, ban or lift, checked and audited; the action and reason are checked by the caller. */
    public ModerationActionService.ActionResult act(Member me, ModerationAction action, long memberId, String reason,
                                                    ModerationActionService.ActionRequest request, Instant now) {
        Member target = members.findById(memberId).orElseThrow(() -> new NotFoundException("member " + memberId));
        if (target.hasRole(Role.ADMIN) || target.id() == me.id()) {
            throw new ForbiddenException("moderation.member.protected");
        }
        String before = state(target);
        switch (action) {
            case WARN -> {
                moderation.addSanction(memberId, "warn", reason, null, me.id(), now);
                target.email().ifPresent(address -> mail.queue(new OutgoingMail(address,
                        recipients.text(target, "mail.warning.subject"),
                        recipients.text(target, "mail.warning.body", target.displayName(), reason))));
            }
            case SUSPEND -> {
                Instant until;
                try {
                    until = request.until() == null ? null : Instant.parse(request.until());
                } catch (DateTimeParseException e) {
                    throw new InvalidFieldException("until", "moderation.until.invalid");
                }
                if (until == null || !until.isAfter(now)) {
                    throw new InvalidFieldException("until", "moderation.until.past");
                }
                if (!until.isBefore(SUSPENSION_LIMIT)) { // the column is a TIMESTAMP: a later end was a 500
                    throw new InvalidFieldException("until", "moderation.until.far");
                }
                moderation.addSanction(memberId, "suspend", reason, until, me.id(), now);
                moderation.suspend(memberId, until);
            }
            case BAN -> {
                moderation.addSanction(memberId, "ban", reason, null, me.id(), now);
                moderation.ban(memberId, now);
                if (Boolean.TRUE.equals(request.removeVotes())) {
                    for (Long idea : moderation.removeVotes(memberId)) {
                        ideaChanged.fire(new IdeaChanged(idea));
                    }
                }
            }
            case LIFT -> {
                moderation.addSanction(memberId, "lift", reason.isEmpty() ? "lifted" : reason, null, me.id(), now);
                moderation.lift(memberId);
            }
            default -> throw new InvalidFieldException("action", "moderation.action.invalid");
        }
        signedIn.forgetAfterCommit(memberId); // a suspension, ban or lift holds from the member's next request
        String after = members.findById(memberId).map(SanctionService::state).orElse(null);
        auditLog.audit(me.id(), action.id(), ContentType.MEMBER, memberId, reason.isEmpty() ? null : reason, before,
                action == ModerationAction.BAN && Boolean.TRUE.equals(request.removeVotes()) ? after + " votes removed" : after,
                now);
        return new ModerationActionService.ActionResult(action.id(), ContentType.MEMBER.id(), memberId, before, after);
    }

    /** A member's warnings, suspensions and bans, newest first, each with the lift that ended it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SanctionHistory.Entry> sanctions(long memberId) {
        moderators.requireModerator();
        members.findById(memberId).orElseThrow(() -> new NotFoundException("member " + memberId));
        return SanctionHistory.of(moderation.sanctions(memberId));
    }

    private static String state(Member m) {
        return "suspendedUntil=" + m.suspendedUntil().map(Object::toString).orElse("none") + " active=" + m.isActive();
    }
}
