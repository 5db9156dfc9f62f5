package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.logging.Logger;
import org.idealoop.domain.idea.Idea;
import org.idealoop.domain.idea.IdeaChanged;
import org.idealoop.domain.member.Member;
import org.idealoop.domain.team.ProductTeam;
import org.idealoop.domain.team.TeamRepository;
import org.idealoop.domain.webhook.WebhookEvents;
import org.idealoop.domain.workflow.IdeaEvent;
import org.idealoop.domain.workflow.IdeaEventDraft;
import org.idealoop.domain.workflow.WorkflowRepository;

/**
 * Stores the timeline entry an idea's verb recorded and publishes it in the caller's transaction: to the people
 * told (in-app, and mail through the notification outbox), to webhooks (their outbox) and to search. Nothing here
 * waits for SMTP, HTTP or Elasticsearch.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class IdeaEventPublisher {

    private static final Logger LOG = Logger.getLogger(IdeaEventPublisher.class.getName());

    @Inject
    WorkflowRepository workflow;

    @Inject
    TeamRepository teams;

    @Inject
    WebhookEvents webhooks;

    @Inject
    Event<IdeaChanged> ideaChanged;

    /** A change the idea's followers (and its team's) hear of: a status change, a merge, an unmerge. */
    public IdeaEvent toFollowers(IdeaEventDraft draft, Idea idea, Member actor) {
        long eventId = workflow.addEvent(draft);
        int told = workflow.notifyFollowers(eventId, idea.number(), idea.teamId(), actor.id(), draft.at());
        LOG.fine(() -> "Event " + eventId + " told " + told + " followers");
        return published(eventId, idea, actor);
    }

    /** A move to another team: the members of the team it arrives at are told. */
    public IdeaEvent toNewTeam(IdeaEventDraft draft, Idea idea, Member actor) {
        long eventId = workflow.addEvent(draft);
        idea.teamId().ifPresent(team -> workflow.notifyTeam(eventId, idea.number(), team, actor.id(), draft.at()));
        return published(eventId, idea, actor);
    }

    /** An entry only for the timeline, told to no one (on the idea a merge brought votes to). */
    public void record(IdeaEventDraft draft) {
        workflow.addEvent(draft);
    }

    private IdeaEvent published(long eventId, Idea idea, Member actor) {
        IdeaEvent event = workflow.event(eventId).orElseThrow();
        webhooks.ideaEvent(event, idea, idea.teamId(), idea.teamId().flatMap(this::team), actor);
        ideaChanged.fire(new IdeaChanged(idea.number()));
        return event;
    }

    /** A product team by id (empty when it is gone). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ProductTeam> team(long id) {
        return teams.all().stream().filter(t -> t.id() == id).findFirst();
    }
}
