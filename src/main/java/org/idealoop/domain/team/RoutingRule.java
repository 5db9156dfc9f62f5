package org.idealoop.domain.team;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.category.Tag;

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

    public boolean matchesTag(String tagSlug) {
        return TAG.equals(kind) && value.equals(tagSlug);
    }

    /**
     * The rule that routes an idea: the first rule naming one of its tags (in the order of the tags),
     * else the first keyword rule found in its title or body.
     */
    public static Optional<RoutingRule> firstMatch(List<RoutingRule> rules, String title, String body,
                                                   List<String> tagSlugs) {
        for (String tag : tagSlugs) {
            for (RoutingRule rule : rules) {
                if (rule.matchesTag(tag)) {
                    return Optional.of(rule);
                }
            }
        }
        String text = (title == null ? "" : title) + "\n" + (body == null ? "" : body);
        return rules.stream().filter(r -> r.matchesText(text)).findFirst();
    }

    /**
     * The value a rule of this kind stores, or a refusal of a value that could never match: blank, only
     * punctuation and spaces, shorter than 2 or longer than 80 characters. Tags are stored as slugs,
     * keywords lower case.
     */
    public static String valueOf(String kind, String value) {
        if (!TAG.equals(kind) && !KEYWORD.equals(kind)) {
            throw new InvalidFieldException("kind", "team.rule.kind");
        }
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (v.isEmpty()) {
            throw new InvalidFieldException("value", "team.rule.value.required");
        }
        if (v.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new InvalidFieldException("value", "team.rule.value.punctuation");
        }
        if (TAG.equals(kind)) {
            v = Tag.slugOf(v);
        }
        if (v.length() < 2 || v.length() > 80) {
            throw new InvalidFieldException("value", "team.rule.value");
        }
        return v;
    }
}
