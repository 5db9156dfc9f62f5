package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.idealoop.infrastructure.cache.ReadCache;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.member.Member;
import org.idealoop.domain.member.Role;
import org.idealoop.domain.moderation.AuditLogRepository;
import org.idealoop.domain.moderation.ContentType;
import org.idealoop.domain.moderation.ModerationRepository;
import org.idealoop.infrastructure.config.IdealoopConfig;

/** Whether new members' first posts wait for a moderator's approval: configured, and switched by admins at run time. */
@ApplicationScoped
@Transactional
public class ModerationSettingsService {

    static final String HOLD_SETTING = "moderation.hold-first-posts";

    @Inject
    CurrentMember currentMember;

    @Inject
    ModerationRepository moderation;

    @Inject
    AuditLogRepository auditLog;

    @Inject
    @ConfigProperty(name = IdealoopConfig.HOLD_FIRST_POSTS, defaultValue = "false")
    boolean holdFirstPosts;

    @Inject
    ReadCache cache;

    private final Clock clock = Clock.systemUTC();

    /** The configured default, unless an admin changed it at run time. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isHoldingFirstPosts() {
        if (cache.changedInThisTransaction(ReadCache.Region.MODERATION)) {
            return moderation.setting(HOLD_SETTING).map(Boolean::parseBoolean).orElse(holdFirstPosts);
        }
        return cache.get(ReadCache.Region.MODERATION, HOLD_SETTING,
                () -> moderation.setting(HOLD_SETTING).map(Boolean::parseBoolean).orElse(holdFirstPosts));
    }

    /** Admins turn holding new members' first posts for approval on or off. */
    public boolean holdFirstPosts(Boolean on) {
        Member me = currentMember.requireRole(Role.ADMIN);
        if (on == null) {
            throw new InvalidFieldException("holdFirstPosts", "moderation.setting.required");
        }
        boolean before = isHoldingFirstPosts();
        Instant now = clock.instant();
        cache.evictAfterCommit(ReadCache.Region.MODERATION, HOLD_SETTING);
        moderation.putSetting(HOLD_SETTING, Boolean.toString(on), now);
        auditLog.audit(me.id(), "hold_first_posts", ContentType.SETTINGS, 0, null, Boolean.toString(before),
                Boolean.toString(on), now);
        return on;
    }
}
