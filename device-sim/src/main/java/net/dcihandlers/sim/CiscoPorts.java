package net.dcihandlers.sim;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.snmp4j.PDU;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.VariableBinding;

/**
 * The speed and duplex settings of the {@link SwitchModel#CISCO_IOS} switch's ports, as
 * CISCO-STACK-MIB's portTable (index module.port) exposes them: portAdminSpeed (1 autoDetect,
 * 2 autoDetect10100, 10000000, 100000000, 1000000000, or 10 for 10 Gbit/s) and portDuplex
 * (1 half, 2 full, 4 auto; 3 disagree is a state, not a setting), both read-write.
 *
 * <p>A port accepts the speeds its hardware has: a port of up to 1 Gbit/s the auto settings,
 * 10 and 100 Mbit/s and 1 Gbit/s; a 10 Gbit/s port autoDetect, 1 Gbit/s and 10 Gbit/s. Any other
 * value is {@code wrongValue}. A fixed speed or duplex shows in IF-MIB ifSpeed/ifHighSpeed and in
 * EtherLike-MIB dot3StatsDuplexStatus, as on a real port; the auto settings return the port to
 * what it negotiates.
 */
public final class CiscoPorts extends ManagedState<Map<Integer, CiscoPorts.Setting>> {
    static final String PORT_ENTRY = "1.3.6.1.4.1.9.5.1.4.1.1";
    static final int PORT_ADMIN_SPEED = 9;
    static final int PORT_DUPLEX = 10;
    static final int PORT_IF_INDEX = 11;

    public static final int SPEED_AUTO = 1;
    public static final int SPEED_AUTO_10_100 = 2;
    public static final int SPEED_10G = 10;
    public static final int DUPLEX_HALF = 1;
    public static final int DUPLEX_FULL = 2;
    public static final int DUPLEX_DISAGREE = 3;
    public static final int DUPLEX_AUTO = 4;

    private static final long MBPS = 1_000_000L;
    private static final long GBPS = 1_000_000_000L;

    /** One port's settings, by ifIndex in the snapshot. */
    record Setting(int adminSpeed, int duplex) {
    }

    private final Interfaces interfaces;
    private final BridgePorts ports;
    private final int module;

    CiscoPorts(Interfaces interfaces, BridgePorts ports, int module, Faults faults) {
        super(initial(ports), faults);
        this.interfaces = interfaces;
        this.ports = ports;
        this.module = module;
    }

    private static Map<Integer, Setting> initial(BridgePorts ports) {
        Map<Integer, Setting> settings = new HashMap<>();
        for (int ifIndex : ports.ifIndexes()) {
            settings.put(ifIndex, new Setting(SPEED_AUTO, DUPLEX_AUTO));
        }
        return settings;
    }

    /** portAdminSpeed of the port with this ifIndex. */
    public int adminSpeed(int ifIndex) {
        return setting(ifIndex).adminSpeed();
    }

    /** portDuplex of the port with this ifIndex. */
    public int duplex(int ifIndex) {
        return setting(ifIndex).duplex();
    }

    /**
     * Sets a port's speed and duplex as an operator at the console would ({@code speed 100},
     * {@code duplex half}), with the values of portAdminSpeed and portDuplex.
     */
    public void configure(int ifIndex, int adminSpeed, int duplex) {
        setting(ifIndex);
        if (!speedsOf(ifIndex).contains(adminSpeed) || (duplex != DUPLEX_HALF && duplex != DUPLEX_FULL && duplex != DUPLEX_AUTO)) {
            throw new IllegalArgumentException("port " + ifIndex + " cannot run at speed " + adminSpeed + ", duplex " + duplex);
        }
        update(s -> {
            Map<Integer, Setting> next = new HashMap<>(s);
            next.put(ifIndex, new Setting(adminSpeed, duplex));
            return Map.copyOf(next);
        });
    }

    /** The portTable index (module.port) of a port. */
    public String portIndex(int ifIndex) {
        return module + "." + position(ifIndex);
    }

    private Setting setting(int ifIndex) {
        Setting s = state().get(ifIndex);
        if (s == null) {
            throw new IllegalArgumentException("ifIndex " + ifIndex + " is not a port of the switch");
        }
        return s;
    }

    private int position(int ifIndex) {
        return ports.of(ifIndex) - ports.numbers().get(0) + 1;
    }

    int module() {
        return module;
    }

    /** The ifIndex of the port at a 1-based position, or null. */
    Integer ifIndexAt(int position) {
        int[] all = ports.ifIndexes();
        return position >= 1 && position <= all.length ? all[position - 1] : null;
    }

    int portCount() {
        return ports.count();
    }

    Set<Integer> speedsOf(int ifIndex) {
        long nominal = interfaces.byIfIndex(ifIndex).nominalSpeedBitsPerSecond();
        if (nominal >= 10 * GBPS) {
            return Set.of(SPEED_AUTO, (int) GBPS, SPEED_10G);
        }
        return Set.of(SPEED_AUTO, SPEED_AUTO_10_100, (int) (10 * MBPS), (int) (100 * MBPS), (int) GBPS);
    }

    @Override
    boolean covers(OID oid) {
        OID entry = new OID(PORT_ENTRY);
        if (!oid.startsWith(entry) || oid.size() <= entry.size()) {
            return false;
        }
        int column = oid.get(entry.size());
        return column == PORT_ADMIN_SPEED || column == PORT_DUPLEX;
    }

    @Override
    Outcome<Map<Integer, Setting>> apply(Map<Integer, Setting> current, List<VariableBinding> bindings) {
        Map<Integer, Setting> next = new HashMap<>(current);
        int n = new OID(PORT_ENTRY).size();
        for (int i = 0; i < bindings.size(); i++) {
            OID oid = bindings.get(i).getOid();
            Integer ifIndex = oid.size() == n + 3 && oid.get(n + 1) == module ? ifIndexAt(oid.get(n + 2)) : null;
            if (ifIndex == null) {
                return Outcome.refused(PDU.noCreation, i);
            }
            Integer value = Syntax.integer(bindings.get(i).getVariable());
            if (value == null) {
                return Outcome.refused(PDU.wrongType, i);
            }
            Setting s = next.get(ifIndex);
            if (oid.get(n) == PORT_ADMIN_SPEED) {
                if (!speedsOf(ifIndex).contains(value)) {
                    return Outcome.refused(PDU.wrongValue, i);
                }
                next.put(ifIndex, new Setting(value, s.duplex()));
            } else {
                if (value != DUPLEX_HALF && value != DUPLEX_FULL && value != DUPLEX_AUTO) {
                    return Outcome.refused(PDU.wrongValue, i);
                }
                next.put(ifIndex, new Setting(s.adminSpeed(), value));
            }
        }
        return Outcome.accepted(Map.copyOf(next));
    }

    /** The interfaces run at the forced speed and duplex, or negotiate. */
    @Override
    void applied(Map<Integer, Setting> now) {
        now.forEach((ifIndex, s) -> {
            SwitchInterface iface = interfaces.byIfIndex(ifIndex);
            iface.forceSpeed(switch (s.adminSpeed()) {
                case SPEED_AUTO -> 0;
                case SPEED_AUTO_10_100 -> Math.min(iface.nominalSpeedBitsPerSecond(), 100 * MBPS);
                case SPEED_10G -> 10 * GBPS;
                default -> s.adminSpeed();
            });
            iface.forceDuplex(switch (s.duplex()) {
                case DUPLEX_HALF -> SwitchInterface.DUPLEX_HALF;
                case DUPLEX_FULL -> SwitchInterface.DUPLEX_FULL;
                default -> 0;
            });
        });
    }
}
