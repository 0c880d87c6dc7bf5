package net.dcihandlers.core.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A switch whose ports really go down: a network namespace holding veth ports swp1..swpN and
 * net-snmp's snmpd serving their IF-MIB. snmpd listens on a management veth whose other end stays
 * on the host, so handlers in the test JVM reach it at {@link #address()} without entering the
 * namespace. The kernel, not the handler, is the witness of a port's state.
 */
public final class NetnsSwitch implements AutoCloseable {
    public static final String RO_COMMUNITY = "public-ro";
    public static final String RW_COMMUNITY = "private-rw";

    /** SNMPv3 users the agent knows: name, auth protocol, auth passphrase, priv protocol, priv passphrase. */
    public record V3User(String name, String auth, String authPhrase, String priv, String privPhrase) {
    }

    public static final V3User MD5_DES = new V3User("opmd5des", "MD5", "md5-auth-pass", "DES", "des-priv-pass");
    public static final V3User SHA_AES = new V3User("opshaaes", "SHA", "sha-auth-pass", "AES", "aes-priv-pass");
    public static final V3User MD5_AUTH_ONLY = new V3User("opauthonly", "MD5", "auth-only-pass", null, null);
    public static final V3User NO_AUTH = new V3User("opnoauth", null, null, null, null);
    /** A v3 user with read-only access. */
    public static final V3User SHA_AES_RO = new V3User("opreadonly", "SHA", "ro-auth-pass", "AES", "ro-priv-pass");

    private final String ns;
    private final Path dir;
    private final String agentIp;
    private final int ports;
    private Process snmpd;

    private NetnsSwitch(String ns, Path dir, String agentIp, int ports) {
        this.ns = ns;
        this.dir = dir;
        this.agentIp = agentIp;
        this.ports = ports;
    }

    public static NetnsSwitch start(int ports) {
        Peers.requireRoot("a switch of veth ports");
        Peers.require("ip", "iproute2");
        Path snmpdBin = Peers.require("snmpd", "snmpd");
        Peers.require("snmpget", "snmp");
        String id = Integer.toString(ThreadLocalRandom.current().nextInt(0x1000, 0xffff), 16);
        int subnet = ThreadLocalRandom.current().nextInt(1, 254);
        String ns = "dcisw" + id;
        String hostIp = "10.213." + subnet + ".1";
        String agentIp = "10.213." + subnet + ".2";
        Path dir;
        try {
            dir = Files.createTempDirectory("netns-switch");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        NetnsSwitch sw = new NetnsSwitch(ns, dir, agentIp, ports);
        try {
            ip("netns", "add", ns);
            ip("-n", ns, "link", "set", "lo", "up");
            String mgmtHost = "dm" + id;
            ip("link", "add", mgmtHost, "type", "veth", "peer", "name", "mgmt" + id);
            ip("link", "set", "mgmt" + id, "netns", ns);
            ip("-n", ns, "link", "set", "mgmt" + id, "name", "mgmt0");
            ip("addr", "add", hostIp + "/30", "dev", mgmtHost);
            ip("-n", ns, "addr", "add", agentIp + "/30", "dev", "mgmt0");
            ip("link", "set", mgmtHost, "up");
            ip("-n", ns, "link", "set", "mgmt0", "up");
            for (int i = 1; i <= ports; i++) {
                String cable = "dp" + id + "x" + i;
                ip("link", "add", cable, "type", "veth", "peer", "name", "sp" + id + "x" + i);
                ip("link", "set", "sp" + id + "x" + i, "netns", ns);
                ip("-n", ns, "link", "set", "sp" + id + "x" + i, "name", "swp" + i);
                ip("link", "set", cable, "up");
                ip("-n", ns, "link", "set", "swp" + i, "up");
            }
            Path conf = dir.resolve("snmpd.conf");
            List<String> lines = new ArrayList<>(List.of(
                    "agentAddress udp:" + agentIp + ":161",
                    "sysName netns-switch-" + id,
                    "sysObjectID 1.3.6.1.4.1.8072.3.2.10",
                    "rocommunity " + RO_COMMUNITY + " " + hostIp,
                    "rwcommunity " + RW_COMMUNITY + " " + hostIp,
                    "rocommunity6 " + RO_COMMUNITY + " default"));
            for (V3User u : List.of(MD5_DES, SHA_AES, MD5_AUTH_ONLY, NO_AUTH, SHA_AES_RO)) {
                StringBuilder b = new StringBuilder("createUser " + u.name());
                if (u.auth() != null) {
                    b.append(' ').append(u.auth()).append(" \"").append(u.authPhrase()).append('"');
                    if (u.priv() != null) {
                        b.append(' ').append(u.priv()).append(" \"").append(u.privPhrase()).append('"');
                    }
                }
                lines.add(b.toString());
                String level = u.auth() == null ? "noauth" : u.priv() == null ? "auth" : "priv";
                lines.add((u == SHA_AES_RO ? "rouser " : "rwuser ") + u.name() + " " + level);
            }
            Files.write(conf, lines);
            Path persist = Files.createDirectories(dir.resolve("persist"));
            sw.snmpd = Peers.start(dir.resolve("snmpd.log"), List.of("ip", "netns", "exec", ns, "env",
                    "SNMP_PERSISTENT_DIR=" + persist, snmpdBin.toString(), "-f", "-Lo", "-C", "-c", conf.toString(),
                    "-p", dir.resolve("snmpd.pid").toString()));
            sw.awaitReady();
            // snmpd caches ifTable for a few seconds; with NET-SNMP-AGENT-MIB nsCacheTimeout of
            // ifTable at 0 it reads the kernel on every request, so a test sees no stale state
            Peers.run(60, "snmpset", "-v2c", "-c", RW_COMMUNITY, "-t", "5", sw.address(),
                    "1.3.6.1.4.1.8072.1.5.3.1.2.1.3.6.1.2.1.2.2", "i", "0").ok();
            return sw;
        } catch (IOException e) {
            sw.close();
            throw new AssertionError(e);
        } catch (RuntimeException | Error e) {
            sw.close();
            throw e;
        }
    }

    private static void ip(String... args) {
        String[] argv = new String[args.length + 1];
        argv[0] = "ip";
        System.arraycopy(args, 0, argv, 1, args.length);
        Peers.run(20, argv).ok();
    }

    private void awaitReady() {
        Patience.await("snmpd to answer on " + address(), () -> {
            if (!snmpd.isAlive()) {
                throw new AssertionError("snmpd exited: " + log());
            }
            return snmpGet("1.3.6.1.2.1.1.5.0") != null;
        });
    }

    private String log() {
        try {
            return Files.readString(dir.resolve("snmpd.log"));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    /** One value read with net-snmp's own snmpget (read-only community), or null. */
    public String snmpGet(String oid) {
        Peers.Out o = Peers.run(30, "snmpget", "-v2c", "-c", RO_COMMUNITY, "-t", "5", "-r", "0", "-Oqv",
                address(), oid);
        return o.exit() == 0 ? o.stdout().trim() : null;
    }

    /** SNMP packets the agent has received (snmpInPkts), to count a handler's requests. */
    public long snmpInPkts() {
        String v = snmpGet("1.3.6.1.2.1.11.1.0");
        return Long.parseLong(v.replaceAll("[^0-9]", ""));
    }

    /** The ip value a request uses. */
    public String address() {
        return agentIp + ":161";
    }

    public String agentIp() {
        return agentIp;
    }

    public int ports() {
        return ports;
    }

    public String sysName() {
        return "netns-switch-" + ns.substring(5);
    }

    /** The kernel's ifIndex of port swpN (the handler's port identity). */
    public int ifIndex(int port) {
        String line = Peers.run(10, "ip", "-n", ns, "-o", "link", "show", "swp" + port).ok().stdout();
        return Integer.parseInt(line.substring(0, line.indexOf(':')).trim());
    }

    /** Whether the kernel has port swpN administratively up (the UP flag). */
    public boolean adminUp(int port) {
        String line = Peers.run(10, "ip", "-n", ns, "-o", "link", "show", "swp" + port).ok().stdout();
        String flags = line.substring(line.indexOf('<') + 1, line.indexOf('>'));
        return List.of(flags.split(",")).contains("UP");
    }

    /** Sets port swpN up or down in the kernel, as an operator at the console would. */
    public void setAdmin(int port, boolean up) {
        ip("-n", ns, "link", "set", "swp" + port, up ? "up" : "down");
    }

    @Override
    public void close() {
        Peers.stop(snmpd);
        if (Peers.run(10, "ip", "netns", "list").stdout().contains(ns)) {
            Peers.run(20, "ip", "netns", "del", ns);
        }
        Peers.deleteTree(dir);
    }
}
