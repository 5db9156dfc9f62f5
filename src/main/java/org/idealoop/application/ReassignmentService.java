package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.NotFoundException;
import org.idealoop.domain.category.Category;
import org.idealoop.domain.category.CategoryRepository;
import org.idealoop.domain.idea.Idea;
import org.idealoop.domain.idea.IdeaRepository;
import org.idealoop.domain.member.Member;
import org.idealoop.domain.team.ProductTeam;
import org.idealoop.domain.team.TeamRepository;
import org.idealoop.domain.workflow.IdeaEvent;
import org.idealoop.domain.workflow.IdeaEventDraft;

/** Triage between teams: giving an idea to another team, or filing it under another category (its team follows). */
@ApplicationScoped
@Transactional
public class ReassignmentService {

    private static final Logger LOG = Logger.getLogger(ReassignmentService.class.getName());

    @Inject
    IdeaRepository ideas;

    @Inject
    TeamRepository teams;

    @Inject
    CategoryRepository categories;

    @Inject
    CurrentMember currentMember;

    @Inject
    StaffScope scope;

    @Inject
    IdeaEventPublisher publisher;

    private final Clock clock = Clock.systemUTC();

    /** Gives the idea to another team (null: back to community triage); the new team's members are told. */
    public IdeaEvent reassign(long number, String teamSlug, String message) {
        return reassign(number, teamSlug, null, message);
    }

    /**
     * Moves the idea to another team, or files it under another category (which belongs to a team, so
     * the team follows); the history is kept and the new team's members are told. The idea's team's staff,
     * moderators and admins.
     */
    public IdeaEvent reassign(long number, String teamSlug, String categorySlug, String message) {
        Member me = currentMember.require();
        Idea idea = ideas.lockForChange(number).orElseThrow(() -> new NotFoundException("idea " + number));
        scope.requireCurates(me, idea.teamId(), "status.forbidden");
        Optional<Category> category = categorySlug == null || categorySlug.isBlank()
                ? Optional.empty() : Optional.of(categories.findCategory(categorySlug.strip())
                        .orElseThrow(() -> new InvalidFieldException("category", "idea.category.unknown")));
        Optional<ProductTeam> named = teamSlug == null || teamSlug.isBlank() ? Optional.empty()
                : Optional.of(teams.findBySlug(teamSlug.strip())
                        .orElseThrow(() -> new InvalidFieldException("team", "idea.team.unknown")));
        Optional<ProductTeam> from = idea.teamId().flatMap(publisher::team);
        Instant now = clock.instant();
        IdeaEventDraft move;
        if (category.isPresent()) {
            ProductTeam team = publisher.team(category.get().teamId()).orElseThrow();
            if (named.isPresent() && !named.get().id().equals(team.id())) {
                throw new InvalidFieldException("team", "idea.team.mismatch");
            }
            move = idea.refile(category.get(), team, from, me.id(), message, now);
        } else {
            move = idea.reassign(from, named, me.id(), message, now);
        }
        IdeaEvent event = publisher.toNewTeam(move, idea, me);
        LOG.info(() -> "Idea " + number + " moved from team " + move.from() + " to " + move.to() + " by member " + me.id());
        return event;
    }
}
