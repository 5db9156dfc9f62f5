package org.idealoop.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.notification.EmailFrequency;
import org.idealoop.domain.notification.Notification;
import org.idealoop.domain.notification.NotificationRepository;
import org.idealoop.infrastructure.config.IdealoopConfig;

/** The bell: a member's notifications, what is unread, and how they want them by e-mail. */
@ApplicationScoped
@Transactional
public class NotificationService {

    static final String UNSUBSCRIBE_SECRET = "unsubscribe-links";

    @Inject
    NotificationRepository notifications;

    @Inject
    CurrentMember currentMember;

    @Inject
    @ConfigProperty(name = IdealoopConfig.BASE_URL)
    String baseUrl;

    private final Clock clock = Clock.systemUTC();

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Notification> mine(int limit) {
        return notifications.newest(currentMember.require().id(), Math.max(1, Math.min(limit, 100)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public int unreadCount() {
        return currentMember.find().map(me -> notifications.unreadCount(me.id())).orElse(0);
    }

    /** Marks the listed notifications read, or all of them when the list is empty or absent. */
    public int markRead(List<Long> ids) {
        if (ids != null && ids.stream().anyMatch(id -> id == null || id <= 0)) {
            throw new InvalidFieldException("ids", "notifications.ids.invalid");
        }
        return notifications.markRead(currentMember.require().id(), ids == null ? List.of() : ids, clock.instant());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EmailFrequency emailFrequency() {
        return notifications.emailFrequency(currentMember.require().id());
    }

    public EmailFrequency setEmailFrequency(String id) {
        EmailFrequency frequency = EmailFrequency.fromId(id == null ? "" : id.strip())
                .orElseThrow(() -> new InvalidFieldException("email", "notifications.email.invalid"));
        notifications.setEmailFrequency(currentMember.require().id(), frequency);
        return frequency;
    }

    /** The one-click link in every notification mail; it needs no sign-in. */
    public String unsubscribeLink(long memberId) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + "/unsubscribe?member=" + memberId + "&signature=" + signature(memberId);
    }

    /** Follows an unsubscribe link: a valid signature turns notification mail off. */
    public boolean unsubscribe(String member, String signature) {
        long memberId;
        try {
            memberId = Long.parseLong(member);
        } catch (NumberFormatException | NullPointerException e) {
            return false;
        }
        if (signature == null || !MessageDigest.isEqual(signature(memberId).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII))) {
            return false;
        }
        notifications.setEmailFrequency(memberId, EmailFrequency.NEVER);
        return true;
    }

    private String signature(long memberId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(notifications.secret(UNSUBSCRIBE_SECRET).getBytes(StandardCharsets.UTF_8),
                    "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(("unsubscribe:" + memberId).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
