package org.idealoop.interfaces.web.moderation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.idealoop.application.ModerationService;
import org.idealoop.domain.ConflictException;
import org.idealoop.domain.ForbiddenException;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.NotFoundException;
import org.idealoop.interfaces.web.Pages;

/** /moderation: the queue of flagged and held items with one-click actions. */
@Named
@RequestScoped
public class ModerationBacking {

    @Inject
    ModerationService moderation;

    private List<ModerationService.QueueEntry> queue;
    private String reason;

    public List<ModerationService.QueueEntry> getQueue() {
        if (queue == null) {
            queue = moderation.queue(100);
        }
        return queue;
    }

    public void act(String action, String type, long id, long version) {
        try {
            moderation.act(new ModerationService.ActionRequest(action, type, id, reason, version, null, null, null, null,
                    null, null, null));
            Pages.info("moderation.done");
            reason = null;
        } catch (InvalidFieldException e) { // includes conflicts
            Pages.error(e.messageKey());
        } catch (ForbiddenException e) {
            Pages.error(e.messageKey());
        } catch (NotFoundException e) {
            Pages.error("moderation.conflict");
        }
        queue = null;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
