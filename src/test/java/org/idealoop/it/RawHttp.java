package org.idealoop.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One HTTP/1.1 exchange over a plain socket, for what the JDK client refuses to send (a forged
 * {@code Host} header) and to read every header exactly as the server wrote it.
 */
final class RawHttp {

    private RawHttp() {
    }

    /** Status, headers in order (name: value, as sent) and body of one answer. */
    record Answer(int status, List<String> headers, String body) {

        List<String> all(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            List<String> values = new ArrayList<>();
            for (String header : headers) {
                if (header.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                    values.add(header.substring(prefix.length()).strip());
                }
            }
            return values;
        }

        String first(String name) {
            List<String> values = all(name);
            return values.isEmpty() ? null : values.get(0);
        }
    }

    /**
     * Sends {@code method path} to the server at {@code base} with the given Host header and extra
     * header lines ("Name: value"), and a body when not null.
     */
    static Answer send(URL base, String method, String path, String host, String body, String... headers) {
        int port = base.getPort() == -1 ? base.getDefaultPort() : base.getPort();
        try (Socket socket = new Socket(base.getHost(), port)) {
            socket.setSoTimeout(30_000);
            StringBuilder request = new StringBuilder()
                    .append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(host).append("\r\n")
                    .append("Connection: close\r\n");
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            if (body != null) {
                request.append("Content-Length: ").append(content.length).append("\r\n");
            }
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        String text = all.toString(StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String body = end < 0 ? "" : text.substring(end + 4);
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        List<String> headers = new ArrayList<>(List.of(lines).subList(1, lines.length));
        return new Answer(status, headers, new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
    }
}
