package org.idealoop.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.idealoop.application.TeamService;
import org.idealoop.application.WebhookService;
import org.idealoop.domain.team.ProductTeam;
import org.idealoop.domain.webhook.Webhook;
import org.idealoop.domain.webhook.WebhookDelivery;
import org.idealoop.interfaces.web.Pages;

/**
 * /admin/webhooks: the webhooks with how their deliveries fare, a form to add one, per webhook a test send,
 * disable or enable and remove, and (from ?webhook=) its delivery log a page at a time with a replay per
 * delivery. A refusal (a URL that is not http(s) or not public) is shown beside its field by the
 * DomainErrorHandler.
 */
@Named
@ViewScoped
public class WebhooksAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE = 20;

    @Inject
    WebhookService webhooks;

    @Inject
    TeamService teams;

    private String url;
    private String team;
    private String secret;

    /** The webhook whose log is shown (from ?webhook=), and the page of it (?before=). */
    private Long webhook;
    private Long before;

    private transient List<Webhook> all;
    private transient Webhook shown;
    private transient List<WebhookDelivery> deliveries;

    /** Loads the picked webhook's log; an unknown webhook is the 404 page. */
    public void load() {
        if (webhook != null) {
            shown = webhooks.get(webhook);
        }
    }

    public void register() {
        WebhookService.Registered registered = webhooks.register(url, team, secret);
        Pages.info("admin.webhooks.added", registered.webhook().url(), registered.secret());
        url = null;
        team = null;
        secret = null;
        all = null;
    }

    public void sendTest(long id) {
        long delivery = webhooks.sendTest(id);
        Pages.info("admin.webhooks.testQueued", Long.toString(delivery));
        reset();
    }

    public void setActive(long id, boolean active) {
        Webhook changed = webhooks.setActive(id, active);
        Pages.info(active ? "admin.webhooks.enabled" : "admin.webhooks.disabled", changed.url());
        reset();
    }

    public void remove(long id) {
        webhooks.remove(id);
        Pages.info("admin.webhooks.removed");
        if (webhook != null && webhook == id) {
            webhook = null;
            shown = null;
        }
        reset();
    }

    public void replay(long deliveryId) {
        long replayed = webhooks.replay(deliveryId);
        Pages.info("admin.webhooks.replayed", Long.toString(deliveryId), Long.toString(replayed));
        reset();
    }

    private void reset() {
        all = null;
        deliveries = null;
    }

    public List<Webhook> getWebhooks() {
        if (all == null) {
            all = webhooks.all();
        }
        return all;
    }

    public List<ProductTeam> getTeams() {
        return teams.all();
    }

    /** The webhook whose log is shown, null when none is picked. */
    public Webhook getShown() {
        if (shown == null && webhook != null) {
            shown = webhooks.get(webhook);
        }
        return shown;
    }

    public List<WebhookDelivery> getDeliveries() {
        if (deliveries == null) {
            deliveries = webhook == null ? List.of() : webhooks.deliveries(webhook, before, PAGE);
        }
        return deliveries;
    }

    /** Older deliveries exist when this page is full. */
    public Long getNextBefore() {
        List<WebhookDelivery> page = getDeliveries();
        return page.size() < PAGE ? null : page.get(page.size() - 1).id();
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }

    public Long getWebhook() {
        return webhook;
    }

    public void setWebhook(Long webhook) {
        this.webhook = webhook;
    }

    public Long getBefore() {
        return before;
    }

    public void setBefore(Long before) {
        this.before = before;
    }
}
