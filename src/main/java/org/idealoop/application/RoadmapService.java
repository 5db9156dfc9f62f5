package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.idea.Idea;
import org.idealoop.domain.idea.IdeaStatus;
import org.idealoop.domain.team.TeamRepository;

/** The public boards of teams' ideas: the roadmap by status, and Ideas in Action (delivered ones). */
@ApplicationScoped
@Transactional
public class RoadmapService {

    @Inject
    TeamRepository teams;

    /** Ideas under review, planned, in progress and delivered, of a team (or all teams), for the public roadmap. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Roadmap roadmap(String slug, int limitPerColumn) {
        Optional<Long> teamId = slug == null || slug.isBlank() ? Optional.empty() : Optional.of(teams.findBySlug(slug.strip())
                .orElseThrow(() -> new InvalidFieldException("team", "idea.team.unknown")).id());
        int limit = Math.max(1, Math.min(limitPerColumn, 100));
        return new Roadmap(teams.inStatus(teamId, IdeaStatus.UNDER_REVIEW, limit), teams.inStatus(teamId, IdeaStatus.PLANNED, limit),
                teams.inStatus(teamId, IdeaStatus.IN_PROGRESS, limit), teams.inStatus(teamId, IdeaStatus.DELIVERED, limit));
    }

    public record Roadmap(List<Idea> underReview, List<Idea> planned, List<Idea> inProgress, List<Idea> delivered) {
    }

    /** Ideas in Action: delivered ideas, newest first, with the team's closing message. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Delivered> inAction(int limit) {
        List<Idea> delivered = teams.inStatus(Optional.empty(), IdeaStatus.DELIVERED, Math.max(1, Math.min(limit, 100)));
        java.util.Map<Long, String> messages = teams.deliveryMessages(delivered.stream().map(Idea::number).toList());
        return delivered.stream().map(i -> new Delivered(i, messages.get(i.number()))).toList();
    }

    public record Delivered(Idea idea, String closingMessage) {
    }
}
