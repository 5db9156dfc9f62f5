package org.idealoop.interfaces.web.moderation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.idealoop.application.FlagService;
import org.idealoop.application.ModerationActionService;
import org.idealoop.interfaces.web.Dates;
import org.idealoop.interfaces.web.Pages;

/**
 * /moderation, the moderator's desk: each flagged or held item with its counted flag reasons, its
 * author's history and its own forms (quick actions, edit, move, merge, sanction of the author), each
 * with its own reason. An action is one service call; a refusal flows to the page's error handler,
 * which shows it beside the field of the form that was sent; a success reloads the desk.
 */
@Named
@RequestScoped
public class ModerationBacking {

    @Inject
    FlagService flags;

    @Inject
    ModerationActionService moderation;

    private List<Item> items;

    public List<Item> getItems() {
        if (items == null) {
            items = flags.queue(100).stream().map(Item::new).toList();
        }
        return items;
    }

    /** An action on the item itself: hide, restore, lock, unlock, pin, unpin, approve, dismiss, edit, move, merge. */
    public void act(Item item, String action) {
        FlagService.QueueEntry e = item.entry;
        moderation.act(new ModerationActionService.ActionRequest(action, e.item().type().id(), e.item().id(), item.reasonOf(action),
                item.version, item.title, item.body, blankToNull(item.team), blankToNull(item.category), item.into,
                null, null));
        done(action);
    }

    /** A sanction on the item's author: warn, suspend (until a date, UTC midnight) or ban. */
    public void sanction(Item item, String action) {
        moderation.act(new ModerationActionService.ActionRequest(action, "member", item.entry.author().memberId(),
                item.sanctionReason, null, null, null, null, null, null, Dates.startOfDay(item.until), null));
        done(action);
    }

    private static void done(String action) {
        String key = "desk.done." + action; // desk.done.hide, desk.done.warn ...
        Pages.info(key);
        Pages.keepMessages();
        Pages.redirect("/moderation");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** One queued item and what the moderator typed into its forms. */
    public static final class Item {

        private final FlagService.QueueEntry entry;
        private String reason;
        private String editReason;
        private String moveReason;
        private String mergeReason;
        private Long version;
        private String title;
        private String body;
        private String team;
        private String category;
        private Long into;
        private String sanctionReason;
        private String until;

        Item(FlagService.QueueEntry entry) {
            this.entry = entry;
            this.version = entry.content().version();
            this.title = entry.content().title();
            this.body = entry.content().body();
        }

        /** Each form has its own reason box; the quick actions share the item's first one. */
        String reasonOf(String action) {
            return switch (action) {
                case "edit" -> editReason;
                case "move" -> moveReason;
                case "merge" -> mergeReason;
                default -> reason;
            };
        }

        public FlagService.QueueEntry getEntry() {
            return entry;
        }

        /** The id of the item's forms and fields: {@code idea-42}. */
        public String getKey() {
            return entry.item().type().id() + "-" + entry.item().id();
        }

        public String getType() {
            return entry.item().type().id();
        }

        public boolean isIdea() {
            return "idea".equals(getType());
        }

        public boolean isStory() {
            return "story".equals(getType());
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public String getEditReason() {
            return editReason;
        }

        public void setEditReason(String editReason) {
            this.editReason = editReason;
        }

        public String getMoveReason() {
            return moveReason;
        }

        public void setMoveReason(String moveReason) {
            this.moveReason = moveReason;
        }

        public String getMergeReason() {
            return mergeReason;
        }

        public void setMergeReason(String mergeReason) {
            this.mergeReason = mergeReason;
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getBody() {
            return body;
        }

        public void setBody(String body) {
            this.body = body;
        }

        public String getTeam() {
            return team;
        }

        public void setTeam(String team) {
            this.team = team;
        }

        public String getCategory() {
            return category;
        }

        public void setCategory(String category) {
            this.category = category;
        }

        public Long getInto() {
            return into;
        }

        public void setInto(Long into) {
            this.into = into;
        }

        public String getSanctionReason() {
            return sanctionReason;
        }

        public void setSanctionReason(String sanctionReason) {
            this.sanctionReason = sanctionReason;
        }

        public String getUntil() {
            return until;
        }

        public void setUntil(String until) {
            this.until = until;
        }
    }
}
