package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.idealoop.domain.ConflictException;
import org.idealoop.domain.ForbiddenException;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.NotFoundException;
import org.idealoop.domain.idea.Idea;
import org.idealoop.domain.idea.IdeaRepository;
import org.idealoop.domain.idea.IdeaStatus;
import org.idealoop.domain.member.Member;
import org.idealoop.domain.workflow.WorkflowRepository;

/** "Did this solve it for you?": asked of the voters of a delivered idea. */
@ApplicationScoped
@Transactional
public class OutcomeService {

    @Inject
    WorkflowRepository workflow;

    @Inject
    IdeaRepository ideas;

    @Inject
    CurrentMember currentMember;

    private final Clock clock = Clock.systemUTC();

    /** A voter answers; answering again replaces the answer. Returns the idea's answers so far. */
    public WorkflowService.Outcome answerOutcome(long number, Boolean solved, String comment) {
        Member me = currentMember.requireParticipant();
        Idea idea = ideas.findByNumber(number).orElseThrow(() -> new NotFoundException("idea " + number));
        if (solved == null) {
            throw new InvalidFieldException("solved", "outcome.solved.required");
        }
        if (comment != null && comment.strip().length() > 1_000) {
            throw new InvalidFieldException("comment", "outcome.comment.length");
        }
        if (idea.status() != IdeaStatus.DELIVERED) {
            throw new ConflictException("idea", "outcome.notDelivered");
        }
        if (!workflow.hasVoted(number, me.id())) {
            throw new ForbiddenException("outcome.votersOnly");
        }
        workflow.recordOutcome(number, me.id(), solved, comment == null || comment.isBlank() ? null : comment.strip(),
                clock.instant());
        Idea fresh = ideas.lockForChange(number).orElseThrow(); // read again: the counts were written in SQL
        return WorkflowService.Outcome.of(fresh.outcomeYes(), fresh.outcomeNo());
    }

    /** Whether the signed-in member is asked the outcome question on this idea, and their answer so far. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Optional<Boolean>> outcomeQuestion(Idea idea) {
        if (idea.status() != IdeaStatus.DELIVERED) {
            return Optional.empty();
        }
        return currentMember.find().filter(me -> workflow.hasVoted(idea.number(), me.id()))
                .map(me -> workflow.outcomeOf(idea.number(), me.id()));
    }
}
