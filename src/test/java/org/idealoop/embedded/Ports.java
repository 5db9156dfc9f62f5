package org.idealoop.embedded;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Checks that a port is free before a service is started on it, so a clash is a clear message. */
public final class Ports {

    private Ports() {
    }

    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            return false;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public static void requireFree(int port, String service, String setting) {
        if (!isFree(port)) {
            throw new IllegalStateException("Port " + port + " for " + service + " is already in use."
                    + " Is Idealoop already running? Stop it, or choose another port with " + setting + ".");
        }
    }
}
