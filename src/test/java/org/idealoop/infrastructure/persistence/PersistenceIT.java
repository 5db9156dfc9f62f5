package org.idealoop.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.idealoop.domain.idea.Idea;
import org.idealoop.domain.idea.IdeaBody;
import org.idealoop.domain.idea.IdeaQuery;
import org.idealoop.domain.idea.IdeaRepository;
import org.idealoop.domain.idea.IdeaSort;
import org.idealoop.domain.idea.IdeaTitle;
import org.idealoop.domain.member.DisplayName;
import org.idealoop.domain.member.EmailAddress;
import org.idealoop.domain.member.Member;
import org.idealoop.domain.member.MemberRepository;
import org.idealoop.domain.member.MemberToken;
import org.idealoop.domain.member.Role;
import org.idealoop.domain.member.TokenPurpose;
import org.idealoop.embedded.EmbeddedMariaDb;
import org.idealoop.embedded.EmbeddedServices;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Flyway schema and the JPA mappings against real servers: the embedded MariaDB 11.4 always,
 * and the MariaDB already listening on 127.0.0.1:3306 (root, no password) where there is one,
 * which proves the external-server path (MariaDB 10.11 on these machines).
 */
class PersistenceIT {

    record Server(String name, String rootUrl, String user, String password) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Server> servers() {
        List<Server> servers = new ArrayList<>();
        EmbeddedMariaDb embedded = EmbeddedServices.mariaDb();
        servers.add(new Server("embedded MariaDB 11.4", "jdbc:mariadb://127.0.0.1:" + embedded.port() + "/",
                EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD));
        Server external = new Server("external MariaDB on 127.0.0.1:3306", "jdbc:mariadb://127.0.0.1:3306/",
                "root", "");
        if (reachable(external)) {
            servers.add(external);
        }
        return servers.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("servers")
    void migrationsBuildTheSchemaAndIdeasRoundTrip(Server server) throws Exception {
        String database = "idealoop_it_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 24));
        execute(server, "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        String url = server.rootUrl() + database;
        try {
            var result = Flyway.configure().dataSource(url, server.user(), server.password())
                    .locations("classpath:db/migration").load().migrate();
            assertTrue(result.migrationsExecuted >= 1);

            EntityManagerFactory factory = Persistence.createEntityManagerFactory("idealoop-standalone", Map.of(
                    "jakarta.persistence.jdbc.url", url,
                    "jakarta.persistence.jdbc.user", server.user(),
                    "jakarta.persistence.jdbc.password", server.password()));
            try {
                roundTrip(factory);
            } finally {
                factory.close();
            }
            // A second migrate finds nothing to do: the schema is versioned, not regenerated.
            assertEquals(0, Flyway.configure().dataSource(url, server.user(), server.password())
                    .locations("classpath:db/migration").load().migrate().migrationsExecuted);
        } finally {
            execute(server, "DROP DATABASE " + database);
        }
    }

    private static void roundTrip(EntityManagerFactory factory) {
        EntityManager em = factory.createEntityManager();
        IdeaRepository ideas = new JpaIdeaRepository(em);
        MemberRepository members = new JpaMemberRepository(em);
        Instant t0 = Instant.parse("2026-01-01T10:00:00.123456Z");
        em.getTransaction().begin();
        Member carl = members.add(Member.signUp(new EmailAddress("Carl@Example.org"), new DisplayName("Carl Customer"),
                "hash", t0));
        carl.assignRoles(EnumSet.of(Role.MODERATOR));
        long author = carl.id();
        members.addToken(new MemberToken(author, TokenPurpose.PERSONAL, "a".repeat(64), t0).named("ci"));
        Idea first = ideas.add(Idea.post(new IdeaTitle("First idea here"), new IdeaBody("one"), author, t0));
        Idea second = ideas.add(Idea.post(new IdeaTitle("Second idea: 100% better"), new IdeaBody("two"), author,
                t0.plusSeconds(60)));
        Idea third = ideas.add(Idea.post(new IdeaTitle("Third idea, same time"), new IdeaBody("three"), author,
                t0.plusSeconds(60)));
        em.getTransaction().commit();
        em.clear();

        Member readCarl = members.findByEmail(new EmailAddress("carl@example.org")).orElseThrow();
        assertEquals(EnumSet.of(Role.MEMBER, Role.MODERATOR), readCarl.roles());
        assertEquals("ci", members.findTokenByHash("a".repeat(64)).orElseThrow().name().orElseThrow());
        assertEquals(List.of(third.number(), second.number(), first.number()),
                ideas.byAuthor(author, 10).stream().map(Idea::number).toList());

        em.getTransaction().begin();
        assertThrows(PersistenceException.class, () -> members.add(Member.signUp(
                new EmailAddress("carl@example.org"), new DisplayName("Another Carl"), "hash", t0)));
        em.getTransaction().rollback();
        em.clear();

        Idea read = ideas.findByNumber(first.number()).orElseThrow();
        assertEquals("First idea here", read.title());
        assertEquals(t0, read.createdAt());
        assertTrue(ideas.findByNumber(999_999_999L).isEmpty());

        for (IdeaSort sort : IdeaSort.values()) {
            // No votes yet: new and hot follow the creation time, the other sorts tie and fall back to the
            // number; second and third share a creation time, so every sort gives the same order here.
            List<Idea> all = ideas.list(new IdeaQuery(sort, Optional.empty(), Optional.of(author), Optional.empty(),
                    Optional.empty(), 10));
            List<Long> expected = List.of(third.number(), second.number(), first.number());
            assertEquals(expected, all.stream().map(Idea::number).toList(), sort.id());
            List<Long> afterFirstOfPage = ideas.list(new IdeaQuery(sort, Optional.empty(), Optional.of(author),
                    Optional.empty(), Optional.of(IdeaQuery.Position.of(sort, all.get(0))), 10))
                    .stream().map(Idea::number).toList();
            assertEquals(expected.subList(1, 3), afterFirstOfPage, sort.id() + " after the cursor");
        }

        assertEquals(List.of(second.number()),
                ideas.titleContains("100%", 10).stream().map(Idea::number).toList());
        assertEquals(3, ideas.count());
        em.close();
    }

    static boolean reachable(Server server) {
        try (Connection ignored = DriverManager.getConnection(server.rootUrl(), server.user(), server.password())) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static void execute(Server server, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.rootUrl(), server.user(), server.password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
