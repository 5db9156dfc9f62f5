package org.idealoop.domain.priority;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One idea's priority score and every term of it, so staff can follow the arithmetic (docs/ranking.md):
 * <pre>
 * demand   = ln(1 + account value) × √accounts
 * rice     = reach × impact × confidence/100 ÷ effort   (1 while unset)
 * recency  = 0.5^(age in days ÷ 90), age since the last activity
 * priority = demand × (1 + ln(1 + rice)) × (0.5 + 0.5 × recency)
 * </pre>
 */
public record PriorityBreakdown(Demand demand, Optional<Rice> rice, double demandTerm, double riceScore,
                                double riceTerm, double ageDays, double recency, double recencyTerm, double priority) {

    public static final double HALF_LIFE_DAYS = 90;

    public static PriorityBreakdown of(Demand demand, Optional<Rice> rice, Instant lastActivity, Instant now) {
        double value = demand.value().doubleValue();
        double demandTerm = Math.log(1 + Math.max(0, value)) * Math.sqrt(demand.accounts());
        double riceScore = rice.map(Rice::score).orElse(1.0);
        double riceTerm = 1 + Math.log(1 + riceScore);
        double ageDays = Math.max(0, Duration.between(lastActivity, now).toMillis() / 86_400_000.0);
        double recency = Math.pow(0.5, ageDays / HALF_LIFE_DAYS);
        double recencyTerm = 0.5 + 0.5 * recency;
        return new PriorityBreakdown(demand, rice, demandTerm, riceScore, riceTerm, ageDays, recency, recencyTerm,
                demandTerm * riceTerm * recencyTerm);
    }
}
