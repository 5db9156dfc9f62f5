package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.idealoop.domain.NotFoundException;
import org.idealoop.domain.idea.Idea;
import org.idealoop.domain.idea.IdeaBody;
import org.idealoop.domain.idea.IdeaChanged;
import org.idealoop.domain.idea.IdeaRepository;
import org.idealoop.domain.idea.IdeaTitle;

/** Use cases around ideas: post one, read them. */
@ApplicationScoped
@Transactional
public class IdeaService {

    private static final Logger LOG = Logger.getLogger(IdeaService.class.getName());
    public static final int MAX_PAGE_SIZE = 100;

    private final IdeaRepository ideas;
    private final Event<IdeaChanged> ideaChanged;
    private final Clock clock;

    @Inject
    public IdeaService(IdeaRepository ideas, Event<IdeaChanged> ideaChanged) {
        this(ideas, ideaChanged, Clock.systemUTC());
    }

    IdeaService(IdeaRepository ideas, Event<IdeaChanged> ideaChanged, Clock clock) {
        this.ideas = ideas;
        this.ideaChanged = ideaChanged;
        this.clock = clock;
    }

    protected IdeaService() {
        this(null, null, Clock.systemUTC()); // for the CDI proxy
    }

    public Idea post(String title, String body) {
        return postAt(title, body, clock.instant());
    }

    /** Posts an idea with a given creation time; used when importing or seeding existing content. */
    public Idea postAt(String title, String body, Instant createdAt) {
        Idea idea = ideas.add(Idea.post(new IdeaTitle(title), new IdeaBody(body), createdAt));
        // Observed inside this transaction by the search outbox, so the index can never miss it.
        ideaChanged.fire(new IdeaChanged(idea.number()));
        LOG.info(() -> "Idea " + idea.number() + " posted");
        return idea;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Idea getByNumber(long number) {
        return ideas.findByNumber(number).orElseThrow(() -> new NotFoundException("idea " + number));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Idea> newestFirst(Optional<IdeaRepository.Cursor> after, int limit) {
        return ideas.newestFirst(after, Math.max(1, Math.min(limit, MAX_PAGE_SIZE)));
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
