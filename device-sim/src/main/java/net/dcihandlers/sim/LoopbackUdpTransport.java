package net.dcihandlers.sim;

import java.io.IOException;
import java.net.InetAddress;

import org.snmp4j.smi.UdpAddress;
import org.snmp4j.transport.DefaultUdpTransportMapping;

/** UDP on 127.0.0.1, taking requests of any size UDP allows and answering with as large a datagram as IPv4 carries. */
final class LoopbackUdpTransport extends DefaultUdpTransportMapping {
    static final byte[] LOOPBACK = {127, 0, 0, 1};
    /** 65535 minus the IPv4 and UDP headers: a larger response could not be sent at all. */
    private static final int MAX_IPV4_UDP_PAYLOAD = 65_507;

    LoopbackUdpTransport(int port) throws IOException {
        super(new UdpAddress(InetAddress.getByAddress(LOOPBACK), port), false);
        setMaxInboundMessageSize(65_535);
    }

    @Override
    public int getMaxOutboundMessageSize() {
        return MAX_IPV4_UDP_PAYLOAD;
    }

    /** The port actually bound (the ephemeral one when 0 was asked for). */
    int boundPort() {
        return getListenAddress().getPort();
    }
}
