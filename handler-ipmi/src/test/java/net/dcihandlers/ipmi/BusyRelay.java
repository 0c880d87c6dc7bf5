package net.dcihandlers.ipmi;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A BMC that is busy: a UDP relay in front of ipmi_sim that answers the first RMCP+ Open Session
 * Requests itself with status 0x01, "insufficient resources to create a session" (IPMI 2.0,
 * 13.17), as a BMC whose few session slots are taken does; later ones go through to ipmi_sim.
 * The open-session exchange precedes any authentication, so the relay can answer it as the BMC.
 */
final class BusyRelay implements AutoCloseable {
    private static final int RMCP_PLUS = 0x06;
    private static final int OPEN_SESSION_REQUEST = 0x10;
    private static final int OPEN_SESSION_RESPONSE = 0x11;

    private final DatagramSocket front;
    private final SocketAddress target;
    private final AtomicInteger busyLeft;
    private final AtomicInteger refused = new AtomicInteger();
    private final Thread pump;

    BusyRelay(int bmcPort, int busyAnswers) throws IOException {
        front = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        target = new InetSocketAddress(InetAddress.getLoopbackAddress(), bmcPort);
        busyLeft = new AtomicInteger(busyAnswers);
        pump = new Thread(this::pump, "busy-relay");
        pump.setDaemon(true);
        pump.start();
    }

    String address() {
        return "127.0.0.1:" + front.getLocalPort();
    }

    /** How many open-session requests were answered busy. */
    int refused() {
        return refused.get();
    }

    private void pump() {
        byte[] buf = new byte[2048];
        while (!front.isClosed()) {
            try {
                DatagramPacket p = new DatagramPacket(buf, buf.length);
                front.receive(p);
                byte[] data = java.util.Arrays.copyOf(p.getData(), p.getLength());
                SocketAddress client = p.getSocketAddress();
                if (isOpenSessionRequest(data) && busyLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    refused.incrementAndGet();
                    byte[] r = busyAnswer(data);
                    front.send(new DatagramPacket(r, r.length, client));
                    continue;
                }
                relay(data, client);
            } catch (IOException e) {
                return;
            }
        }
    }

    /** One exchange through ipmi_sim, on a socket of its own so that answers find their way back. */
    private void relay(byte[] data, SocketAddress client) {
        Thread t = new Thread(() -> {
            try (DatagramSocket back = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
                back.setSoTimeout(3000);
                back.send(new DatagramPacket(data, data.length, target));
                byte[] buf = new byte[2048];
                DatagramPacket r = new DatagramPacket(buf, buf.length);
                back.receive(r);
                front.send(new DatagramPacket(r.getData(), r.getLength(), client));
            } catch (IOException ignored) {
                // no answer: the client retries
            }
        });
        t.setDaemon(true);
        t.start();
    }

    private static boolean isOpenSessionRequest(byte[] d) {
        return d.length >= 16 && (d[0] & 0xff) == 0x06 && (d[4] & 0xff) == RMCP_PLUS
                && (d[5] & 0x3f) == OPEN_SESSION_REQUEST;
    }

    /** RMCP header, RMCP+ session header (session 0), and a 36-byte Open Session Response with status 0x01. */
    private static byte[] busyAnswer(byte[] request) {
        int payload = 36;
        byte[] r = new byte[16 + payload];
        System.arraycopy(request, 0, r, 0, 4); // RMCP header: version, reserved, sequence, class
        r[4] = RMCP_PLUS;
        r[5] = OPEN_SESSION_RESPONSE;
        // session ID and sequence number stay 0 before a session exists
        r[14] = (byte) payload;
        r[15] = 0;
        r[16] = request[16]; // message tag, echoed
        r[17] = 0x01; // insufficient resources to create a session
        r[18] = request[17]; // maximum privilege, as requested
        System.arraycopy(request, 20, r, 20, 4); // remote console session ID, echoed
        return r;
    }

    @Override
    public void close() {
        front.close();
    }
}
