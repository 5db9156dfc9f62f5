package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.member.Member;
import org.idealoop.domain.member.MemberRepository;
import org.idealoop.domain.member.Role;
import org.idealoop.domain.moderation.ContentType;
import org.idealoop.domain.team.ProductTeam;
import org.idealoop.domain.team.TeamMembership;
import org.idealoop.domain.team.TeamRepository;

/** A team's staff: admins put product managers on a team, with what each owns, and take them off. */
@ApplicationScoped
@Transactional
public class TeamStaffService {

    @Inject
    TeamService teamService;

    @Inject
    TeamRepository teams;

    @Inject
    MemberRepository members;

    @Inject
    CurrentMember currentMember;

    @Inject
    ModerationService audit;

    /** Staffs a team: the member must be staff; what they own is shown in the staff directory. */
    public void addMember(String slug, long memberId, String owns) {
        currentMember.requireRole(Role.ADMIN);
        ProductTeam team = teamService.get(slug);
        Member member = members.findById(memberId).filter(Member::isActive)
                .orElseThrow(() -> new InvalidFieldException("member", "team.member.unknown"));
        if (!member.isStaff()) {
            throw new InvalidFieldException("member", "team.member.notStaff");
        }
        String what = owns == null ? "" : owns.strip();
        if (what.length() > 200) {
            throw new InvalidFieldException("owns", "team.owns.length");
        }
        teams.addMember(new TeamMembership(team.id(), memberId, what));
        audit.record("team_member_add", ContentType.TEAM, team.id(), null, "member=" + memberId + " owns=" + what);
    }

    public void removeMember(String slug, long memberId) {
        currentMember.requireRole(Role.ADMIN);
        ProductTeam team = teamService.get(slug);
        teams.removeMember(team.id(), memberId);
        audit.record("team_member_remove", ContentType.TEAM, team.id(), "member=" + memberId, null);
    }

    /** The team's staff with what each owns, by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StaffEntry> staff(String slug) {
        ProductTeam team = teamService.get(slug);
        return teams.memberships().stream().filter(m -> m.teamId() == team.id())
                .flatMap(m -> members.findById(m.memberId()).stream().map(member -> new StaffEntry(member, m.owns())))
                .sorted(java.util.Comparator.comparing(e -> e.member().displayName().toLowerCase(Locale.ROOT)))
                .toList();
    }

    public record StaffEntry(Member member, String owns) {
    }

    /** Product managers whose name or e-mail address contains the text (admins, to staff a team). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Member> productManagersMatching(String text) {
        currentMember.requireRole(Role.ADMIN);
        String t = text == null ? "" : text.strip();
        if (t.length() < 2 || t.length() > 100) {
            throw new InvalidFieldException("member", "team.member.search");
        }
        return members.search(t, Role.PRODUCT_MANAGER, 20);
    }
}
