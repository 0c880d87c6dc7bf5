package net.dcihandlers.ups.nut;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A TCP server on 127.0.0.1 that answers the first line it receives as a test scripts it: a broken
 * upsd, or a service that is no upsd at all. One connection at a time, on a daemon thread.
 */
final class FakeUpsd implements AutoCloseable {
    /** What the server does with a connection after reading the client's first line. */
    @FunctionalInterface
    interface Behaviour {
        void answer(String firstLine, OutputStream out) throws IOException, InterruptedException;
    }

    private final ServerSocket server;
    private final Thread thread;

    private FakeUpsd(ServerSocket server, Behaviour behaviour) {
        this.server = server;
        this.thread = new Thread(() -> serve(behaviour), "fake-upsd");
        thread.setDaemon(true);
        thread.start();
    }

    static FakeUpsd answering(Behaviour behaviour) {
        try {
            return new FakeUpsd(new ServerSocket(0, 5, InetAddress.getLoopbackAddress()), behaviour);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Answers the first line with fixed text. */
    static FakeUpsd saying(String text) {
        return answering((line, out) -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    String address() {
        return "127.0.0.1:" + server.getLocalPort();
    }

    private void serve(Behaviour behaviour) {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                String first = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8))
                        .readLine();
                behaviour.answer(first, s.getOutputStream());
                s.getOutputStream().flush();
            } catch (IOException e) {
                // the client went away, or the server is closing
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        thread.interrupt();
    }
}
