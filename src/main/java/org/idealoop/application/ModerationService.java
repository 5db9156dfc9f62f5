package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.idealoop.domain.ConflictException;
import org.idealoop.domain.ForbiddenException;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.NotFoundException;
import org.idealoop.domain.comment.CommentRepository;
import org.idealoop.domain.idea.IdeaChanged;
import org.idealoop.domain.mail.MailOutbox;
import org.idealoop.domain.mail.OutgoingMail;
import org.idealoop.domain.member.Member;
import org.idealoop.domain.member.MemberRepository;
import org.idealoop.domain.member.Role;
import org.idealoop.domain.moderation.BlockedWord;
import org.idealoop.domain.moderation.ContentState;
import org.idealoop.domain.moderation.ContentType;
import org.idealoop.domain.moderation.FlagReason;
import org.idealoop.domain.moderation.ModerationAction;
import org.idealoop.domain.moderation.ModerationRepository;
import org.idealoop.domain.moderation.RateLimiter;
import org.idealoop.domain.moderation.SanctionHistory;
import org.idealoop.domain.search.SearchDocumentChanged;
import org.idealoop.domain.search.SearchType;
import org.idealoop.infrastructure.config.IdealoopConfig;

/**
 * Moderators curate: members flag, moderators hide and restore, lock, pin, edit with a reason, move,
 * merge, approve held first posts, warn, suspend and ban. Every action writes one audit entry with the
 * state before and after. Two moderators acting on one item at once: the second is told it changed.
 */
@ApplicationScoped
@Transactional
public class ModerationService {

    private static final Logger LOG = Logger.getLogger(ModerationService.class.getName());
    /** What a story allows: it is hidden, shown again, or its flags dismissed. */
    private static final Set<ModerationAction> STORY_ACTIONS = EnumSet.of(ModerationAction.HIDE,
            ModerationAction.RESTORE, ModerationAction.DISMISS);
    /** What only an idea allows: a comment is neither locked, pinned, moved nor merged. */
    private static final Set<ModerationAction> IDEA_ONLY_ACTIONS = EnumSet.of(ModerationAction.LOCK,
            ModerationAction.UNLOCK, ModerationAction.PIN, ModerationAction.UNPIN, ModerationAction.MOVE,
            ModerationAction.MERGE);
    /** The latest end of a suspension the database stores; a longer one is a ban. */
    static final Instant SUSPENSION_LIMIT = Instant.parse("2038-01-01T00:00:00Z");
    private static final Pattern LINK = Pattern.compile("(?i)https?://|www\\.");

    @Inject
    Recipients recipients;

    @Inject
    ModerationRepository moderation;

    @Inject
    CurrentMember currentMember;

    @Inject
    MemberRepository members;

    @Inject
    CommentRepository comments;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    IdeaService ideaService;

    @Inject
    CommentService commentService;

    @Inject
    WorkflowService workflow;

    @Inject
    MailOutbox mail;

    @Inject
    Event<IdeaChanged> ideaChanged;

    @Inject
    Event<SearchDocumentChanged> searchable;

    @Inject
    @ConfigProperty(name = IdealoopConfig.AUTO_HIDE_FLAGS, defaultValue = "3")
    int autoHideFlags;

    @Inject
    @ConfigProperty(name = IdealoopConfig.HOLD_FIRST_POSTS, defaultValue = "false")
    boolean holdFirstPosts;

    @Inject
    @ConfigProperty(name = IdealoopConfig.NEW_MEMBER_DAYS, defaultValue = "7")
    int newMemberDays;

    @Inject
    @ConfigProperty(name = IdealoopConfig.NEW_MEMBER_MAX_LINKS, defaultValue = "2")
    int newMemberMaxLinks;

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
        ContentState content = moderation.content(type, id).filter(c -> !c.hidden())
                .orElseThrow(() -> new NotFoundException(type.id() + " " + id));
        if (content.authorId().equals(Optional.of(me.id()))) {
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
        if (reason == FlagReason.DUPLICATE && (duplicateOf == null || duplicateOf == content.ideaNumber()
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
                && moderation.establishedFlaggers(type, id, now.minus(java.time.Duration.ofDays(newMemberDays))) >= autoHideFlags
                && moderation.hide(type, id, now)) {
            hidden = true;
            moderation.audit(null, "auto_hide", type, id, flaggers + " members flagged it", content.describe(),
                    moderation.content(type, id).map(ContentState::describe).orElse(null), now);
            reindex(type, content);
            LOG.info(() -> type.id() + " " + id + " hidden after " + autoHideFlags + " flags");
        }
        return new FlagResult(flaggers, hidden);
    }

    public record FlagResult(int flaggers, boolean hidden) {
    }

    /** The moderation queue: flagged and held items with their content and their author's history. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QueueEntry> queue(int limit) {
        requireModerator();
        List<QueueEntry> entries = new ArrayList<>();
        for (ModerationRepository.QueueItem item : moderation.queue(Math.max(1, Math.min(limit, 200)))) {
            moderation.content(item.type(), item.id()).ifPresent(content -> entries.add(new QueueEntry(item, content,
                    content.authorId().map(moderation::history).orElse(null))));
        }
        return entries;
    }

    public record QueueEntry(ModerationRepository.QueueItem item, ContentState content,
                             ModerationRepository.AuthorHistory author) {
    }

    /** One moderator action; see {@link ModerationAction}. Returns the audit entry's view of the change. */
    public ActionResult act(ActionRequest request) {
        Member me = requireModerator();
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
            return actOnMember(me, action, id, reason, request, now);
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
                boolean changed = switch (action) {
                    case HIDE -> moderation.hide(type, id, now);
                    case RESTORE -> moderation.restore(type, id);
                    case LOCK -> moderation.lock(id);
                    case UNLOCK -> moderation.unlock(id);
                    case PIN -> moderation.pin(id, now);
                    case UNPIN -> moderation.unpin(id);
                    default -> moderation.approve(type, id);
                };
                if (!changed) {
                    throw new ConflictException("id", "moderation.conflict");
                }
                if (EnumSet.of(ModerationAction.HIDE, ModerationAction.RESTORE, ModerationAction.APPROVE,
                        ModerationAction.LOCK).contains(action)) {
                    // A lock answers a report too (the thread stays readable, closed to new replies and votes).
                    moderation.resolveFlags(type, id, now);
                }
                if (EnumSet.of(ModerationAction.HIDE, ModerationAction.RESTORE, ModerationAction.APPROVE).contains(action)) {
                    reindex(type, before);
                }
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
                workflow.reassign(id, request.team(), request.category(), reason);
                afterText = "team=" + request.team() + " category=" + request.category();
            }
            case MERGE -> {
                workflow.merge(id, request.into());
                afterText = "merged into #" + request.into();
            }
            default -> throw new InvalidFieldException("action", "moderation.action.invalid");
        }
        moderation.audit(me.id(), action.id(), type, id, reason.isEmpty() ? null : reason, beforeText, afterText, now);
        LOG.info(() -> "Moderator " + me.id() + " did " + action.id() + " on " + type.id() + " " + id);
        return new ActionResult(action.id(), type.id(), id, beforeText, afterText);
    }

    private ActionResult actOnMember(Member me, ModerationAction action, long memberId, String reason, ActionRequest request,
                                     Instant now) {
        Member target = members.findById(memberId).orElseThrow(() -> new NotFoundException("member " + memberId));
        if (target.hasRole(Role.ADMIN) || target.id() == me.id()) {
            throw new ForbiddenException("moderation.member.protected");
        }
        String before = memberState(target);
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
        String after = members.findById(memberId).map(ModerationService::memberStateFresh).orElse(null);
        moderation.audit(me.id(), action.id(), ContentType.MEMBER, memberId, reason.isEmpty() ? null : reason, before,
                action == ModerationAction.BAN && Boolean.TRUE.equals(request.removeVotes()) ? after + " votes removed" : after,
                now);
        return new ActionResult(action.id(), ContentType.MEMBER.id(), memberId, before, after);
    }

    /** A member's warnings, suspensions and bans, newest first, each with the lift that ended it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SanctionHistory.Entry> sanctions(long memberId) {
        requireModerator();
        members.findById(memberId).orElseThrow(() -> new NotFoundException("member " + memberId));
        return SanctionHistory.of(moderation.sanctions(memberId));
    }

    private String memberState(Member m) {
        return memberStateFresh(m);
    }

    private static String memberStateFresh(Member m) {
        return "suspendedUntil=" + m.suspendedUntil().map(Object::toString).orElse("none") + " active=" + m.isActive();
    }

    public record ActionRequest(String action, String type, Long id, String reason, Long version, String title,
                                String body, String team, String category, Long into, String until, Boolean removeVotes) {
    }

    public record ActionResult(String action, String type, long id, String before, String after) {
    }

    /**
     * An admin's filter of the audit log, checked: a known type, a short text, ISO dates ({@code from}
     * and {@code to} both inclusive, whole days in UTC) in order.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ModerationRepository.AuditQuery auditQuery(Long actor, String action, String type, Long id, String q,
                                                      String from, String to) {
        currentMember.requireRole(Role.ADMIN);
        Optional<ContentType> wantedType = type == null || type.isBlank() ? Optional.empty()
                : Optional.of(ContentType.fromId(type.strip()).orElseThrow(() -> new InvalidFieldException("type", "moderation.type.invalid")));
        if (q != null && q.length() > 200) {
            throw new InvalidFieldException("q", "search.q.length");
        }
        Optional<java.time.LocalDate> first = day(from, "from");
        Optional<java.time.LocalDate> last = day(to, "to");
        if (first.isPresent() && last.isPresent() && last.get().isBefore(first.get())) {
            throw new InvalidFieldException("to", "audit.to.beforeFrom");
        }
        return new ModerationRepository.AuditQuery(Optional.ofNullable(actor),
                Optional.ofNullable(action).map(String::strip).filter(a -> !a.isEmpty()), wantedType,
                Optional.ofNullable(id), Optional.ofNullable(q).map(String::strip).filter(t -> !t.isEmpty()),
                first.map(d -> d.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()),
                last.map(d -> d.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
    }

    private static Optional<java.time.LocalDate> day(String text, String field) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(java.time.LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(field, "audit.date.invalid");
        }
    }

    /** Admins read the audit log, newest first, filtered. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ModerationRepository.AuditEntry> audit(Long actor, String action, String type, Long id, String q,
                                                      Long before, int limit) {
        return audit(auditQuery(actor, action, type, id, q, null, null), before, limit);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ModerationRepository.AuditEntry> audit(ModerationRepository.AuditQuery query, Long before, int limit) {
        currentMember.requireRole(Role.ADMIN);
        return moderation.auditLog(query, Optional.ofNullable(before), Math.max(1, Math.min(limit, 100)));
    }

    /** The whole filtered log as CSV, written as it is read. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void writeAudit(ModerationRepository.AuditQuery query, java.io.Writer out) throws java.io.IOException {
        currentMember.requireRole(Role.ADMIN);
        moderation.exportAudit(query, out);
    }

    /** Records an admin action in the audit log (role changes, teams, webhooks, rebuilds...). */
    public void record(String action, ContentType type, long id, String before, String after) {
        moderation.audit(currentMember.id().orElse(null), action, type, id, null, before, after, clock.instant());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> blockedWords() {
        currentMember.requireRole(Role.ADMIN);
        return moderation.blockedWords();
    }

    /** Admins replace the whole list; each word obeys {@link BlockedWord#of}, and none may be given twice. */
    public List<String> replaceBlockedWords(List<String> words) {
        Member me = currentMember.requireRole(Role.ADMIN);
        List<String> clean = new ArrayList<>();
        for (String word : words == null ? List.<String>of() : words) {
            String w = BlockedWord.of("words", word);
            if (clean.contains(w)) {
                throw new InvalidFieldException("words", "moderation.word.duplicate");
            }
            clean.add(w);
        }
        String before = String.join(", ", moderation.blockedWords());
        moderation.replaceBlockedWords(clean, clock.instant());
        auditBlockedWords(me, "blocked_words", before, String.join(", ", clean));
        return moderation.blockedWords();
    }

    /** Admins add one word to the list (the blocked words page); a word already listed is refused. */
    public String addBlockedWord(String text) {
        Member me = currentMember.requireRole(Role.ADMIN);
        String word = BlockedWord.of("word", text);
        if (!moderation.addBlockedWord(word, clock.instant())) {
            throw new ConflictException("word", "moderation.word.duplicate");
        }
        auditBlockedWords(me, "blocked_word_add", null, word);
        LOG.info(() -> "Blocked word added by member " + me.id());
        return word;
    }

    /** Admins take one word off the list; a word not listed is a 404. */
    public void removeBlockedWord(String text) {
        Member me = currentMember.requireRole(Role.ADMIN);
        String word = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (!moderation.removeBlockedWord(word)) {
            throw new NotFoundException("blocked word " + word);
        }
        auditBlockedWords(me, "blocked_word_remove", word, null);
        LOG.info(() -> "Blocked word removed by member " + me.id());
    }

    private void auditBlockedWords(Member me, String action, String before, String after) {
        moderation.audit(me.id(), action, ContentType.SETTINGS, 0, null, before, after, clock.instant());
    }

    /**
     * Rules every post and comment obeys: no blocked word, and a new member's post carries at most a
     * few links. Counts the action against the member's rate limit.
     */
    public void checkContent(Member author, RateLimiter.Action action, String title, String body) {
        rateLimiter.hit(action, author.id(), currentMember.address());
        String text = ((title == null ? "" : title) + "\n" + (body == null ? "" : body)).toLowerCase(Locale.ROOT);
        for (String word : moderation.blockedWords()) {
            if (Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])").matcher(text).find()) {
                throw new InvalidFieldException(title != null && title.toLowerCase(Locale.ROOT).contains(word)
                        ? "title" : "body", "moderation.blockedWord");
            }
        }
        boolean newMember = author.createdAt().isAfter(clock.instant().minus(java.time.Duration.ofDays(newMemberDays)));
        if (newMember && !author.isStaff() && LINK.matcher(text).results().count() > newMemberMaxLinks) {
            throw new InvalidFieldException("body", "moderation.links");
        }
    }

    /** Holds a new member's first post for approval, where the install asks for it. */
    public boolean holdIfFirstPost(Member author, ContentType type, long id) {
        if (!isHoldingFirstPosts() || author.isStaff() || !moderation.isFirstPost(author.id(), type, id)) {
            return false;
        }
        moderation.hold(type, id, clock.instant());
        return true;
    }

    static final String HOLD_SETTING = "moderation.hold-first-posts";

    /** The configured default, unless an admin changed it at run time. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isHoldingFirstPosts() {
        return moderation.setting(HOLD_SETTING).map(Boolean::parseBoolean).orElse(holdFirstPosts);
    }

    /** Admins turn holding new members' first posts for approval on or off. */
    public boolean holdFirstPosts(Boolean on) {
        Member me = currentMember.requireRole(Role.ADMIN);
        if (on == null) {
            throw new InvalidFieldException("holdFirstPosts", "moderation.setting.required");
        }
        boolean before = isHoldingFirstPosts();
        moderation.putSetting(HOLD_SETTING, Boolean.toString(on), clock.instant());
        moderation.audit(me.id(), "hold_first_posts", ContentType.SETTINGS, 0, null, Boolean.toString(before),
                Boolean.toString(on), clock.instant());
        return on;
    }

    private void reindex(ContentType type, ContentState content) {
        if (type == ContentType.IDEA) {
            ideaChanged.fire(new IdeaChanged(content.id()));
            comments.ofIdea(content.id()).forEach(c -> searchable.fire(new SearchDocumentChanged(SearchType.COMMENT, c.id())));
        } else {
            searchable.fire(new SearchDocumentChanged(type == ContentType.STORY ? SearchType.STORY : SearchType.COMMENT,
                    content.id()));
        }
    }

    private Member requireModerator() {
        Member me = currentMember.require();
        if (!me.hasRole(Role.MODERATOR) && !me.hasRole(Role.ADMIN)) {
            throw new ForbiddenException("moderation.forbidden");
        }
        return me;
    }

    /** May the signed-in member see hidden and held content (with a banner)? */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isModerator() {
        return currentMember.find().map(m -> m.hasRole(Role.MODERATOR) || m.hasRole(Role.ADMIN)).orElse(false);
    }
}
