package org.idealoop.embedded;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;

/**
 * Idealoop past one machine, on one machine (issue #19): a MariaDB primary with a replica, two Elasticsearch data
 * nodes and a voting-only third in one cluster (so that either data node may stop, the master included), several Payara Micro instances clustered through Payara's data grid, and nginx in front, all on
 * loopback and without Docker. The cluster tests and {@code mvn -Pcluster} ({@link ClusterRun}) start it.
 * <p>
 * Order: both databases (the replica following the primary by GTID), the schema migrated once on the primary, the
 * first search node (it bootstraps the search cluster), the second, the first application instance (it makes the
 * search index and the first admin, so that no two instances race to), then the others together, then nginx.
 */
public final class LoopbackCluster implements AutoCloseable {

    private static final String REPLICATION_USER = "replication";
    private static final String REPLICATION_PASSWORD = "replication";

    /** What to start: how many application instances, where, nginx's port, and more environment for the apps. */
    public record Options(int instances, Path dir, Path toolsDir, Path war, int httpPort,
                          Map<String, String> environment, String esHeap) {
        public Options {
            if (instances < 1 || instances > 9) {
                throw new IllegalArgumentException("instances must be 1 to 9, not " + instances);
            }
        }
    }

    private final Options options;
    private final String clusterName;
    private EmbeddedMariaDb primary;
    private EmbeddedMariaDb replica;
    /** The data nodes, which the application is given. */
    private final List<EmbeddedElasticsearch> searchNodes = new ArrayList<>();
    /** Three master-eligible nodes keep a master when any one stops; the third holds no data. */
    private final List<EmbeddedElasticsearch> tieBreakers = new ArrayList<>();
    private final List<PayaraMicro> instances = new ArrayList<>();
    private final List<Integer> instancePorts = new ArrayList<>();
    private final List<Integer> gridPorts = new ArrayList<>();
    private Nginx nginx;

    private LoopbackCluster(Options options) {
        this.options = options;
        this.clusterName = "idealoop-loopback-" + Long.toString(System.nanoTime(), 36);
    }

    public static LoopbackCluster start(Options options, java.util.function.Consumer<String> progress) throws Exception {
        LoopbackCluster cluster = new LoopbackCluster(options);
        try {
            cluster.startAll(progress);
            return cluster;
        } catch (Exception | Error e) {
            cluster.close();
            throw e;
        }
    }

    private void startAll(java.util.function.Consumer<String> progress) throws Exception {
        Path dir = Files.createDirectories(options.dir());
        Path logs = Files.createDirectories(dir.resolve("logs"));

        progress.accept("Starting the MariaDB primary and its replica ...");
        primary = new EmbeddedMariaDb(freePort(), options.toolsDir().resolve("mariadb-primary"), dir.resolve("mariadb-primary"))
                .withArgs("--server-id=1", "--log-bin=primary-bin", "--binlog-format=ROW", "--log-slave-updates=0")
                .start();
        primary.run("CREATE USER IF NOT EXISTS '" + REPLICATION_USER + "'@'%' IDENTIFIED BY '" + REPLICATION_PASSWORD
                + "'; GRANT REPLICATION SLAVE ON *.* TO '" + REPLICATION_USER + "'@'%'");
        replica = new EmbeddedMariaDb(freePort(), options.toolsDir().resolve("mariadb-replica"), dir.resolve("mariadb-replica"))
                .withArgs("--server-id=2", "--read-only=1")
                .start();
        follow();
        Flyway.configure().dataSource(primary.jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD)
                .locations("classpath:db/migration").load().migrate();

        progress.accept("Starting two Elasticsearch data nodes and a voting-only tie-breaker ...");
        List<Integer> transport = List.of(freePort(), freePort(), freePort());
        for (int i = 0; i < 3; i++) {
            String name = i < 2 ? "search-" + (i + 1) : "search-tiebreaker";
            boolean tieBreaker = i == 2;
            EmbeddedElasticsearch node = new EmbeddedElasticsearch(options.toolsDir().resolve("elasticsearch.zip"),
                    options.toolsDir(), dir.resolve(name), logs.resolve(name), freePort(),
                    tieBreaker ? "192m" : options.esHeap())
                    .inCluster(new EmbeddedElasticsearch.ClusterRole(name, transport.get(i), transport, "search-1",
                            tieBreaker));
            (tieBreaker ? tieBreakers : searchNodes).add(node);
            node.start(Duration.ofMinutes(4));
        }

        for (int i = 0; i < options.instances(); i++) {
            instancePorts.add(freePort());
            gridPorts.add(freePort());
        }
        progress.accept("Starting " + options.instances() + " Payara Micro instance(s) ...");
        instances.add(launch(0));
        instances.get(0).awaitReady(Duration.ofMinutes(5));
        ExecutorService starting = Executors.newFixedThreadPool(Math.max(1, options.instances() - 1));
        try {
            List<Future<?>> ready = new ArrayList<>();
            for (int i = 1; i < options.instances(); i++) {
                PayaraMicro instance = launch(i);
                instances.add(instance);
                ready.add(starting.submit(() -> {
                    instance.awaitReady(Duration.ofMinutes(5));
                    return null;
                }));
            }
            for (Future<?> each : ready) {
                each.get();
            }
        } finally {
            starting.shutdownNow();
        }
        progress.accept("Starting nginx on port " + options.httpPort() + " ...");
        nginx = Nginx.start(dir.resolve("nginx"), options.httpPort(), instancePorts);
    }

    /**
     * Starts instance {@code index} again (after a crash, say) on its ports: it joins the data grid of the
     * others and takes its share of the sessions.
     */
    public void restartInstance(int index) throws Exception {
        instances.get(index).stop(10);
        PayaraMicro again = launch(index);
        instances.set(index, again);
        again.awaitReady(Duration.ofMinutes(5));
    }

    private PayaraMicro launch(int index) throws IOException {
        Map<String, String> environment = new HashMap<>(options.environment());
        environment.put("IDEALOOP_DB_URL", primary.jdbcUrl());
        environment.put("IDEALOOP_DB_REPLICA_URL", replica.jdbcUrl());
        environment.put("IDEALOOP_DB_USER", EmbeddedMariaDb.USER);
        environment.put("IDEALOOP_DB_PASSWORD", EmbeddedMariaDb.PASSWORD);
        environment.put("IDEALOOP_ES_URL", searchNodes.stream().map(EmbeddedElasticsearch::url)
                .collect(Collectors.joining(",")));
        environment.put("IDEALOOP_BASE_URL", "http://localhost:" + options.httpPort());
        if (index > 0) {
            // The first instance makes the first admin and the demo content; the others find them.
            environment.put("IDEALOOP_ADMIN_EMAIL", "");
            environment.put("IDEALOOP_DEMO_ENABLED", "false");
        }
        String name = "app-" + (index + 1);
        PayaraMicro instance = PayaraMicro.start(options.toolsDir().resolve("payara-micro.jar"), options.war(),
                instancePorts.get(index), options.dir().resolve(name + "-root"), environment,
                ProcessBuilder.Redirect.appendTo(options.dir().resolve("logs").resolve(name + ".log").toFile()),
                new PayaraMicro.Cluster(clusterName, name, gridPorts.get(index), gridPorts));
        return instance;
    }

    /** Points the replica at the primary (from the replica's last GTID position) and starts replication. */
    private void follow() throws Exception {
        replica.run("STOP SLAVE; CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=" + primary.port()
                + ", MASTER_USER='" + REPLICATION_USER + "', MASTER_PASSWORD='" + REPLICATION_PASSWORD
                + "', MASTER_USE_GTID=slave_pos, MASTER_CONNECT_RETRY=1"
                // Loopback, and the primary's certificate is self-signed (MariaDB 11.4 verifies by default).
                + ", MASTER_SSL_VERIFY_SERVER_CERT=0; START SLAVE");
    }

    /** nginx's address: what a browser or the benchmark is given. */
    public String url() {
        return nginx.url();
    }

    /** One instance's own address (behind nginx). */
    public String instanceUrl(int index) {
        return "http://localhost:" + instancePorts.get(index) + "/";
    }

    public List<PayaraMicro> instances() {
        return instances;
    }

    public Path instanceLog(int index) {
        return options.dir().resolve("logs").resolve("app-" + (index + 1) + ".log");
    }

    public EmbeddedMariaDb primary() {
        return primary;
    }

    public EmbeddedMariaDb replica() {
        return replica;
    }

    public List<EmbeddedElasticsearch> searchNodes() {
        return searchNodes;
    }

    public String describe() {
        return "nginx " + url() + " -> " + instancePorts.stream().map(p -> "127.0.0.1:" + p)
                .collect(Collectors.joining(", ")) + "; MariaDB primary " + primary.jdbcUrl() + ", replica "
                + replica.jdbcUrl() + "; Elasticsearch " + searchNodes.stream().map(EmbeddedElasticsearch::url)
                .collect(Collectors.joining(", "));
    }

    @Override
    public void close() {
        if (nginx != null) {
            nginx.close();
        }
        for (PayaraMicro instance : instances) {
            instance.stop(20);
        }
        for (EmbeddedElasticsearch node : searchNodes) {
            node.stop();
        }
        for (EmbeddedElasticsearch node : tieBreakers) {
            node.stop();
        }
        for (EmbeddedMariaDb db : new EmbeddedMariaDb[] {replica, primary}) {
            if (db != null) {
                try {
                    db.close();
                } catch (Exception e) {
                    System.err.println("MariaDB did not stop cleanly: " + e.getMessage());
                }
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
