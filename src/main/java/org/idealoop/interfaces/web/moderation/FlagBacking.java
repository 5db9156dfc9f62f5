package org.idealoop.interfaces.web.moderation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.idealoop.application.FlagService;
import org.idealoop.domain.moderation.FlagReason;

/**
 * The flag form that idea pages and /stories include once (WEB-INF/includes/flag.xhtml): a
 * {@code <il:flag>} control on an item opens it for that item; sending it flags the item. A refusal
 * (flagged twice, "other" without a note) is shown beside its field by the page's error handler.
 */
@Named
@ViewScoped
public class FlagBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FlagService flags;

    private String type;
    private Long id;
    private String reason;
    private String text;
    private Long duplicateOf;
    private boolean sent;

    /** The control of an item was pressed: the form starts empty, for that item. */
    public void open(String type, long id) {
        this.type = type;
        this.id = id;
        reason = null;
        text = null;
        duplicateOf = null;
        sent = false;
    }

    public void send() {
        flags.flag(type, id, reason, text, FlagReason.DUPLICATE.id().equals(reason) ? duplicateOf : null);
        sent = true;
    }

    /** Flagged: the form thanks the member instead of asking again. */
    public boolean isSent() {
        return sent;
    }

    public List<String> getReasons() {
        return Arrays.stream(FlagReason.values()).map(FlagReason::id).toList();
    }

    public boolean isDuplicate() {
        return FlagReason.DUPLICATE.id().equals(reason);
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getDuplicateOf() {
        return duplicateOf;
    }

    public void setDuplicateOf(Long duplicateOf) {
        this.duplicateOf = duplicateOf;
    }
}
