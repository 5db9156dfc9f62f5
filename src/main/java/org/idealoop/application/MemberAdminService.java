package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.logging.Logger;
import org.idealoop.domain.ConflictException;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.NotFoundException;
import org.idealoop.domain.member.Member;
import org.idealoop.domain.member.MemberRepository;
import org.idealoop.domain.member.Role;

/** Admins manage members: find them, give them roles, disable and enable them. Each change is audited. */
@ApplicationScoped
@Transactional
public class MemberAdminService {

    private static final Logger LOG = Logger.getLogger(MemberAdminService.class.getName());

    public static final int SEARCH_PAGE_SIZE = 25;

    @Inject
    ModerationService audit;

    @Inject
    MemberRepository members;

    @Inject
    CurrentMember currentMember;

    @Inject
    SignedInMembers signedIn;

    public Member assignRoles(long memberId, Set<Role> roles) {
        Member member = members.findById(memberId).filter(m -> !m.isDeleted())
                .orElseThrow(() -> new NotFoundException("member " + memberId));
        if (!roles.contains(Role.ADMIN)) {
            keepAnAdmin(member, "roles");
        }
        String before = new java.util.TreeSet<>(member.roles()).toString();
        member.assignRoles(roles);
        signedIn.forgetAfterCommit(memberId); // the next request has the new roles
        audit.record("roles", org.idealoop.domain.moderation.ContentType.MEMBER, memberId, before,
                new java.util.TreeSet<>(member.roles()).toString());
        LOG.info(() -> "Member " + memberId + " now has roles " + member.roles());
        return member;
    }

    /** A disabled member cannot sign in, and their tokens and sessions stop working at once. */
    public Member setDisabled(long memberId, boolean disabled) {
        Member member = members.findById(memberId).filter(m -> !m.isDeleted())
                .orElseThrow(() -> new NotFoundException("member " + memberId));
        boolean was = member.isDisabled();
        if (disabled) {
            keepAnAdmin(member, "disabled");
            member.disable();
        } else {
            member.enable();
        }
        signedIn.forgetAfterCommit(memberId); // tokens and sessions stop at the next request
        audit.record(disabled ? "disable" : "enable", org.idealoop.domain.moderation.ContentType.MEMBER, memberId,
                "disabled=" + was, "disabled=" + disabled);
        LOG.info(() -> "Member " + memberId + (disabled ? " disabled" : " enabled"));
        return member;
    }

    /**
     * An admin cannot take the admin role from themselves or disable themselves; another admin can. So the
     * install always keeps an active admin: the last one could otherwise lock everybody out of the admin pages,
     * short of a restart with {@code IDEALOOP_ADMIN_EMAIL}.
     */
    private void keepAnAdmin(Member member, String field) {
        if (member.roles().contains(Role.ADMIN)
                && currentMember.find().map(Member::id).filter(member.id()::equals).isPresent()) {
            throw new ConflictException(field, "member.adminSelf");
        }
    }

    /** Admins find members by part of their name or e-mail address, newest first; everyone for no text. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Paged<Member> search(String text, Integer page) {
        currentMember.requireRole(Role.ADMIN);
        if (text != null && text.length() > 500) {
            throw new InvalidFieldException("q", "search.q.length");
        }
        int number = Paged.number(page);
        return Paged.of(members.search(text, (number - 1) * SEARCH_PAGE_SIZE, SEARCH_PAGE_SIZE + 1), number,
                SEARCH_PAGE_SIZE);
    }
}
