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
import org.idealoop.domain.idea.IdeaChanged;
import org.idealoop.domain.idea.IdeaFollowRepository;
import org.idealoop.domain.idea.IdeaQuery;
import org.idealoop.domain.idea.IdeaRepository;
import org.idealoop.domain.idea.IdeaSort;
import org.idealoop.domain.idea.IdeaStatus;
import org.idealoop.domain.idea.IdeaTitle;
import org.idealoop.domain.member.MemberRepository;

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
    IdeaFollowRepository follows;

    private final Clock clock = Clock.systemUTC();

    /** The signed-in member posts an idea (with a verified e-mail, when the install requires it). */
    public Idea post(String title, String body) {
        IdeaTitle validTitle = new IdeaTitle(title);
        IdeaBody validBody = new IdeaBody(body);
        return add(Idea.post(validTitle, validBody, currentMember.requireParticipant().id(), clock.instant()));
    }

    /** Posts an idea for a given author and time; used when importing or seeding existing content. */
    public Idea postAs(long authorId, String title, String body, Instant createdAt) {
        return add(Idea.post(new IdeaTitle(title), new IdeaBody(body), authorId, createdAt));
    }

    private Idea add(Idea idea) {
        ideas.add(idea);
        idea.authorId().ifPresent(author -> follows.follow(idea.number(), author)); // authors follow their ideas
        // Observed inside this transaction by the search outbox, so the index can never miss it.
        ideaChanged.fire(new IdeaChanged(idea.number()));
        LOG.info(() -> "Idea " + idea.number() + " posted by member " + idea.authorId().orElse(null));
        return idea;
    }

    /** The signed-in member follows the idea, to hear about its status changes and comments. */
    public FollowState follow(long number) {
        long memberId = currentMember.require().id();
        getByNumber(number);
        follows.follow(number, memberId);
        return new FollowState(true, follows.followerCount(number));
    }

    public FollowState unfollow(long number) {
        long memberId = currentMember.require().id();
        getByNumber(number);
        follows.unfollow(number, memberId);
        return new FollowState(false, follows.followerCount(number));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isFollowedByMe(long number) {
        return currentMember.find().map(me -> follows.follows(number, me.id())).orElse(false);
    }

    /** The ideas the signed-in member follows, most recently followed first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Idea> followedByMe(int limit) {
        long memberId = currentMember.require().id();
        return follows.followedBy(memberId, Math.max(1, Math.min(limit, MAX_PAGE_SIZE))).stream()
                .map(ideas::findByNumber).flatMap(Optional::stream).toList();
    }

    public record FollowState(boolean following, int followerCount) {
    }

    /** Display names of the ideas' authors ("former member" for deleted accounts). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, String> authorNames(List<Idea> page) {
        Map<Long, String> names = new HashMap<>();
        page.stream().map(Idea::authorId).flatMap(Optional::stream).distinct()
                .forEach(id -> members.findById(id).ifPresent(m -> names.put(id, m.displayName())));
        return names;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Idea getByNumber(long number) {
        return ideas.findByNumber(number).orElseThrow(() -> new NotFoundException("idea " + number));
    }

    /**
     * A page of the idea list. "mine" and "voted by me" need a signed-in member.
     *
     * @param status a status id ("planned"), or null for all
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Idea> list(IdeaSort sort, String status, boolean mine, boolean votedByMe,
                           Optional<IdeaQuery.Position> after, int limit) {
        Optional<IdeaStatus> wantedStatus = status == null || status.isBlank() ? Optional.empty()
                : Optional.of(IdeaStatus.fromId(status).orElseThrow(
                        () -> new InvalidFieldException("status", "ideas.status.invalid")));
        Optional<Long> me = mine || votedByMe ? Optional.of(currentMember.require().id()) : Optional.empty();
        return ideas.list(new IdeaQuery(sort, wantedStatus, mine ? me : Optional.empty(),
                votedByMe ? me : Optional.empty(), after, Math.max(1, Math.min(limit, MAX_PAGE_SIZE + 1))));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Idea> byAuthor(long authorId, int limit) {
        return ideas.byAuthor(authorId, Math.max(1, Math.min(limit, MAX_PAGE_SIZE)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Idea> titleContains(String text, int limit) {
        return ideas.titleContains(text, Math.max(1, Math.min(limit, MAX_PAGE_SIZE)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count() {
        return ideas.count();
    }
}
