package org.idealoop.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.idealoop.application.Secrets;
import org.idealoop.embedded.EmbeddedMariaDb;
import org.idealoop.embedded.EmbeddedServices;

/**
 * Many verified members at once, written straight into the test database with a personal API token
 * each: signing up hundreds through the API would spend minutes hashing passwords.
 */
final class Crowd {

    private Crowd() {
    }

    /** One member of a crowd: id, e-mail address and bearer token. */
    record CrowdMember(long id, String email, String token) {
    }

    /** Bearer tokens of {@code size} new verified members. */
    static List<String> of(int size) throws SQLException {
        return members(size).stream().map(CrowdMember::token).toList();
    }

    /** {@code size} new verified members, straight into the database. */
    static List<CrowdMember> members(int size) throws SQLException {
        return members(EmbeddedServices.mariaDb().jdbcUrl(), size);
    }

    /** {@code size} verified members who joined a year ago, past any new-member period (their flags hide). */
    static List<CrowdMember> established(int size) throws SQLException {
        return members(EmbeddedServices.mariaDb().jdbcUrl(), size, Instant.now().minus(java.time.Duration.ofDays(365)));
    }

    /** {@code size} new verified members, straight into the database at {@code jdbcUrl}. */
    static List<CrowdMember> members(String jdbcUrl, int size) throws SQLException {
        return members(jdbcUrl, size, Instant.now());
    }

    private static List<CrowdMember> members(String jdbcUrl, int size, Instant joined) throws SQLException {
        Timestamp now = Timestamp.from(joined);
        List<CrowdMember> tokens = new ArrayList<>();
        try (Connection connection = connect(jdbcUrl);
             PreparedStatement member = connection.prepareStatement("INSERT INTO member (email, display_name, "
                     + "email_verified_at, created_at) VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement role = connection.prepareStatement("INSERT INTO member_role (member_id, role) VALUES (?, 'MEMBER')");
             PreparedStatement token = connection.prepareStatement("INSERT INTO member_token (member_id, purpose, "
                     + "token_hash, name, created_at) VALUES (?, 'PERSONAL', ?, 'crowd', ?)")) {
            connection.setAutoCommit(false);
            String batch = Words.unique();
            for (int i = 0; i < size; i++) {
                member.setString(1, "crowd." + batch + "." + i + "@it.idealoop.test");
                member.setString(2, "Crowd Member " + i);
                member.setTimestamp(3, now);
                member.setTimestamp(4, now);
                member.executeUpdate();
                long id;
                try (ResultSet keys = member.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                role.setLong(1, id);
                role.executeUpdate();
                String secret = Secrets.newToken();
                token.setLong(1, id);
                token.setString(2, Secrets.hash(secret));
                token.setTimestamp(3, now);
                token.executeUpdate();
                tokens.add(new CrowdMember(id, "crowd." + batch + "." + i + "@it.idealoop.test", secret));
            }
            connection.commit();
        }
        return tokens;
    }

    /** A product team with one category, straight into the database (teams are managed in a later issue). */
    static String[] teamWithCategory() throws SQLException {
        return teamWithCategory(EmbeddedServices.mariaDb().jdbcUrl());
    }

    /** A product team with one category in the database at {@code jdbcUrl}: its slug and the category's. */
    static String[] teamWithCategory(String jdbcUrl) throws SQLException {
        String team = "team-" + Words.unique();
        String category = "cat-" + Words.unique();
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection connection = connect(jdbcUrl);
             PreparedStatement addTeam = connection.prepareStatement("INSERT INTO product_team (slug, name, created_at)"
                     + " VALUES (?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement addCategory = connection.prepareStatement("INSERT INTO category (slug, name, team_id,"
                     + " created_at) VALUES (?, ?, ?, ?)")) {
            addTeam.setString(1, team);
            addTeam.setString(2, "Team " + team);
            addTeam.setTimestamp(3, now);
            addTeam.executeUpdate();
            long teamId;
            try (ResultSet keys = addTeam.getGeneratedKeys()) {
                keys.next();
                teamId = keys.getLong(1);
            }
            addCategory.setString(1, category);
            addCategory.setString(2, "Category " + category);
            addCategory.setLong(3, teamId);
            addCategory.setTimestamp(4, now);
            addCategory.executeUpdate();
        }
        return new String[] {team, category};
    }

    /** Sets an idea's status directly (the status workflow arrives with the triage issue). */
    static void setStatus(long ideaNumber, String status) throws SQLException {
        EmbeddedMariaDb db = EmbeddedServices.mariaDb();
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
             PreparedStatement update = connection.prepareStatement("UPDATE idea SET status = ? WHERE number = ?")) {
            update.setString(1, status);
            update.setLong(2, ideaNumber);
            update.executeUpdate();
        }
    }

    /** Runs one statement straight on the database, for states no endpoint makes yet. */
    static int sql(String statement, Object... parameters) throws SQLException {
        return sqlOn(EmbeddedServices.mariaDb().jdbcUrl(), statement, parameters);
    }

    /** Runs one statement on the database at {@code jdbcUrl}. */
    static int sqlOn(String jdbcUrl, String statement, Object... parameters) throws SQLException {
        try (Connection connection = connect(jdbcUrl);
             PreparedStatement update = connection.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            return update.executeUpdate();
        }
    }

    /** Hides an idea and queues it for the search index, as the moderation action will do. */
    static void hideIdea(long ideaNumber) throws SQLException {
        sql("UPDATE idea SET hidden_at = NOW(6) WHERE number = ?", ideaNumber);
        sql("INSERT INTO search_outbox (document_type, document_id, created_at, next_attempt_at)"
                + " VALUES ('idea', ?, NOW(6), NOW(6))", ideaNumber);
    }

    /** The idea's row version, as moderators send it back to detect concurrent changes. */
    static long version(long ideaNumber) throws SQLException {
        EmbeddedMariaDb db = EmbeddedServices.mariaDb();
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
             PreparedStatement select = connection.prepareStatement("SELECT version FROM idea WHERE number = ?")) {
            select.setLong(1, ideaNumber);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** The first column of the first row of a query, as a number. */
    static long count(String query) throws SQLException {
        return countOn(EmbeddedServices.mariaDb().jdbcUrl(), query);
    }

    /** The first column of the first row of a query on the database at {@code jdbcUrl}, as a number. */
    static long countOn(String jdbcUrl, String query) throws SQLException {
        try (Connection connection = connect(jdbcUrl);
             ResultSet rows = connection.createStatement().executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Connection connect(String jdbcUrl) throws SQLException {
        return DriverManager.getConnection(jdbcUrl, EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
    }
}
