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
        List<String> command = new ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                // Sized for a small box (docs/performance.md, "Memory"): the live heap after the benchmark is about
                // 150 MB; metaspace (about 165 MB for Payara's classes) and the JIT's code cache come on top.
                "-Xmx320m", "-XX:+UseSerialGC", "-XX:ReservedCodeCacheSize=96m", "-Xss512k",
                "-jar", microJar.toString(),
                "--deploy", war.toString(),
                "--contextroot", "/",
                "--port", Integer.toString(port),
                "--nocluster",
                "--rootdir", emptied(rootDir).toString()));
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
