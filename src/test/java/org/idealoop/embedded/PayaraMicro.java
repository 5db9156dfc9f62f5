package org.idealoop.embedded;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Idealoop's WAR on a Payara Micro of its own, as a child process: what {@code mvn -Pstart} runs, and
 * what the restart tests start, crash and start again.
 */
public final class PayaraMicro {

    /**
     * Pre-boot commands of a single instance: sessions in memory, not in the instance's own data grid (the web app
     * is distributable; docker/single-instance.preboot says why). The Dockerfile and the suite's Payara use it too.
     */
    static final Path SINGLE_INSTANCE_PREBOOT = Paths.get(System.getProperty("idealoop.preboot",
            "docker/single-instance.preboot"));

    private final Process process;
    private final int port;

    private PayaraMicro(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts Payara Micro with the WAR at the root context on {@code port}, its runtime folder emptied
     * first (the WAR is deployed anew each time), the environment extended by {@code environment}, its
     * output inherited ({@code Redirect.INHERIT}) or, with standard error, sent to {@code output}.
     */
    public static PayaraMicro start(Path microJar, Path war, int port, Path rootDir, Map<String, String> environment,
                                    ProcessBuilder.Redirect output) throws IOException {
        return start(microJar, war, port, rootDir, environment, output, null);
    }

    /**
     * As {@link #start(Path, Path, int, Path, Map, ProcessBuilder.Redirect)}, but a member of {@code cluster} (Payara's
     * Hazelcast data grid, which keeps the sessions of a distributable web app) instead of {@code --nocluster};
     * {@code null} is {@code --nocluster}, the default everywhere else.
     */
    public static PayaraMicro start(Path microJar, Path war, int port, Path rootDir, Map<String, String> environment,
                                    ProcessBuilder.Redirect output, Cluster cluster) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                // Sized for a small box (docs/performance.md, "Memory"): the live heap after the benchmark is about
                // 150 MB; metaspace (about 165 MB for Payara's classes) and the JIT's code cache come on top.
                "-Xmx320m", "-XX:+UseSerialGC", "-XX:ReservedCodeCacheSize=96m", "-Xss512k",
                "-jar", microJar.toString(),
                "--deploy", war.toString(),
                "--contextroot", "/",
                "--port", Integer.toString(port),
                "--rootdir", emptied(rootDir).toString()));
        command.addAll(cluster == null
                ? List.of("--nocluster", "--prebootcommandfile", SINGLE_INSTANCE_PREBOOT.toAbsolutePath().toString())
                : cluster.options());
        ProcessBuilder builder = new ProcessBuilder(command);
        if (output == ProcessBuilder.Redirect.INHERIT) {
            builder.inheritIO();
        } else {
            builder.redirectErrorStream(true).redirectOutput(output);
        }
        builder.environment().put("MALLOC_ARENA_MAX", "2"); // glibc's per-thread arenas: hundreds of MB of RSS
        builder.environment().putAll(environment);
        return new PayaraMicro(builder.start(), port);
    }

    /**
     * A data grid on loopback for tests: its name (unique per test, so no other run's instances join it), this
     * instance's name and data-grid port, and every member's data-grid port (TCP/IP discovery, no multicast).
     */
    public record Cluster(String name, String instance, int gridPort, List<Integer> memberPorts) {

        List<String> options() {
            String members = memberPorts.stream().map(p -> "127.0.0.1:" + p)
                    .collect(java.util.stream.Collectors.joining(","));
            return List.of("--clustername", name, "--name", instance,
                    "--clustermode", "tcpip:" + members,
                    "--interfaces", "127.0.0.1",
                    "--startport", Integer.toString(gridPort),
                    // Every member has the address 127.0.0.1 here, and host-aware partitioning (the default) is
                    // meant to keep no backup on a member of the same address. A probe (sessions made on A only,
                    // A killed) found them on B with and without it; each member is its own host here, as on
                    // separate machines, so the test does not depend on how Hazelcast treats a single host.
                    "--nohostaware",
                    "--hzinitialjoinwait", "1");
        }
    }

    /** Waits until {@code /health/ready} answers 200 (MariaDB and Elasticsearch reachable, app deployed). */
    public void awaitReady(Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                .timeout(Duration.ofSeconds(10)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro stopped during start-up (exit " + process.exitValue()
                        + "; see its output)");
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Idealoop was not ready within " + timeout.toSeconds() + " s");
    }

    /** Waits for the process to end; returns its exit code. */
    public int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    /** Stops it as Ctrl-C would: politely, then by force after {@code graceSeconds}. */
    public void stop(long graceSeconds) {
        Processes.stopTree(process, graceSeconds);
    }

    /** Ends it at once, as a power cut or {@code kill -9} would: no shutdown hook, no undeployment. */
    public void crash() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("Payara Micro survived SIGKILL for 30 s");
        }
    }

    private static Path emptied(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (var walk = Files.walk(folder)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return Files.createDirectories(folder);
    }
}
