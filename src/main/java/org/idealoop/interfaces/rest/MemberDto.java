package org.idealoop.interfaces.rest;

import java.util.List;
import org.idealoop.domain.member.Member;
import org.idealoop.domain.member.Role;

/** A member as the public sees them: no e-mail, no secrets. */
public record MemberDto(long id, String displayName, String initials, boolean staff, List<String> roles,
                        List<String> teams, String joined, String avatarUrl) {

    static MemberDto of(Member member, List<String> teams, boolean hasAvatar) {
        return new MemberDto(member.id(), member.displayName(), member.initials(), member.isStaff(),
                member.roles().stream().filter(Role::isStaff).map(Role::name).sorted().toList(),
                teams, member.createdAt().toString(),
                hasAvatar ? "/api/v1/members/" + member.id() + "/avatar" : null);
    }
}
