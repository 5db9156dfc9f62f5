package org.idealoop.domain.team;

import java.util.Locale;

/**
 * Sends ideas without a category to a team: by one of their tags ({@code tag}, a tag slug) or by a
 * word in their title or body ({@code keyword}, matched case-insensitively).
 */
public record RoutingRule(long id, long teamId, String kind, String value) {

    public static final String TAG = "tag";
    public static final String KEYWORD = "keyword";

    public boolean matchesText(String text) {
        return KEYWORD.equals(kind) && text != null && text.toLowerCase(Locale.ROOT).contains(value);
    }
}
