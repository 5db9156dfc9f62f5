package org.idealoop.embedded;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Debian's nginx as the load balancer of a cluster on loopback: round robin over the application instances, no
 * sticky sessions (any instance serves any session from the data grid), an instance that refuses connections
 * left out for a few seconds. Idempotent requests that met a dead instance are tried on the next; POSTs never
 * are (nginx's default), so an acknowledged write is never sent twice by the balancer.
 */
public final class Nginx implements AutoCloseable {

    private final Process process;
    private final int port;

    private Nginx(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** The nginx program: Debian's /usr/sbin/nginx, else the one on the PATH. */
    static String program() {
        return Files.isExecutable(Path.of("/usr/sbin/nginx")) ? "/usr/sbin/nginx" : "nginx";
    }

    public static Nginx start(Path dir, int port, List<Integer> upstreamPorts) throws IOException, InterruptedException {
        Ports.requireFree(port, "nginx (the load balancer)", "IDEALOOP_HTTP_PORT");
        Files.createDirectories(dir.resolve("temp"));
        Path conf = dir.resolve("nginx.conf");
        Files.writeString(conf, configuration(dir, port, upstreamPorts));
        Process process = new ProcessBuilder(program(), "-p", dir.toString(), "-c", conf.toString(), "-g", "daemon off;")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("nginx.out").toFile()))
                .start();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("nginx stopped at start-up:" + System.lineSeparator()
                        + Processes.tail(dir.resolve("nginx.out"), 20) + System.lineSeparator()
                        + Processes.tail(dir.resolve("error.log"), 20));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return new Nginx(process, port);
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        Processes.stopTree(process, 5);
        throw new IOException("nginx did not listen on port " + port + " within 20 s");
    }

    static String configuration(Path dir, int port, List<Integer> upstreamPorts) {
        String servers = upstreamPorts.stream()
                .map(p -> "        server 127.0.0.1:" + p + " max_fails=1 fail_timeout=5s;")
                .collect(Collectors.joining("\n"));
        Path temp = dir.resolve("temp");
        return """
                # Written by org.idealoop.embedded.Nginx for a cluster on loopback.
                %s
                worker_processes 1;
                pid %s;
                error_log %s warn;
                events { worker_connections 1024; }
                http {
                    access_log off;
                    client_body_temp_path %s/body;
                    proxy_temp_path %s/proxy;
                    fastcgi_temp_path %s/fastcgi;
                    uwsgi_temp_path %s/uwsgi;
                    scgi_temp_path %s/scgi;
                    upstream idealoop {
                %s
                        keepalive 64;
                    }
                    server {
                        listen 127.0.0.1:%d;
                        client_max_body_size 12m;
                        location / {
                            proxy_pass http://idealoop;
                            proxy_http_version 1.1;
                            proxy_set_header Connection "";
                            proxy_set_header Host $http_host;
                            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                            proxy_set_header X-Forwarded-Proto $scheme;
                            proxy_connect_timeout 2s;
                            proxy_read_timeout 60s;
                            proxy_next_upstream error timeout http_502 http_503;
                        }
                    }
                }
                """.formatted(Processes.runningAsRoot() ? "user root;" : "", dir.resolve("nginx.pid"),
                dir.resolve("error.log"), temp, temp, temp, temp, temp, servers, port);
    }

    public int port() {
        return port;
    }

    public String url() {
        return "http://localhost:" + port + "/";
    }

    @Override
    public void close() {
        Processes.stopTree(process, 10);
    }
}
