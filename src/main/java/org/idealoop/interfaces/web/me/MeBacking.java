package org.idealoop.interfaces.web.me;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.idealoop.application.AuthenticationService;
import org.idealoop.application.AvatarService;
import org.idealoop.application.CurrentMember;
import org.idealoop.application.MemberService;
import org.idealoop.application.PersonalTokenService;
import org.idealoop.application.StaffFollowService;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.NotFoundException;
import org.idealoop.domain.member.Member;
import org.idealoop.domain.member.MemberToken;
import org.idealoop.interfaces.security.IdealoopAuthentication;
import org.idealoop.interfaces.web.Pages;

/** /me: the signed-in member's settings. */
@Named
@RequestScoped
public class MeBacking {

    @Inject
    CurrentMember currentMember;

    @Inject
    MemberService members;

    @Inject
    AvatarService avatars;

    @Inject
    PersonalTokenService tokens;

    @Inject
    StaffFollowService staffFollows;

    @Inject
    IdealoopAuthentication authentication;

    @Inject
    org.idealoop.application.IdeaService ideas;

    private String currentPassword;
    private String newPassword;
    private String newEmail;
    private String emailPassword;
    private String deletePassword;
    private String tokenName;
    private String createdToken;
    private Part avatar;

    public Member getMember() {
        return currentMember.require();
    }

    public boolean isAvatarUploaded() {
        return avatars.hasAvatar(getMember().id());
    }

    public List<MemberToken> getTokens() {
        return tokens.personalTokens(getMember().id());
    }

    public List<org.idealoop.domain.idea.Idea> getFollowedIdeas() {
        return ideas.followedByMe(50);
    }

    public String path(org.idealoop.domain.idea.Idea idea) {
        return org.idealoop.domain.idea.Slug.path(idea.number(), idea.title());
    }

    public List<Member> getFollowing() {
        return staffFollows.followedBy(getMember().id());
    }

    public void resendVerification() {
        members.resendVerification(getMember().id());
        Pages.info("me.resent");
    }

    public void changePassword() {
        try {
            Member changed = members.changePassword(getMember().id(), currentPassword, newPassword);
            authentication.renewCredentialStamp(Pages.request(), changed);
            Pages.info("me.password.done");
        } catch (InvalidFieldException e) {
            Pages.fieldError("password", e);
        }
    }

    public void changeEmail() {
        try {
            members.requestEmailChange(getMember().id(), newEmail, emailPassword);
            Pages.info("me.email.done", newEmail.strip());
            newEmail = null;
        } catch (InvalidFieldException e) {
            String field = "currentPassword".equals(e.field()) ? "emailPassword"
                    : "email".equals(e.field()) ? "newEmail" : e.field();
            Pages.fieldError("emailForm", new InvalidFieldException(field, e.messageKey()));
        } catch (org.idealoop.domain.member.ThrottledException e) {
            Pages.throttled("emailForm:newEmail", e);
        }
    }

    public void uploadAvatar() {
        try {
            if (avatar == null || avatar.getSize() == 0) {
                throw new InvalidFieldException("avatar", "member.avatar.missing");
            }
            if (avatar.getSize() > AvatarService.MAX_AVATAR_BYTES) {
                throw new InvalidFieldException("avatar", "member.avatar.large");
            }
            try (InputStream in = avatar.getInputStream()) {
                avatars.setAvatar(getMember().id(), in.readAllBytes(), avatar.getContentType());
            }
            Pages.info("me.avatar.done");
        } catch (InvalidFieldException e) {
            Pages.fieldError("avatarForm", e);
        } catch (IOException e) {
            Pages.fieldError("avatarForm:avatar", "member.avatar.missing");
        }
    }

    public void removeAvatar() {
        avatars.removeAvatar(getMember().id());
    }

    public void createToken() {
        try {
            AuthenticationService.IssuedToken token = tokens.createPersonalToken(getMember().id(), tokenName);
            createdToken = token.secret();
            tokenName = null;
        } catch (InvalidFieldException e) {
            Pages.fieldError("tokens", e);
        } catch (org.idealoop.domain.member.ThrottledException e) {
            Pages.throttled("tokens:name", e);
        }
    }

    public void revokeToken(long id) {
        try {
            tokens.revokePersonalToken(getMember().id(), id);
        } catch (NotFoundException alreadyGone) {
            // revoked in another tab: nothing left to do
        }
    }

    public void deleteAccount() {
        try {
            members.deleteAccount(getMember().id(), deletePassword);
            authentication.signOut(Pages.request(), Pages.response());
            Pages.redirect("/");
        } catch (InvalidFieldException e) {
            Pages.fieldError("delete", "currentPassword".equals(e.field())
                    ? new InvalidFieldException("deletePassword", e.messageKey()) : e);
        }
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getEmailPassword() {
        return emailPassword;
    }

    public void setEmailPassword(String emailPassword) {
        this.emailPassword = emailPassword;
    }

    public String getDeletePassword() {
        return deletePassword;
    }

    public void setDeletePassword(String deletePassword) {
        this.deletePassword = deletePassword;
    }

    public String getTokenName() {
        return tokenName;
    }

    public void setTokenName(String tokenName) {
        this.tokenName = tokenName;
    }

    public String getCreatedToken() {
        return createdToken;
    }

    public Part getAvatar() {
        return avatar;
    }

    public void setAvatar(Part avatar) {
        this.avatar = avatar;
    }
}
