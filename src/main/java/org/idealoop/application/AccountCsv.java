package org.idealoop.application;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.idealoop.domain.InvalidFieldException;
import org.idealoop.domain.account.Account;
import org.idealoop.domain.account.Segment;

/**
 * Reads an accounts CSV file: a header naming the columns {@code name,domain,segment,value} in any order
 * (case ignored; other columns are ignored), then one account per row. Every row is checked with the
 * rules of {@link Account}; a row breaking one is rejected with its row number (the header is row 1),
 * the field and the message key. Two rows with one domain (or, without a domain, one name) are both
 * rejected, each naming the other's row. A file that cannot be read as a whole (not UTF-8, no header, a
 * missing column, too big, too many rows, broken quoting) is refused with {@link InvalidFieldException}
 * on the field {@code file}.
 */
final class AccountCsv {

    static final int MAX_BYTES = 1 << 20;
    static final int MAX_ROWS = 10_000;
    static final List<String> COLUMNS = List.of("name", "domain", "segment", "value");

    /** A valid row: what one account should be. domain is null for none. */
    record Row(int row, String name, String domain, Segment segment, BigDecimal value) {

        /** What identifies the account across imports: its domain, else its name (case ignored). */
        String key() {
            return domain != null ? "domain:" + domain : "name:" + name.toLowerCase(Locale.ROOT);
        }
    }

    /** A rejected row: its number, the field at fault, the message key and what its placeholders stand for. */
    record Rejection(int row, String field, String key, List<Object> arguments) {
    }

    /** rows read (without the header), the valid rows, the rejections, by row number. */
    record Parsed(int read, List<Row> rows, List<Rejection> rejected) {
    }

    private AccountCsv() {
    }

    static Parsed parse(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidFieldException("file", "account.import.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidFieldException("file", "account.import.tooLarge", MAX_BYTES / 1024);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            throw new InvalidFieldException("file", "account.import.encoding");
        }
        if (text.startsWith("\uFEFF")) { // a byte-order mark, as spreadsheets write it
            text = text.substring(1);
        }
        return parse(text);
    }

    static Parsed parse(String text) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            var records = parser.iterator();
            if (!records.hasNext()) {
                throw new InvalidFieldException("file", "account.import.empty");
            }
            Map<String, Integer> columns = header(records.next());
            List<Row> rows = new ArrayList<>();
            List<Rejection> rejected = new ArrayList<>();
            int read = 0;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                read++;
                if (read > MAX_ROWS) {
                    throw new InvalidFieldException("file", "account.import.tooManyRows", MAX_ROWS);
                }
                int number = read + 1; // the header is row 1
                row(number, record, columns, rows, rejected);
            }
            rejectDuplicates(rows, rejected);
            rejected.sort(java.util.Comparator.comparingInt(Rejection::row));
            return new Parsed(read, List.copyOf(rows), List.copyOf(rejected));
        } catch (IOException | UncheckedIOException | IllegalStateException broken) {
            throw new InvalidFieldException("file", "account.import.malformed");
        }
    }

    /** Column positions by name; a missing column refuses the file, naming it. */
    private static Map<String, Integer> header(CSVRecord header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        for (String column : COLUMNS) {
            if (!columns.containsKey(column)) {
                throw new InvalidFieldException("file", "account.import.column.missing", column,
                        String.join(",", COLUMNS));
            }
        }
        return columns;
    }

    private static void row(int number, CSVRecord record, Map<String, Integer> columns, List<Row> rows,
                            List<Rejection> rejected) {
        String name = cell(record, columns.get("name"));
        String domain = cell(record, columns.get("domain"));
        String segment = cell(record, columns.get("segment"));
        String value = cell(record, columns.get("value"));
        int before = rejected.size();
        String validName = check(number, rejected, () -> Account.name(name));
        String validDomain = check(number, rejected, () -> Account.domain(domain));
        Segment validSegment = check(number, rejected, () -> Account.segment(segment));
        BigDecimal validValue = check(number, rejected, () -> Account.value(value));
        if (rejected.size() == before) {
            rows.add(new Row(number, validName, validDomain, validSegment, validValue));
        }
    }

    private static String cell(CSVRecord record, int column) {
        return column < record.size() ? record.get(column) : null;
    }

    private static <T> T check(int number, List<Rejection> rejected, java.util.function.Supplier<T> rule) {
        try {
            return rule.get();
        } catch (InvalidFieldException e) {
            rejected.add(new Rejection(number, e.field(), e.messageKey(), List.of(e.messageArguments())));
            return null;
        }
    }

    /** Rows that would be one account: every one of them is rejected, naming the others' rows. */
    private static void rejectDuplicates(List<Row> rows, List<Rejection> rejected) {
        Map<String, List<Row>> byKey = new LinkedHashMap<>();
        for (Row row : rows) {
            byKey.computeIfAbsent(row.key(), k -> new ArrayList<>()).add(row);
        }
        for (List<Row> same : byKey.values()) {
            if (same.size() > 1) {
                for (Row row : same) {
                    String others = String.join(", ", same.stream().filter(r -> r != row)
                            .map(r -> String.valueOf(r.row())).toList());
                    rejected.add(row.domain() != null
                            ? new Rejection(row.row(), "domain", "account.import.domain.duplicate", List.of(others))
                            : new Rejection(row.row(), "name", "account.import.name.duplicate", List.of(others)));
                }
                rows.removeAll(same);
            }
        }
    }
}
