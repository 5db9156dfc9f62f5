package org.idealoop.infrastructure.persistence;

import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/** Streams the rows of one query as CSV, straight from JDBC: memory stays flat however many rows there are. */
final class CsvExport {

    /** Rows fetched per round trip while streaming an export (the driver streams; memory stays flat). */
    static final int FETCH_SIZE = 1_000;

    private CsvExport() {
    }

    /** Runs {@code sql} with its one parameter and writes a header and a record per row (one column per header name). */
    static void stream(DataSource dataSource, String sql, long parameter, Writer out, String... header) throws IOException {
        try (Connection connection = StatementCounts.counting(dataSource).getConnection();
             PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                     ResultSet.CONCUR_READ_ONLY)) {
            statement.setFetchSize(FETCH_SIZE);
            statement.setLong(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                // Not closed here: closing the printer would close the caller's stream. Every text cell is
                // quoted, and text a spreadsheet would run as a formula is neutralised (CsvCell).
                CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header)
                        .setQuoteMode(QuoteMode.NON_NUMERIC).get());
                int columns = header.length;
                List<Object> row = new ArrayList<>(columns);
                while (rows.next()) {
                    row.clear();
                    for (int i = 1; i <= columns; i++) {
                        Object value = rows.getObject(i);
                        row.add(value instanceof Timestamp ts ? ts.toInstant().toString() : CsvCell.safe(value));
                    }
                    csv.printRecord(row);
                }
                csv.flush();
            }
        } catch (SQLException e) {
            throw new IOException("Export failed", e);
        }
    }
}
