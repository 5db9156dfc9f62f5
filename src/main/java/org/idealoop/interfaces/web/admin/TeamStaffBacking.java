package org.idealoop.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.idealoop.application.TeamStaffService;
import org.idealoop.domain.member.Member;
import org.idealoop.interfaces.web.Pages;

/** The staff part of /admin/team ({@link TeamAdminBacking}): who is on the team, finding product managers to add. */
@Named
@ViewScoped
public class TeamStaffBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TeamStaffService staffService;

    @Inject
    TeamAdminBacking page;

    private String memberQuery;
    private String owns;
    private transient List<Member> candidates;
    private transient List<TeamStaffService.StaffEntry> staff;

    /** Lists the product managers whose name or address contains the text; none is answered beside the box. */
    public void search() {
        candidates = staffService.productManagersMatching(memberQuery);
        if (candidates.isEmpty()) {
            Pages.fieldError("staff:member", "admin.team.staff.noMatch", memberQuery.strip());
        }
    }

    public void addMember(long memberId) {
        staffService.addMember(page.getTeam(), memberId, owns);
        String name = candidates == null ? "" : candidates.stream().filter(m -> m.id() == memberId)
                .map(Member::displayName).findFirst().orElse("");
        page.done("admin.team.staff.added", name);
    }

    public void removeMember(long memberId) {
        staffService.removeMember(page.getTeam(), memberId);
        page.done("admin.team.staff.removed");
    }

    public List<TeamStaffService.StaffEntry> getStaff() {
        if (staff == null) {
            staff = staffService.staff(page.getTeam());
        }
        return staff;
    }

    /** The staff member asked about (being taken off the team), or null. */
    public TeamStaffService.StaffEntry getPickedMember() {
        String confirming = page.confirming();
        return confirming == null || !confirming.startsWith("member-") ? null : getStaff().stream()
                .filter(e -> confirming.equals("member-" + e.member().id())).findFirst().orElse(null);
    }

    public List<Member> getCandidates() {
        return candidates;
    }

    public String getMemberQuery() {
        return memberQuery;
    }

    public void setMemberQuery(String memberQuery) {
        this.memberQuery = memberQuery;
    }

    public String getOwns() {
        return owns;
    }

    public void setOwns(String owns) {
        this.owns = owns;
    }
}
