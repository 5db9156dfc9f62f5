package org.idealoop.embedded;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code mvn -Pcluster}: Idealoop past one machine, on this one, on loopback ({@link LoopbackCluster}): nginx on
 * {@code idealoop.http.port} (8080) in front of {@code idealoop.cluster.instances} (3) clustered Payara Micro
 * instances, two Elasticsearch nodes, a MariaDB primary and its replica, a mail catcher, demo content; data under
 * {@code idealoop.data.dir} (./data-cluster). Ctrl-C stops all of it. For trying a cluster and benchmarking one
 * (docs/scaling.md); production runs each part on its own machine (docker/compose.yaml, profile scaled).
 */
public final class ClusterRun {

    private static final String PREFIX = "[idealoop cluster] ";

    public static void main(String[] args) throws Exception {
        String wanted = DevRun.setting("idealoop.cluster.instances", "3");
        if (!wanted.matches("[1-9]")) {
            System.err.println(PREFIX + "IDEALOOP_CLUSTER_INSTANCES (idealoop.cluster.instances) must be a number"
                    + " from 1 to 9, not '" + wanted + "'");
            System.exit(2);
        }
        int instances = Integer.parseInt(wanted);
        int httpPort = Integer.parseInt(DevRun.setting("idealoop.http.port", "8080"));
        int mailPort = Integer.parseInt(DevRun.setting("idealoop.mail.port", "2525"));
        Path dataDir = Paths.get(DevRun.setting("idealoop.data.dir", "data-cluster")).toAbsolutePath().normalize();
        Path toolsDir = Paths.get(DevRun.setting("idealoop.tools.dir", "target/tools")).toAbsolutePath();
        Path war = Paths.get(DevRun.setting("idealoop.war", "target/idealoop.war")).toAbsolutePath();
        Ports.requireFree(mailPort, "the mail catcher (SMTP)", "IDEALOOP_MAIL_PORT");
        long began = System.nanoTime();
        GreenMail mail = new GreenMail(new ServerSetup(mailPort, "127.0.0.1", "smtp"));
        mail.start();
        Map<String, String> environment = Map.of(
                "IDEALOOP_DEMO_ENABLED", "true",
                "IDEALOOP_MAIL_HOST", "127.0.0.1",
                "IDEALOOP_MAIL_PORT", Integer.toString(mailPort),
                "IDEALOOP_MAIL_SHOW_TO_ADMIN", "true",
                "IDEALOOP_MEMBERS_VERIFICATION_REQUIRED", "false");
        LoopbackCluster cluster;
        try {
            cluster = LoopbackCluster.start(new LoopbackCluster.Options(instances, dataDir, toolsDir, war, httpPort,
                    environment, "384m"), line -> say(line));
        } catch (Exception e) {
            System.err.println(PREFIX + "Could not start: " + e.getMessage());
            mail.stop();
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            say("Stopping ...");
            cluster.close();
            mail.stop();
            say("Stopped.");
            stopped.countDown();
        }, "idealoop-cluster-stop"));
        say("");
        say("Idealoop is ready at " + cluster.url() + "  (started in "
                + Duration.ofNanos(System.nanoTime() - began).toSeconds() + " s; Ctrl-C stops it)");
        say(cluster.describe());
        say("Logs: " + dataDir.resolve("logs"));
        say("");
        stopped.await();
    }

    private static void say(String line) {
        System.out.println(PREFIX + line);
        System.out.flush();
    }
}
