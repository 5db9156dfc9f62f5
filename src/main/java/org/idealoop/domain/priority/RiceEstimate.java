package org.idealoop.domain.priority;

import java.time.Instant;

/** A RICE estimate as stored: the values, who set them and when. */
public record RiceEstimate(long ideaNumber, Rice rice, long setBy, String setByName, Instant setAt) {
}
