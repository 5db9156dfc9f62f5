package org.idealoop.infrastructure.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.idealoop.domain.idea.Idea;
import org.idealoop.domain.idea.Slug;
import org.idealoop.domain.member.Member;
import org.idealoop.domain.team.ProductTeam;
import org.idealoop.domain.webhook.WebhookEvents;
import org.idealoop.domain.workflow.IdeaEvent;
import org.idealoop.infrastructure.config.IdealoopConfig;

/**
 * Webhook payloads of idea events, queued in the {@link WebhookOutbox} in the caller's transaction. The JSON is
 * the documented webhook format: event, eventId, idea (number, title, url), team, from, to, message, actor,
 * createdAt.
 */
@ApplicationScoped
@Transactional
public class OutboxWebhookEvents implements WebhookEvents {

    @Inject
    WebhookOutbox outbox;

    @Inject
    @ConfigProperty(name = IdealoopConfig.BASE_URL)
    String baseUrl;

    @Override
    public void ideaEvent(IdeaEvent event, Idea idea, Optional<Long> teamId, Optional<ProductTeam> team,
                          Member actor) {
        outbox.enqueue(event.id(), teamId.orElse(null), payload(event, idea, team, actor));
    }

    String payload(IdeaEvent event, Idea idea, Optional<ProductTeam> team, Member actor) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("event", "idea." + switch (event.kind()) {
                    case STATUS -> "status_changed";
                    case TEAM -> "reassigned";
                    case MERGE -> "merged";
                    case MERGED_IN -> "merged_in";
                    case UNMERGE -> "unmerged";
                })
                .add("eventId", event.id())
                .add("idea", Json.createObjectBuilder()
                        .add("number", idea.number())
                        .add("title", idea.title())
                        .add("url", link(Slug.path(idea.number(), idea.title()))));
        if (team.isPresent()) {
            json.add("team", team.get().slug());
        } else {
            json.addNull("team");
        }
        add(json, "from", event.from());
        add(json, "to", event.to());
        add(json, "message", event.message());
        return json.add("actor", actor.displayName())
                .add("createdAt", event.createdAt().toString())
                .build().toString();
    }

    private static void add(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }

    String link(String path) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + path;
    }
}
