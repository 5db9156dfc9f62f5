package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.idealoop.domain.ForbiddenException;
import org.idealoop.domain.member.Member;
import org.idealoop.domain.member.Role;
import org.idealoop.domain.team.TeamRepository;

/**
 * The one rule of who may act as staff on an idea, comment or story, by the product team that owns it.
 * Every staff action asks here, on pages and on the API alike:
 * <ul>
 * <li><b>manage</b> (move the status, answer officially, set a team's staff fields): admins, and product
 *     managers of the owning team; while an item waits in community triage (no team), any product manager.</li>
 * <li><b>curate</b> (edit, merge, unmerge, reassign): whoever may manage it, and moderators, whose remit is
 *     the whole install.</li>
 * </ul>
 * A product manager of another team is, on that item, a member like any other.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StaffScope {

    @Inject
    TeamRepository teams;

    /** Admins; product managers of the team (of any team while the item is in triage). */
    public boolean manages(Member me, Optional<Long> teamId) {
        if (me.hasRole(Role.ADMIN)) {
            return true;
        }
        if (!me.hasRole(Role.PRODUCT_MANAGER)) {
            return false;
        }
        return teamId.isEmpty() || teams.membershipsOf(me.id()).stream().anyMatch(m -> m.teamId() == teamId.get());
    }

    /** Those who manage the item, and moderators. */
    public boolean curates(Member me, Optional<Long> teamId) {
        return me.hasRole(Role.MODERATOR) || manages(me, teamId);
    }

    public void requireManages(Member me, Optional<Long> teamId, String messageKey) {
        if (!manages(me, teamId)) {
            throw new ForbiddenException(messageKey);
        }
    }

    public void requireCurates(Member me, Optional<Long> teamId, String messageKey) {
        if (!curates(me, teamId)) {
            throw new ForbiddenException(messageKey);
        }
    }
}
