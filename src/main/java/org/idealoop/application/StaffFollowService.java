package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.NotFoundException;
import org.idealoop.domain.member.Member;
import org.idealoop.domain.member.MemberRepository;

/** Customers follow staff members to see their official answers. */
@ApplicationScoped
@Transactional
public class StaffFollowService {

    @Inject
    MemberRepository members;

    public void follow(long followerId, long staffId) {
        Member staff = members.findById(staffId).filter(Member::isActive)
                .orElseThrow(() -> new NotFoundException("member " + staffId));
        if (!staff.isStaff()) {
            throw new InvalidFieldException("memberId", "follow.not-staff");
        }
        if (staffId == followerId) {
            throw new InvalidFieldException("memberId", "follow.self");
        }
        members.follow(followerId, staffId);
    }

    public void unfollow(long followerId, long staffId) {
        members.unfollow(followerId, staffId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean follows(long followerId, long staffId) {
        return members.follows(followerId, staffId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Member> followedBy(long followerId) {
        return members.followedBy(followerId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long followerCount(long memberId) {
        return members.followerCount(memberId);
    }
}
