package org.idealoop.embedded;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The README's first command ({@code mvn -Pstart}): embedded MariaDB, embedded Elasticsearch and
 * Payara Micro serving Idealoop, with demo content, all data under one folder. Ctrl-C stops all three.
 *
 * <p>Settings (system property, or environment variable in upper case with underscores):
 * {@code idealoop.http.port} (8080), {@code idealoop.db.port} (3307), {@code idealoop.es.port} (9200),
 * {@code idealoop.mail.port} (2525),
 * {@code idealoop.data.dir} (./data), {@code idealoop.db.buffer-pool} (128M, read by {@link EmbeddedMariaDb}).
 */
public final class DevRun {

    private static final String PREFIX = "[idealoop] ";

    private final int httpPort = Integer.parseInt(setting("idealoop.http.port", "8080"));
    private final int dbPort = Integer.parseInt(setting("idealoop.db.port", "3307"));
    private final int esPort = Integer.parseInt(setting("idealoop.es.port", "9200"));
    private final int mailPort = Integer.parseInt(setting("idealoop.mail.port", "2525"));
    private final Path dataDir = Paths.get(setting("idealoop.data.dir", "data")).toAbsolutePath().normalize();
    private final Path toolsDir = Paths.get(setting("idealoop.tools.dir", "target/tools")).toAbsolutePath();
    private final Path war = Paths.get(setting("idealoop.war", "target/idealoop.war")).toAbsolutePath();

    private EmbeddedMariaDb mariaDb;
    private EmbeddedElasticsearch elasticsearch;
    private GreenMail mail;
    private PayaraMicro payara;
    private volatile boolean stopping;

    public static void main(String[] args) throws Exception {
        DevRun run = new DevRun();
        try {
            run.start();
        } catch (Exception e) {
            System.err.println(PREFIX + "Could not start: " + e.getMessage());
            run.stop();
            System.exit(1);
        }
        int exit = run.payara.waitFor();
        if (!run.stopping) {
            System.err.println(PREFIX + "Payara Micro stopped (exit " + exit + "); stopping the other services.");
            run.stop();
            System.exit(exit == 0 ? 1 : exit);
        }
    }

    void start() throws Exception {
        long began = System.nanoTime();
        Files.createDirectories(dataDir);
        lockDataDir();
        Ports.requireFree(httpPort, "Idealoop (HTTP)", "IDEALOOP_HTTP_PORT");
        Ports.requireFree(dbPort, "MariaDB", "IDEALOOP_DB_PORT");
        Ports.requireFree(esPort, "Elasticsearch", "IDEALOOP_ES_PORT");
        Ports.requireFree(mailPort, "the mail catcher (SMTP)", "IDEALOOP_MAIL_PORT");
        if (!Files.isRegularFile(war)) {
            throw new IllegalStateException("No application at " + war + "; run it with mvn -Pstart");
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "idealoop-stop"));
        Path logs = Files.createDirectories(dataDir.resolve("logs"));

        say("Data folder: " + dataDir);
        say("Starting MariaDB on port " + dbPort + " ...");
        mariaDb = new EmbeddedMariaDb(dbPort, toolsDir.resolve("mariadb"), dataDir.resolve("mariadb")).start();
        say("Starting Elasticsearch on port " + esPort + " ...");
        elasticsearch = new EmbeddedElasticsearch(toolsDir.resolve("elasticsearch.zip"), toolsDir,
                dataDir.resolve("elasticsearch"), logs, esPort, "512m").start();
        say("Starting the mail catcher (SMTP) on port " + mailPort + " ...");
        mail = new GreenMail(new ServerSetup(mailPort, "127.0.0.1", "smtp"));
        mail.start();
        say("Starting Payara Micro on port " + httpPort + " ...");
        payara = startPayara();
        payara.awaitReady(Duration.ofMinutes(5));
        long seconds = Duration.ofNanos(System.nanoTime() - began).toSeconds();
        say("");
        say("Idealoop is ready at http://localhost:" + httpPort + "/  (started in " + seconds + " s; Ctrl-C stops it)");
        say("");
    }

    private PayaraMicro startPayara() throws IOException {
        Map<String, String> environment = new HashMap<>();
        environment.put("IDEALOOP_DB_URL", mariaDb.jdbcUrl());
        environment.put("IDEALOOP_DB_USER", EmbeddedMariaDb.USER);
        environment.put("IDEALOOP_DB_PASSWORD", EmbeddedMariaDb.PASSWORD);
        environment.put("IDEALOOP_ES_URL", elasticsearch.url());
        environment.put("IDEALOOP_DEMO_ENABLED", "true");
        environment.put("IDEALOOP_BASE_URL", "http://localhost:" + httpPort);
        environment.put("IDEALOOP_MAIL_HOST", "127.0.0.1");
        environment.put("IDEALOOP_MAIL_PORT", Integer.toString(mailPort));
        // Demo: mail goes to the local catcher and admins read it in the app; newcomers can post
        // before confirming their address (the sign-up page says so).
        environment.put("IDEALOOP_MAIL_SHOW_TO_ADMIN", "true");
        environment.put("IDEALOOP_MEMBERS_VERIFICATION_REQUIRED", "false");
        return PayaraMicro.start(toolsDir.resolve("payara-micro.jar"), war, httpPort, toolsDir.resolve("payara-root"),
                environment, ProcessBuilder.Redirect.INHERIT);
    }

    synchronized void stop() {
        if (stopping) {
            return;
        }
        stopping = true;
        say("Stopping ...");
        if (payara != null) {
            payara.stop(30);
        }
        if (mail != null) {
            mail.stop();
        }
        if (elasticsearch != null) {
            elasticsearch.stop();
        }
        if (mariaDb != null) {
            try {
                mariaDb.close();
            } catch (Exception e) {
                System.err.println(PREFIX + "MariaDB did not stop cleanly: " + e.getMessage());
            }
        }
        say("Stopped.");
    }

    /** One run per data folder: a second start gets a clear message instead of a hang. */
    private void lockDataDir() throws IOException {
        FileChannel channel = FileChannel.open(dataDir.resolve(".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock();
        if (lock == null) {
            channel.close();
            throw new IllegalStateException("Idealoop is already running with the data folder " + dataDir
                    + ". Stop it first, or choose another folder with IDEALOOP_DATA_DIR.");
        }
        // Held until the JVM exits.
    }

    static String setting(String key, String fallback) {
        String value = System.getProperty(key);
        if (value == null || value.isBlank()) {
            value = System.getenv(key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
        }
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void say(String line) {
        System.out.println(PREFIX + line);
        System.out.flush();
    }
}
