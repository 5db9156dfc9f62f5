package org.idealoop.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Elasticsearch 8.19 from the integ-test-zip on Maven Central, run with the current JDK as a
 * single-node cluster bound to loopback. Elasticsearch refuses to run as root, so when started by root
 * it runs as the unprivileged user {@value #SERVICE_USER}, created on first use.
 */
public final class EmbeddedElasticsearch implements AutoCloseable {

    public static final String SERVICE_USER = "idealoop-es";

    private final Path zip;
    private final Path homeParent;
    private final Path dataDir;
    private final Path logsDir;
    private final int httpPort;
    private final String heap;
    private Path home;
    private Path data;
    private Process process;
    private ClusterRole cluster;

    /**
     * A node of a cluster on loopback rather than a single-node one: its name, its transport port, the transport
     * ports of every node, and the node that bootstraps the cluster (the only master-eligible voter at first).
     */
    public record ClusterRole(String nodeName, int transportPort, List<Integer> seedTransportPorts,
                              String initialMasterNode, boolean votingOnly) {
    }

    /** Makes this node a member of a cluster ({@link ClusterRole}) instead of a single-node cluster. */
    public EmbeddedElasticsearch inCluster(ClusterRole role) {
        this.cluster = role;
        return this;
    }

    public EmbeddedElasticsearch(Path zip, Path homeParent, Path dataDir, Path logsDir, int httpPort, String heap) {
        this.zip = zip.toAbsolutePath();
        this.homeParent = homeParent.toAbsolutePath();
        this.dataDir = dataDir.toAbsolutePath();
        this.logsDir = logsDir.toAbsolutePath();
        this.httpPort = httpPort;
        this.heap = heap;
    }

    public String url() {
        return "http://127.0.0.1:" + httpPort;
    }

    public int port() {
        return httpPort;
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    public EmbeddedElasticsearch start() throws IOException, InterruptedException {
        return start(Duration.ofSeconds(180));
    }

    public synchronized EmbeddedElasticsearch start(Duration timeout) throws IOException, InterruptedException {
        Ports.requireFree(httpPort, "Elasticsearch", "IDEALOOP_ES_PORT");
        boolean root = Processes.runningAsRoot();
        if (home == null) {
            home = unpack(root ? reachableByServiceUser(homeParent) : homeParent);
        }
        data = root ? reachableByServiceUser(dataDir) : dataDir;
        Files.createDirectories(data);
        Files.createDirectories(logsDir);
        List<String> command = new ArrayList<>();
        if (root) {
            ensureServiceUser();
            chown(home);
            chown(data);
            command.addAll(List.of("runuser", "-u", SERVICE_USER, "--"));
        }
        Path esLogs = data.resolve("logs");
        Files.createDirectories(esLogs);
        if (root) {
            chown(esLogs);
        }
        command.addAll(List.of(home.resolve("bin/elasticsearch").toString(), "-E", "cluster.name=idealoop"));
        if (cluster == null) {
            command.addAll(List.of("-E", "node.name=idealoop-embedded", "-E", "discovery.type=single-node"));
        } else {
            command.addAll(List.of("-E", "node.name=" + cluster.nodeName(),
                    "-E", "transport.port=" + cluster.transportPort(),
                    "-E", "discovery.seed_hosts=" + cluster.seedTransportPorts().stream()
                            .map(p -> "127.0.0.1:" + p).collect(java.util.stream.Collectors.joining(",")),
                    "-E", "cluster.initial_master_nodes=" + cluster.initialMasterNode()));
            if (cluster.votingOnly()) {
                // A tie-breaker: it votes for a master, holds no data and is never master itself.
                command.addAll(List.of("-E", "node.roles=master,voting_only"));
            }
        }
        command.addAll(List.of(
                "-E", "xpack.security.enabled=false",
                "-E", "http.host=127.0.0.1",
                "-E", "http.port=" + httpPort,
                "-E", "transport.host=127.0.0.1",
                "-E", "path.data=" + data.resolve("nodes"),
                "-E", "path.logs=" + esLogs,
                "-E", "cluster.routing.allocation.disk.threshold_enabled=false",
                "-E", "action.destructive_requires_name=false"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logsDir.resolve("elasticsearch.log").toFile()));
        builder.environment().put("ES_JAVA_HOME", Paths.get(System.getProperty("java.home")).toString());
        builder.environment().put("ES_JAVA_OPTS", "-Xms" + heap + " -Xmx" + heap + " -XX:TieredStopAtLevel=1");
        builder.environment().put("ES_TMPDIR", Files.createDirectories(data.resolve("tmp")).toString());
        if (root) {
            chown(data.resolve("tmp"));
        }
        process = builder.start();
        awaitHealthy(timeout);
        return this;
    }

    private void awaitHealthy(Duration timeout) throws InterruptedException, IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(url() + "/_cluster/health?wait_for_status=yellow&timeout=5s"))
                .timeout(Duration.ofSeconds(10)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("Elasticsearch stopped during start-up:" + System.lineSeparator()
                        + Processes.tail(logsDir.resolve("elasticsearch.log"), 30));
            }
            try {
                HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        stop();
        throw new IOException("Elasticsearch did not become healthy within " + timeout.toSeconds() + " s:"
                + System.lineSeparator() + Processes.tail(logsDir.resolve("elasticsearch.log"), 30));
    }

    public synchronized void stop() {
        Processes.stopTree(process, 30);
        process = null;
    }

    @Override
    public void close() {
        stop();
    }

    /** Stops the node and deletes its data; for throw-away test clusters. */
    public synchronized void stopAndDeleteData() throws IOException {
        stop();
        if (data != null) {
            deleteTree(data);
        }
    }

    private Path unpack(Path parent) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            ZipEntry first = entries.getNextEntry();
            String top = first.getName().split("/")[0];
            Path target = parent.resolve(top);
            if (Files.isExecutable(target.resolve("bin/elasticsearch"))) {
                return target;
            }
            Path partial = parent.resolve(top + ".partial");
            deleteTree(partial);
            Files.createDirectories(partial);
            for (ZipEntry entry = first; entry != null; entry = entries.getNextEntry()) {
                Path out = partial.resolve(entry.getName().substring(top.length()).replaceFirst("^/", "")).normalize();
                if (!out.startsWith(partial)) {
                    throw new IOException("Unexpected entry " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(entries, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            try (var bin = Files.list(partial.resolve("bin"))) {
                bin.forEach(file -> file.toFile().setExecutable(true, false));
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        }
    }

    /**
     * The service user must reach the folder; a folder under a private home (such as /root) it cannot,
     * so such a folder is replaced by one under /var/tmp named after it.
     */
    private static Path reachableByServiceUser(Path wanted) throws IOException {
        Path probe = wanted;
        while (probe != null && !Files.exists(probe)) {
            probe = probe.getParent();
        }
        ensureServiceUser();
        if (probe != null && Processes.run(List.of("runuser", "-u", SERVICE_USER, "--", "test", "-x",
                probe.toString())) == 0) {
            return wanted;
        }
        String hash = HexFormat.of().formatHex(sha256(wanted.toString())).substring(0, 12);
        Path fallback = Paths.get("/var/tmp/idealoop-" + hash, wanted.getFileName().toString());
        System.err.println("[idealoop] " + wanted + " is not reachable by the user " + SERVICE_USER
                + "; Elasticsearch uses " + fallback + " instead.");
        return fallback;
    }

    private static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized void ensureServiceUser() throws IOException {
        if (Processes.run(List.of("id", "-u", SERVICE_USER)) == 0) {
            return;
        }
        int exit = Processes.run(List.of("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin",
                SERVICE_USER));
        if (exit != 0 && Processes.run(List.of("id", "-u", SERVICE_USER)) != 0) {
            throw new IOException("Could not create the user " + SERVICE_USER + " to run Elasticsearch as"
                    + " (Elasticsearch refuses to run as root)");
        }
    }

    private static void chown(Path path) throws IOException {
        if (Processes.run(List.of("chown", "-R", SERVICE_USER + ":", path.toString())) != 0) {
            throw new IOException("Could not hand " + path + " to the user " + SERVICE_USER);
        }
    }

    private static void deleteTree(Path path) throws IOException {
        if (Files.exists(path)) {
            try (var walk = Files.walk(path)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
