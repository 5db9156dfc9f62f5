package org.idealoop.domain.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

public interface NotificationRepository {

    List<Notification> newest(long memberId, int limit);

    int unreadCount(long memberId);

    /** Marks these (or, when empty, all) of the member's notifications read; returns how many changed. */
    int markRead(long memberId, Collection<Long> ids, Instant at);

    EmailFrequency emailFrequency(long memberId);

    void setEmailFrequency(long memberId, EmailFrequency frequency);

    /** A secret of the install, made on first use and kept in the database. */
    String secret(String name);
}
