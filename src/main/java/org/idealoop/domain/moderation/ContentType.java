package org.idealoop.domain.moderation;

import java.util.Locale;
import java.util.Optional;

/**
 * What moderators act on (an idea, a comment, a member; stories arrive with their own issue) and, for
 * the audit log, what admins change (teams, webhooks, settings, the search index, products, tags, customer accounts).
 */
public enum ContentType {
    IDEA, COMMENT, STORY, MEMBER, TEAM, WEBHOOK, SETTINGS, SEARCH, PRODUCT, TAG, ACCOUNT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ContentType> fromId(String id) {
        for (ContentType type : values()) {
            if (type.id().equals(id)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
