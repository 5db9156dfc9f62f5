package org.idealoop.interfaces.web.ideas;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Optional;
import org.idealoop.application.PriorityService;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.idea.Idea;
import org.idealoop.domain.priority.PriorityBreakdown;
import org.idealoop.domain.priority.RiceEstimate;

/**
 * The idea page's "Why this score" box, for those who manage the idea (its team's product managers,
 * admins): the priority score's terms and arithmetic, demand by segment, and the RICE form. Members
 * never get it rendered, and the service refuses them anyway.
 */
@Named
@ViewScoped
public class PriorityBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PriorityService priority;

    @Inject
    IdeaBacking page;

    private String reach;
    private String impact;
    private String confidence;
    private String effort;
    private boolean saved;
    private transient Boolean shown;
    private transient PriorityBreakdown breakdown;
    private transient Optional<RiceEstimate> rice;

    public boolean isShown() {
        if (shown == null) {
            Idea idea = page.getIdea();
            shown = idea != null && priority.canSee(idea);
        }
        return shown;
    }

    public PriorityBreakdown getBreakdown() {
        if (breakdown == null && isShown()) {
            breakdown = priority.breakdown(page.getIdea().number());
        }
        return breakdown;
    }

    public Optional<RiceEstimate> getRice() {
        if (rice == null && isShown()) {
            rice = priority.rice(page.getIdea().number());
            rice.ifPresent(r -> {
                reach = Long.toString(r.rice().reach());
                impact = plain(r.rice().impact());
                confidence = plain(r.rice().confidence());
                effort = plain(r.rice().effort());
            });
        }
        return rice == null ? Optional.empty() : rice;
    }

    public void save() {
        priority.setRice(page.getIdea().number(), whole("reach", reach), decimal("impact", impact),
                decimal("confidence", confidence), decimal("effort", effort));
        breakdown = null;
        rice = null;
        saved = true; // said in the form's polite status region: a global message list fails axe's list rule
    }

    public boolean isSaved() {
        return saved;
    }

    private static Long whole(String field, String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidFieldException(field, "rice." + field + ".invalid");
        }
    }

    private static Double decimal(String field, String text) {
        try {
            // Both 0.5 and 0,5: people type their locale's decimal mark.
            return text == null || text.isBlank() ? null : new BigDecimal(text.strip().replace(',', '.')).doubleValue();
        } catch (NumberFormatException e) {
            throw new InvalidFieldException(field, "rice." + field + ".invalid");
        }
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    public String getReach() {
        getRice();
        return reach;
    }

    public void setReach(String reach) {
        this.reach = reach;
    }

    public String getImpact() {
        getRice();
        return impact;
    }

    public void setImpact(String impact) {
        this.impact = impact;
    }

    public String getConfidence() {
        getRice();
        return confidence;
    }

    public void setConfidence(String confidence) {
        this.confidence = confidence;
    }

    public String getEffort() {
        getRice();
        return effort;
    }

    public void setEffort(String effort) {
        this.effort = effort;
    }
}
