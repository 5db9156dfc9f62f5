package org.idealoop.it;

import jakarta.json.JsonObjectBuilder;

/** Builds small JSON request bodies. */
final class Body {

    private Body() {
    }

    static String of(Object... keysAndValues) {
        JsonObjectBuilder object = jakarta.json.Json.createObjectBuilder();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            String key = (String) keysAndValues[i];
            if (value == null) {
                object.addNull(key);
            } else if (value instanceof Boolean b) {
                object.add(key, b);
            } else if (value instanceof Number n) {
                object.add(key, n.longValue());
            } else if (value instanceof java.util.List<?> list) {
                object.add(key, array(list));
            } else {
                object.add(key, String.valueOf(value));
            }
        }
        return object.build().toString();
    }

    /** Numbers stay numbers, lists become nested arrays, anything else a string. */
    private static jakarta.json.JsonArrayBuilder array(java.util.List<?> list) {
        var array = jakarta.json.Json.createArrayBuilder();
        for (Object item : list) {
            if (item instanceof Number n) {
                array.add(n.longValue());
            } else if (item instanceof java.util.List<?> nested) {
                array.add(array(nested));
            } else {
                array.add(String.valueOf(item));
            }
        }
        return array;
    }
}
