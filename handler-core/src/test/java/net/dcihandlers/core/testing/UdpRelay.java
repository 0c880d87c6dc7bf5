package net.dcihandlers.core.testing;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.SocketException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A UDP relay on loopback between a handler and a device: it counts the requests the handler
 * sends (so tests assert request counts from outside the handler) and can add a delay each way
 * (a device far away).
 */
public final class UdpRelay implements AutoCloseable {
    private final DatagramSocket front;
    private final DatagramSocket back;
    private final SocketAddress target;
    private final AtomicInteger requests = new AtomicInteger();
    private volatile SocketAddress client;
    private volatile long delayMillis;

    private UdpRelay(DatagramSocket front, DatagramSocket back, SocketAddress target) {
        this.front = front;
        this.back = back;
        this.target = target;
    }

    public static UdpRelay to(String host, int port) {
        try {
            DatagramSocket front = new DatagramSocket(0, InetAddress.getLoopbackAddress());
            DatagramSocket back = new DatagramSocket(0, InetAddress.getLoopbackAddress());
            UdpRelay r = new UdpRelay(front, back, new InetSocketAddress(host, port));
            r.pump(front, true);
            r.pump(back, false);
            return r;
        } catch (SocketException e) {
            throw new AssertionError(e);
        }
    }

    /** Adds this much delay in each direction (so the round trip grows by twice as much). */
    public UdpRelay delay(long millis) {
        delayMillis = millis;
        return this;
    }

    public int requests() {
        return requests.get();
    }

    public void reset() {
        requests.set(0);
    }

    public String address() {
        return "127.0.0.1:" + front.getLocalPort();
    }

    private void pump(DatagramSocket in, boolean fromClient) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[65536];
            while (!in.isClosed()) {
                DatagramPacket p = new DatagramPacket(buf, buf.length);
                try {
                    in.receive(p);
                    if (delayMillis > 0) {
                        Thread.sleep(delayMillis);
                    }
                    if (fromClient) {
                        client = p.getSocketAddress();
                        requests.incrementAndGet();
                        back.send(new DatagramPacket(p.getData(), p.getOffset(), p.getLength(), target));
                    } else if (client != null) {
                        front.send(new DatagramPacket(p.getData(), p.getOffset(), p.getLength(), client));
                    }
                } catch (IOException e) {
                    if (in.isClosed()) {
                        return;
                    }
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "udp-relay");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() {
        front.close();
        back.close();
    }
}
