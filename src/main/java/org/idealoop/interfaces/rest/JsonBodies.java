package org.idealoop.interfaces.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.text.PlainText;

/**
 * The one way the API reads JSON bodies into its request records: strictly. A value of the wrong
 * type, a number with a fraction where a whole one is wanted, a number out of range, a string with a
 * control character or a lone surrogate is refused with the field's name; nothing is coerced, rounded
 * or wrapped. Fields the record does not have are ignored (no mass assignment: records only hold
 * what a caller may set).
 */
final class JsonBodies {

    /** Longer number literals are refused before any arithmetic (1e400 and 400-digit numbers alike). */
    private static final int MAX_NUMBER_TEXT = 40;
    /** Found once: {@code Json.createReader} looks the provider up through the service loader at every call. */
    private static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();

    private JsonBodies() {
    }

    /** Parses a whole body; blank bodies are null (each operation says what it needs). */
    static JsonValue parse(String text) {
        if (text.isBlank()) {
            return null;
        }
        try (jakarta.json.JsonReader reader = JSON.createReader(new StringReader(text))) {
            return reader.readValue();
        } catch (JsonParsingException | IllegalStateException e) {
            throw new InvalidFieldException(null, "api.body.unreadable");
        } catch (JsonException e) {
            throw new InvalidFieldException(null, "api.body.unreadable");
        }
    }

    /** Binds a parsed body to a request record. */
    static Object bind(JsonValue value, Class<?> type, Type genericType) {
        if (value == null) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidFieldException(null, "api.body.notObject");
        }
        return convert(value, genericType, null);
    }

    private static Object convert(JsonValue value, Type target, String field) {
        Class<?> raw = raw(target);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return raw.isPrimitive() ? zero(raw) : null;
        }
        if (raw == String.class) {
            if (!(value instanceof JsonString string)) {
                throw new InvalidFieldException(field, "api.field.string");
            }
            return PlainText.requireStorable(field, string.getString());
        }
        if (raw == Boolean.class || raw == boolean.class) {
            if (value.getValueType() == JsonValue.ValueType.TRUE) {
                return Boolean.TRUE;
            }
            if (value.getValueType() == JsonValue.ValueType.FALSE) {
                return Boolean.FALSE;
            }
            throw new InvalidFieldException(field, "api.field.boolean");
        }
        if (raw == Long.class || raw == long.class || raw == Integer.class || raw == int.class) {
            BigDecimal number = whole(value, field);
            try {
                if (raw == Long.class || raw == long.class) { // no ?: here: it would promote an Integer to Long
                    return number.longValueExact();
                }
                return number.intValueExact();
            } catch (ArithmeticException tooLarge) {
                throw new InvalidFieldException(field, "api.field.range");
            }
        }
        if (raw == Double.class || raw == double.class) {
            BigDecimal number = number(value, field);
            double d = number.doubleValue();
            if (Double.isInfinite(d)) {
                throw new InvalidFieldException(field, "api.field.range");
            }
            return d;
        }
        if (raw == List.class) {
            if (!(value instanceof JsonArray array)) {
                throw new InvalidFieldException(field, "api.field.array");
            }
            Type element = target instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
            List<Object> items = new ArrayList<>(array.size());
            for (int i = 0; i < array.size(); i++) {
                items.add(convert(array.get(i), element, (field == null ? "" : field) + "[" + i + "]"));
            }
            return items;
        }
        if (raw.isRecord()) {
            if (!(value instanceof JsonObject object)) {
                throw new InvalidFieldException(field, "api.field.object");
            }
            return record(raw, object, field);
        }
        throw new IllegalStateException("No JSON binding for " + target + " (field " + field + ")");
    }

    /** The value a missing primitive takes (no ?: chains: they would promote every branch to one type). */
    private static Object zero(Class<?> primitive) {
        if (primitive == boolean.class) {
            return Boolean.FALSE;
        }
        if (primitive == long.class) {
            return 0L;
        }
        if (primitive == int.class) {
            return 0;
        }
        if (primitive == double.class) {
            return 0d;
        }
        throw new IllegalStateException("No JSON binding for " + primitive);
    }

    private static Object record(Class<?> type, JsonObject object, String prefix) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            String name = components[i].getName();
            types[i] = components[i].getType();
            args[i] = convert(object.get(name), components[i].getGenericType(),
                    prefix == null ? name : prefix + "." + name);
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime; // a record that validates in its constructor names its own field
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + type.getName(), e);
        }
    }

    private static BigDecimal number(JsonValue value, String field) {
        if (!(value instanceof JsonNumber number)) {
            throw new InvalidFieldException(field, "api.field.number");
        }
        if (number.toString().length() > MAX_NUMBER_TEXT) {
            throw new InvalidFieldException(field, "api.field.range");
        }
        return number.bigDecimalValue();
    }

    private static BigDecimal whole(JsonValue value, String field) {
        BigDecimal number = number(value, field);
        if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
            throw new InvalidFieldException(field, "api.field.whole");
        }
        if (number.precision() - number.scale() > 19) {
            throw new InvalidFieldException(field, "api.field.range");
        }
        return number;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }
}
