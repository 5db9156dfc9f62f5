package org.idealoop.interfaces.web.members;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.idealoop.application.AvatarService;
import org.idealoop.application.CurrentMember;
import org.idealoop.application.IdeaService;
import org.idealoop.application.MemberService;
import org.idealoop.application.StaffDirectory;
import org.idealoop.application.StaffFollowService;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.idea.Idea;
import org.idealoop.domain.member.Member;
import org.idealoop.interfaces.web.Pages;

/** /member?id=N: a member's public profile. */
@Named
@RequestScoped
public class MemberBacking {

    @Inject
    MemberService members;

    @Inject
    AvatarService avatars;

    @Inject
    StaffFollowService staffFollows;

    @Inject
    StaffDirectory staff;

    @Inject
    IdeaService ideas;

    @Inject
    CurrentMember currentMember;

    @Inject
    org.idealoop.application.CommentService comments;

    private Long id;
    private Member member;

    /** View action: unknown members answer 404. */
    public void load() {
        member = id == null ? null : members.find(id).orElse(null);
        if (member == null) {
            Pages.response().setStatus(404);
        }
    }

    public Member getMember() {
        return member;
    }

    public boolean isAvatarUploaded() {
        return member != null && avatars.hasAvatar(member.id());
    }

    public List<String> getTeams() {
        return member == null ? List.of() : staff.teamsOf(member.id());
    }

    public List<Idea> getIdeas() {
        return member == null ? List.of() : ideas.byAuthor(member.id(), 50);
    }

    public List<org.idealoop.domain.comment.Comment> getComments() {
        return member == null ? List.of() : comments.byAuthor(member.id(), 20);
    }

    public String ideaPath(long number) {
        return "/ideas/" + number;
    }

    public long getFollowers() {
        return member == null ? 0 : staffFollows.followerCount(member.id());
    }

    public boolean isFollowable() {
        return member != null && member.isStaff() && currentMember.isSignedIn()
                && !currentMember.id().equals(Optional.ofNullable(member.id()));
    }

    public boolean isFollowing() {
        return isFollowable() && staffFollows.follows(currentMember.require().id(), member.id());
    }

    public void follow() {
        try {
            staffFollows.follow(currentMember.require().id(), member.id());
        } catch (InvalidFieldException e) {
            Pages.error(e.messageKey());
        }
    }

    public void unfollow() {
        staffFollows.unfollow(currentMember.require().id(), member.id());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
