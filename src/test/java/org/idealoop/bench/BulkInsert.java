package org.idealoop.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows buffered and written as multi-row {@code INSERT}s ({@code rows} rows per statement): far fewer round
 * trips than one statement per row. The caller commits.
 */
final class BulkInsert implements AutoCloseable {

    private final Connection connection;
    private final String head;
    private final String tail;
    private final int columns;
    private final int rows;
    private final List<Object[]> buffer = new ArrayList<>();
    private PreparedStatement full;
    private long written;

    /** {@code head}: {@code INSERT IGNORE INTO t (a, b)}; {@code tail}: empty or {@code ON DUPLICATE KEY UPDATE ...}. */
    BulkInsert(Connection connection, String head, String tail, int columns, int rows) {
        this.connection = connection;
        this.head = head;
        this.tail = tail;
        this.columns = columns;
        this.rows = rows;
    }

    void add(Object... values) throws SQLException {
        if (values.length != columns) {
            throw new IllegalArgumentException(values.length + " values for " + columns + " columns: " + head);
        }
        buffer.add(values);
        if (buffer.size() == rows) {
            flush();
        }
    }

    void flush() throws SQLException {
        if (buffer.isEmpty()) {
            return;
        }
        boolean isFull = buffer.size() == rows;
        if (isFull && full == null) {
            full = connection.prepareStatement(sql(rows));
        }
        PreparedStatement statement = isFull ? full : connection.prepareStatement(sql(buffer.size()));
        try {
            int p = 1;
            for (Object[] row : buffer) {
                for (Object value : row) {
                    statement.setObject(p++, value);
                }
            }
            statement.executeUpdate();
            written += buffer.size();
            buffer.clear();
        } finally {
            if (!isFull) {
                statement.close();
            }
        }
    }

    long written() {
        return written;
    }

    private String sql(int n) {
        String one = "(" + "?, ".repeat(columns - 1) + "?)";
        StringBuilder sql = new StringBuilder(head.length() + n * (one.length() + 2) + tail.length() + 10)
                .append(head).append(" VALUES ");
        for (int i = 0; i < n; i++) {
            sql.append(i == 0 ? "" : ", ").append(one);
        }
        return sql.append(' ').append(tail).toString();
    }

    @Override
    public void close() throws SQLException {
        if (full != null) {
            full.close();
        }
    }
}
