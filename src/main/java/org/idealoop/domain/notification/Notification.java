package org.idealoop.domain.notification;

import java.time.Instant;
import org.idealoop.domain.workflow.IdeaEvent;

/** What a member is told in the app: an event on an idea they follow, read or not. */
public record Notification(long id, IdeaEvent event, String ideaTitle, Instant createdAt, boolean read) {
}
