package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.idealoop.domain.ForbiddenException;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.insight.Dashboard;
import org.idealoop.domain.insight.DashboardRepository;
import org.idealoop.domain.member.Role;
import org.idealoop.domain.team.ProductTeam;

/** The staff's analytics: the insight dashboard of a team or of the whole install, and the team's ideas export. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DashboardService {

    @Inject
    DashboardRepository dashboards;

    @Inject
    TeamService teams;

    @Inject
    CurrentMember currentMember;

    /**
     * The dashboard of a team (its product managers, admins) or, without a team, of the whole install
     * (admins), for the range [from, to) in ISO dates; the last twelve weeks by default.
     */
    public Dashboard dashboard(String teamSlug, String from, String to) {
        Optional<Long> teamId;
        if (teamSlug == null || teamSlug.isBlank()) {
            currentMember.requireRole(Role.ADMIN);
            teamId = Optional.empty();
        } else {
            teamId = Optional.of(requireExport(teamSlug.strip()).id());
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate end = date(to, "to", today.plusDays(1));
        LocalDate start = date(from, "from", end.minusWeeks(12));
        if (!start.isBefore(end)) {
            throw new InvalidFieldException("from", "insights.range.order");
        }
        if (start.plusYears(5).isBefore(end)) {
            throw new InvalidFieldException("from", "insights.range.long");
        }
        return dashboards.dashboard(teamId, start.atStartOfDay().toInstant(ZoneOffset.UTC),
                end.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    private static LocalDate date(String text, String field, LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(field, "insights.date.invalid");
        }
    }

    /** May the caller export this team's data (its product managers, admins)? Throws otherwise. */
    public ProductTeam requireExport(String teamSlug) {
        ProductTeam team = teams.get(teamSlug);
        if (!teams.canReadInbox(team)) {
            throw new ForbiddenException("inbox.forbidden");
        }
        return team;
    }
}
