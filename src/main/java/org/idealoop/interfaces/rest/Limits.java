package org.idealoop.interfaces.rest;

import org.idealoop.domain.InvalidFieldException;

/** The {@code limit} query parameter: a whole number from 1 to 100. */
final class Limits {

    static final int MAX = 100;

    private Limits() {
    }

    static int parse(String text) {
        try {
            int limit = Integer.parseInt(text.strip());
            if (limit >= 1 && limit <= MAX) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidFieldException("limit", "api.limit.range");
    }
}
