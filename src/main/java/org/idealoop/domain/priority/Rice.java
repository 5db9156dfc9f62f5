package org.idealoop.domain.priority;

import java.math.BigDecimal;
import org.idealoop.domain.InvalidFieldException;

/**
 * A product manager's RICE estimate of an idea: reach (people per quarter, a whole number &ge; 0),
 * impact (any value from 0.25 to 3; the classic scale is 0.25, 0.5, 1, 2, 3), confidence (0 to 100 %)
 * and effort (person-weeks, more than 0). Each rule names its field, so the API and the page can put
 * the message beside it.
 */
public record Rice(long reach, double impact, double confidence, double effort) {

    public static final double MIN_IMPACT = 0.25;
    public static final double MAX_IMPACT = 3;
    public static final double MAX_EFFORT = 10_000;
    public static final long MAX_REACH = 1_000_000_000_000L;

    public Rice {
        if (reach < 0 || reach > MAX_REACH) {
            throw new InvalidFieldException("reach", "rice.reach.invalid");
        }
        if (!(impact >= MIN_IMPACT && impact <= MAX_IMPACT)) {
            throw new InvalidFieldException("impact", "rice.impact.invalid");
        }
        if (!(confidence >= 0 && confidence <= 100)) {
            throw new InvalidFieldException("confidence", "rice.confidence.invalid");
        }
        if (!(effort > 0 && effort <= MAX_EFFORT)) {
            throw new InvalidFieldException("effort", "rice.effort.invalid");
        }
    }

    /** From the request's values; a missing one is refused naming its field. Two decimals are kept. */
    public static Rice of(Long reach, Double impact, Double confidence, Double effort) {
        if (reach == null) {
            throw new InvalidFieldException("reach", "rice.reach.invalid");
        }
        if (impact == null) {
            throw new InvalidFieldException("impact", "rice.impact.invalid");
        }
        if (confidence == null) {
            throw new InvalidFieldException("confidence", "rice.confidence.invalid");
        }
        if (effort == null) {
            throw new InvalidFieldException("effort", "rice.effort.invalid");
        }
        return new Rice(reach, round(impact), round(confidence), round(effort));
    }

    private static double round(double value) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP).doubleValue()
                : value;
    }

    /** reach × impact × confidence ÷ 100 ÷ effort. */
    public double score() {
        return reach * impact * confidence / 100 / effort;
    }
}
