package org.idealoop.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.idealoop.application.MemberAdminService;
import org.idealoop.application.MemberService;
import org.idealoop.application.ModerationActionService;
import org.idealoop.application.Paged;
import org.idealoop.application.SanctionService;
import org.idealoop.domain.member.Member;
import org.idealoop.domain.member.Role;
import org.idealoop.domain.moderation.SanctionHistory;
import org.idealoop.interfaces.web.Dates;
import org.idealoop.interfaces.web.Pages;

/**
 * /admin/members: admins find members by part of their name or address (25 a page), and
 * {@code ?member=ID} is one member: their roles, a form per sanction (warn, suspend, ban, lift), each
 * with its own reason, and their sanction record. Roles go through the roles operation's service,
 * sanctions through the moderator's; a refusal (no reason, a past date) is shown beside its field by
 * the page's error handler and nothing is stored. A success reloads the member. View scoped: the
 * forms are rendered for ?member=, which must be known before the view param is applied on a post.
 */
@Named
@ViewScoped
public class MembersAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MemberService members;

    @Inject
    MemberAdminService memberAdmin;

    @Inject
    ModerationActionService moderation;

    @Inject
    SanctionService sanctions;

    private String q;
    private Integer page;
    private Long member;

    // Read again after the view is restored: entities stay out of the view state.
    private transient Paged<Member> found;
    private transient Member selected;
    private transient List<SanctionHistory.Entry> history;

    private List<String> roles;
    private String warnReason;
    private String suspendReason;
    private String until;
    private String banReason;
    private String liftReason;

    /** The view action: the member asked for (an unknown one is the 404 page), or a page of the search. */
    public void load() {
        if (member != null) {
            getSelected();
        } else {
            found = memberAdmin.search(q, page);
        }
    }

    public void saveRoles() {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        getRoles().forEach(name -> chosen.add(Role.valueOf(name)));
        memberAdmin.assignRoles(member, chosen);
        done("admin.members.roles.saved");
    }

    public void warn() {
        sanction("warn", warnReason, null);
    }

    public void suspend() {
        sanction("suspend", suspendReason, Dates.startOfDay(until));
    }

    public void ban() {
        sanction("ban", banReason, null);
    }

    public void lift() {
        sanction("lift", liftReason, null);
    }

    private void sanction(String action, String reason, String end) {
        moderation.act(new ModerationActionService.ActionRequest(action, "member", member, reason, null, null, null, null,
                null, null, end, null));
        String key = "admin.members.done." + action; // admin.members.done.warn, .suspend, .ban, .lift
        done(key);
    }

    private void done(String key) {
        Pages.info(key);
        Pages.keepMessages();
        Pages.redirect("/admin/members?member=" + member);
    }

    /** The member of ?member=, read once per request. */
    public Member getSelected() {
        if (selected == null && member != null) {
            selected = members.get(member);
        }
        return selected;
    }

    public List<SanctionHistory.Entry> getHistory() {
        if (history == null && member != null) {
            history = sanctions.sanctions(member);
        }
        return history;
    }

    public Paged<Member> getFound() {
        return found;
    }

    public Instant getNow() {
        return Instant.now();
    }

    /** Every role, in the order of the enum: the checkboxes. */
    public List<String> getAllRoles() {
        return Arrays.stream(Role.values()).map(Role::name).toList();
    }

    /** A member's roles in the enum's order, for the list. */
    public List<String> rolesOf(Member m) {
        return m.roles().stream().sorted().map(Role::name).toList();
    }

    /** The link to another page of the same search. */
    public String pageLink(int number) {
        return ListLinks.searchPage("/admin/members", q, number);
    }

    /** The link to one member; its page leads back to this search. */
    public String memberLink(long id) {
        return ListLinks.item("/admin/members", "member", id, q, page);
    }

    /** The checked roles: as sent, else the member's own. */
    public List<String> getRoles() {
        if (roles == null) {
            roles = getSelected() == null ? List.of() : rolesOf(getSelected());
        }
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? null : roles.stream().distinct().collect(Collectors.toList());
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    public Long getMember() {
        return member;
    }

    public void setMember(Long member) {
        this.member = member;
    }

    public String getWarnReason() {
        return warnReason;
    }

    public void setWarnReason(String warnReason) {
        this.warnReason = warnReason;
    }

    public String getSuspendReason() {
        return suspendReason;
    }

    public void setSuspendReason(String suspendReason) {
        this.suspendReason = suspendReason;
    }

    public String getUntil() {
        return until;
    }

    public void setUntil(String until) {
        this.until = until;
    }

    public String getBanReason() {
        return banReason;
    }

    public void setBanReason(String banReason) {
        this.banReason = banReason;
    }

    public String getLiftReason() {
        return liftReason;
    }

    public void setLiftReason(String liftReason) {
        this.liftReason = liftReason;
    }
}
