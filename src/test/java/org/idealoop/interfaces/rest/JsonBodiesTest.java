package org.idealoop.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.idealoop.domain.InvalidFieldException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonBodiesTest {

    record Sample(String title, Long into, Integer stars, Boolean flag, List<String> tags, List<List<String>> pairs,
                  int count) {
    }

    private static Sample read(String json) {
        return (Sample) JsonBodies.bind(JsonBodies.parse(json), Sample.class, Sample.class);
    }

    private static InvalidFieldException refused(String json) {
        return assertThrows(InvalidFieldException.class, () -> read(json));
    }

    @Test
    void readsWellTypedValuesAndIgnoresUnknownFields() {
        Sample sample = read("{\"title\":\"Dark mode\",\"into\":9007199254740993,\"stars\":5,\"flag\":false,"
                + "\"tags\":[\"ui\",\"theme\"],\"pairs\":[[\"new\",\"planned\"]],\"count\":3,\"admin\":true}");
        assertEquals(new Sample("Dark mode", 9007199254740993L, 5, false, List.of("ui", "theme"),
                List.of(List.of("new", "planned")), 3), sample);
    }

    @Test
    void aWholeNumberWrittenWithZerosAfterThePointIsStillWhole() {
        assertEquals(Long.valueOf(7), read("{\"into\":7.000}").into());
        assertEquals(Integer.valueOf(200), read("{\"stars\":2e2}").stars());
    }

    @Test
    void blankBodiesAreNullAndMissingFieldsAreNull() {
        assertNull(JsonBodies.parse("  "));
        Sample empty = read("{}");
        assertNull(empty.title());
        assertEquals(0, empty.count());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"into\":18446744073709551617}|into|api.field.range",
            "{\"into\":1e400}|into|api.field.range",
            "{\"into\":1.5}|into|api.field.whole",
            "{\"into\":\"5\"}|into|api.field.number",
            "{\"stars\":2147483648}|stars|api.field.range",
            "{\"flag\":\"yes\"}|flag|api.field.boolean",
            "{\"flag\":1}|flag|api.field.boolean",
            "{\"title\":5}|title|api.field.string",
            "{\"title\":[\"a\"]}|title|api.field.string",
            "{\"tags\":\"ui\"}|tags|api.field.array",
            "{\"tags\":[\"ui\",3]}|tags[1]|api.field.string",
            "{\"pairs\":[[\"new\",{}]]}|pairs[0][1]|api.field.string",
            "{\"title\":\"a\\u0000b\"}|title|text.characters",
            "{\"title\":\"lone \\uD800\"}|title|text.characters",
    })
    void wrongValuesAreRefusedNamingTheField(String json, String field, String key) {
        InvalidFieldException e = refused(json);
        assertEquals(field, e.field());
        assertEquals(key, e.messageKey());
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "null", "\"x\"", "42", "true"})
    void bodiesThatAreNotObjectsAreRefused(String json) {
        InvalidFieldException e = refused(json);
        assertNull(e.field());
        assertEquals("api.body.notObject", e.messageKey());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":", "not json", "{\"a\" 1}", "{'a':1}"})
    void textThatIsNotJsonIsUnreadable(String json) {
        assertEquals("api.body.unreadable", refused(json).messageKey());
    }
}
