package net.dcihandlers.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.snmp4j.smi.Counter32;
import org.snmp4j.smi.Gauge32;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.TimeTicks;
import org.snmp4j.smi.Variable;

/**
 * A simulated UPS on 127.0.0.1 speaking the RFC 1628 UPS-MIB over SNMP v1, v2c and (optionally)
 * v3, whose readings a test or a demo changes while it runs: where the output comes from, the
 * battery, the alarms, and per input and output line the voltage, power and load. Every change
 * shows with the next request.
 *
 * <pre>{@code
 * try (SimulatedUps ups = SimulatedUps.builder().lines(3).start()) {
 *     // point the code under test at ups.address() with community "public"
 *     ups.mainsFails();      // on battery, every input line at 0 V and 0 W, alarm onBattery
 *     ups.setBatteryStatus(SimulatedUps.BatteryStatus.LOW);
 *     ups.mainsReturns();    // back on mains with the input readings of before
 * }
 * }</pre>
 *
 * The setters change one reading each, so a test can serve any combination a real agent might;
 * {@link #mainsFails()} and {@link #mainsReturns()} change together what a blackout changes.
 *
 * Per-line setters take a line number from 1 to {@link #lines()} and throw
 * IllegalArgumentException for another. A per-line value set to null is not served at all, as a
 * UPS that does not measure it. It also serves the SNMPv2-MIB system group and the {@link Fault}s
 * that act on requests and responses (silent, slow, drop, tooBig, maxBindings).
 */
public final class SimulatedUps implements AutoCloseable {
    /** upsMIB: everything below is served from {@link #snapshot()}. */
    private static final OID UPS_MIB = new OID("1.3.6.1.2.1.33");
    private static final String UPS_OBJECTS = "1.3.6.1.2.1.33.1";
    /** upsWellKnownAlarms: the alarm OIDs upsAlarmDescr points to. */
    private static final String WELL_KNOWN_ALARMS = "1.3.6.1.2.1.33.1.6.3";

    /** upsOutputSource values. */
    public enum OutputSource {
        OTHER(1), NONE(2), NORMAL(3), BYPASS(4), BATTERY(5), BOOSTER(6), REDUCER(7);

        private final int value;

        OutputSource(int value) {
            this.value = value;
        }

        /** The value the MIB serves. */
        public int value() {
            return value;
        }
    }

    /** upsBatteryStatus values. */
    public enum BatteryStatus {
        UNKNOWN(1), NORMAL(2), LOW(3), DEPLETED(4);

        private final int value;

        BatteryStatus(int value) {
            this.value = value;
        }

        public int value() {
            return value;
        }
    }

    /** The RFC's well-known alarms (upsWellKnownAlarms), by their last sub-identifier. */
    public enum Alarm {
        BATTERY_BAD(1), ON_BATTERY(2), LOW_BATTERY(3), DEPLETED_BATTERY(4), TEMP_BAD(5), INPUT_BAD(6),
        OUTPUT_BAD(7), OUTPUT_OVERLOAD(8), ON_BYPASS(9), BYPASS_BAD(10), OUTPUT_OFF_AS_REQUESTED(11),
        UPS_OFF_AS_REQUESTED(12), CHARGER_FAILED(13), UPS_OUTPUT_OFF(14), UPS_SYSTEM_OFF(15), FAN_FAILURE(16),
        FUSE_FAILURE(17), GENERAL_FAULT(18), DIAGNOSTIC_TEST_FAILED(19), COMMUNICATIONS_LOST(20),
        AWAITING_POWER(21), SHUTDOWN_PENDING(22), SHUTDOWN_IMMINENT(23), TEST_IN_PROGRESS(24);

        private final int id;

        Alarm(int id) {
            this.id = id;
        }

        /** The OID upsAlarmDescr holds for this alarm. */
        public OID oid() {
            return new OID(WELL_KNOWN_ALARMS + "." + id);
        }
    }

    private final Agent agent;
    private final Faults faults;
    private final String name;
    private final int lines;
    // guarded by this; the agent's thread reads through snapshot()
    private OutputSource outputSource = OutputSource.NORMAL;
    private BatteryStatus batteryStatus = BatteryStatus.NORMAL;
    private int secondsOnBattery;
    /** System.nanoTime when mains failed, while it stays failed; upsSecondsOnBattery counts from it. */
    private Long mainsFailedAt;
    private Integer[] inputVoltageOnMains;
    private Integer[] inputTruePowerOnMains;
    private int minutesRemaining = 45;
    private int chargeRemaining = 100;
    private final Integer[] inputVoltage;
    private final Integer[] inputTruePower;
    private final Integer[] outputVoltage;
    private final Integer[] outputPower;
    private final Integer[] outputPercentLoad;
    private List<Alarm> alarms = List.of();

    private SimulatedUps(Builder b, Faults faults) {
        this.name = b.sysName;
        this.lines = b.lines;
        this.faults = faults;
        this.inputVoltage = filled(230);
        this.inputTruePower = filled(1000);
        this.outputVoltage = filled(230);
        this.outputPower = filled(900);
        this.outputPercentLoad = filled(30);
        this.agent = new Agent(new Snmpv2Mib.Identity(b.sysDescr, b.sysObjectId, b.sysName), faults);
        agent.register(new UpsMibTree(UPS_MIB, this::snapshot));
        try {
            agent.listen(b.port, new Agent.Access(b.readCommunity, b.writeCommunity, b.v3User, null));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on udp 127.0.0.1:" + b.port, e);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public int port() {
        return agent.port();
    }

    /** "127.0.0.1:port", as a handler's {@code ip} device parameter may give it. */
    public String address() {
        return "127.0.0.1:" + port();
    }

    /** Input and output lines (phases): upsInputNumLines and upsOutputNumLines. */
    public int lines() {
        return lines;
    }

    /** Datagrams received since start or the last {@link #resetRequests()}, as {@link SimulatedSwitch#requests()}. */
    public long requests() {
        return agent.gate.received();
    }

    public void resetRequests() {
        agent.gate.resetReceived();
    }

    public synchronized void setOutputSource(OutputSource source) {
        outputSource = source;
    }

    public synchronized void setBatteryStatus(BatteryStatus status) {
        batteryStatus = status;
    }

    /** upsSecondsOnBattery: 0 while on mains. */
    public synchronized void setSecondsOnBattery(int seconds) {
        secondsOnBattery = nonNegative(seconds);
    }

    /** upsEstimatedMinutesRemaining. */
    public synchronized void setMinutesRemaining(int minutes) {
        minutesRemaining = nonNegative(minutes);
    }

    /** upsEstimatedChargeRemaining, percent. */
    public synchronized void setChargeRemaining(int percent) {
        chargeRemaining = nonNegative(percent);
    }

    /** upsInputVoltage of a line, RMS volts; null: not served. */
    public synchronized void setInputVoltage(int line, Integer volts) {
        inputVoltage[index(line)] = volts;
    }

    /** upsInputTruePower of a line, watts; null: not served. */
    public synchronized void setInputTruePower(int line, Integer watts) {
        inputTruePower[index(line)] = watts;
    }

    /** upsOutputVoltage of a line, RMS volts; null: not served. */
    public synchronized void setOutputVoltage(int line, Integer volts) {
        outputVoltage[index(line)] = volts;
    }

    /** upsOutputPower of a line, watts; null: not served. */
    public synchronized void setOutputPower(int line, Integer watts) {
        outputPower[index(line)] = watts;
    }

    /** upsOutputPercentLoad of a line; null: not served. */
    public synchronized void setOutputPercentLoad(int line, Integer percent) {
        outputPercentLoad[index(line)] = percent;
    }

    /**
     * Mains fails: the output comes from the battery, every input line that is measured reads 0 V
     * and 0 W, the onBattery alarm is raised and upsSecondsOnBattery counts from now. The output
     * readings stay as they were: the load does not notice.
     */
    public synchronized void mainsFails() {
        if (mainsFailedAt != null) {
            return;
        }
        mainsFailedAt = System.nanoTime();
        inputVoltageOnMains = inputVoltage.clone();
        inputTruePowerOnMains = inputTruePower.clone();
        for (int i = 0; i < lines; i++) {
            inputVoltage[i] = inputVoltage[i] == null ? null : 0;
            inputTruePower[i] = inputTruePower[i] == null ? null : 0;
        }
        outputSource = OutputSource.BATTERY;
        if (!alarms.contains(Alarm.ON_BATTERY)) {
            List<Alarm> raised = new java.util.ArrayList<>(alarms);
            raised.add(Alarm.ON_BATTERY);
            alarms = List.copyOf(raised);
        }
    }

    /**
     * Mains returns after {@link #mainsFails()}: the input lines read what they read before, the
     * output is on mains again, the onBattery and lowBattery alarms clear and a low battery starts
     * charging (batteryNormal). Does nothing while mains has not failed.
     */
    public synchronized void mainsReturns() {
        if (mainsFailedAt == null) {
            return;
        }
        mainsFailedAt = null;
        System.arraycopy(inputVoltageOnMains, 0, inputVoltage, 0, lines);
        System.arraycopy(inputTruePowerOnMains, 0, inputTruePower, 0, lines);
        outputSource = OutputSource.NORMAL;
        if (batteryStatus == BatteryStatus.LOW) {
            batteryStatus = BatteryStatus.NORMAL;
        }
        alarms = alarms.stream().filter(a -> a != Alarm.ON_BATTERY && a != Alarm.LOW_BATTERY).toList();
        secondsOnBattery = 0;
    }

    /** The alarms present now (upsAlarmTable, upsAlarmsPresent); none clears them. */
    public synchronized void setAlarms(Alarm... present) {
        alarms = List.copyOf(Arrays.asList(present));
    }

    public synchronized OutputSource outputSource() {
        return outputSource;
    }

    public synchronized BatteryStatus batteryStatus() {
        return batteryStatus;
    }

    public synchronized List<Alarm> alarms() {
        return alarms;
    }

    /** Replaces the active faults; takes effect with the next request. */
    public void setFaults(Fault... active) {
        faults.set(Arrays.asList(active));
    }

    public void clearFaults() {
        faults.set(List.of());
    }

    @Override
    public void close() {
        agent.close();
    }

    @Override
    public String toString() {
        synchronized (this) {
            return "SimulatedUps[" + address() + ", " + lines + " lines, " + outputSource + ", battery " + batteryStatus
                    + ", input " + Arrays.toString(inputVoltage) + " V, alarms " + alarms + "]";
        }
    }

    /** Every UPS-MIB instance as it is now, in OID order. */
    private synchronized NavigableMap<OID, Variable> snapshot() {
        TreeMap<OID, Variable> m = new TreeMap<>();
        put(m, "1.1.0", Syntax.text("dci-handlers")); // upsIdentManufacturer
        put(m, "1.2.0", Syntax.text("simulated UPS")); // upsIdentModel
        put(m, "1.5.0", Syntax.text(name)); // upsIdentName
        put(m, "2.1.0", new Integer32(batteryStatus.value())); // upsBatteryStatus
        int onBattery = mainsFailedAt == null ? secondsOnBattery
                : (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - mainsFailedAt) / 1_000_000_000L);
        put(m, "2.2.0", new Integer32(onBattery)); // upsSecondsOnBattery
        put(m, "2.3.0", new Integer32(minutesRemaining)); // upsEstimatedMinutesRemaining
        put(m, "2.4.0", new Integer32(chargeRemaining)); // upsEstimatedChargeRemaining
        put(m, "3.1.0", new Counter32(0)); // upsInputLineBads
        put(m, "3.2.0", new Integer32(lines)); // upsInputNumLines
        put(m, "4.1.0", new Integer32(outputSource.value())); // upsOutputSource
        put(m, "4.2.0", new Integer32(500)); // upsOutputFrequency, 0.1 Hz
        put(m, "4.3.0", new Integer32(lines)); // upsOutputNumLines
        for (int line = 1; line <= lines; line++) {
            int i = line - 1;
            put(m, "3.3.1.1." + line, new Integer32(line)); // upsInputLineIndex
            put(m, "3.3.1.2." + line, new Integer32(500)); // upsInputFrequency, 0.1 Hz
            putIfGiven(m, "3.3.1.3." + line, inputVoltage[i]); // upsInputVoltage
            putIfGiven(m, "3.3.1.5." + line, inputTruePower[i]); // upsInputTruePower
            put(m, "4.4.1.1." + line, new Integer32(line)); // upsOutputLineIndex
            putIfGiven(m, "4.4.1.2." + line, outputVoltage[i]); // upsOutputVoltage
            putIfGiven(m, "4.4.1.4." + line, outputPower[i]); // upsOutputPower
            putIfGiven(m, "4.4.1.5." + line, outputPercentLoad[i]); // upsOutputPercentLoad
        }
        put(m, "6.1.0", new Gauge32(alarms.size())); // upsAlarmsPresent
        for (int row = 1; row <= alarms.size(); row++) {
            put(m, "6.2.1.1." + row, new Integer32(row)); // upsAlarmId
            put(m, "6.2.1.2." + row, alarms.get(row - 1).oid()); // upsAlarmDescr
            put(m, "6.2.1.3." + row, new TimeTicks(0)); // upsAlarmTime
        }
        return m;
    }

    private static void put(TreeMap<OID, Variable> m, String underUpsObjects, Variable v) {
        m.put(new OID(UPS_OBJECTS + "." + underUpsObjects), v);
    }

    private static void putIfGiven(TreeMap<OID, Variable> m, String underUpsObjects, Integer v) {
        if (v != null) {
            put(m, underUpsObjects, new Integer32(v));
        }
    }

    private Integer[] filled(int value) {
        Integer[] a = new Integer[lines];
        Arrays.fill(a, value);
        return a;
    }

    private int index(int line) {
        if (line < 1 || line > lines) {
            throw new IllegalArgumentException("line " + line + " is not one of 1-" + lines);
        }
        return line - 1;
    }

    private static int nonNegative(int v) {
        if (v < 0) {
            throw new IllegalArgumentException("negative: " + v);
        }
        return v;
    }

    /** Configures a UPS; {@link #start()} binds it. */
    public static final class Builder {
        private int port;
        private int lines = 1;
        private String sysName = "sim-ups";
        private String sysDescr = "dci-handlers simulated UPS";
        /** NUT's ietf-mib.c takes upsMIB itself as the sysObjectID of a plain RFC 1628 agent. */
        private String sysObjectId = "1.3.6.1.2.1.33";
        private String readCommunity = "public";
        private String writeCommunity = "private";
        private V3User v3User;

        private Builder() {
        }

        /** UDP port to listen on; 0 (the default) takes an ephemeral one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("not a UDP port: " + port);
            }
            this.port = port;
            return this;
        }

        /** Input and output lines (phases), 1 to 9; default 1. */
        public Builder lines(int lines) {
            if (lines < 1 || lines > 9) {
                throw new IllegalArgumentException("a UPS has 1 to 9 lines, not " + lines);
            }
            this.lines = lines;
            return this;
        }

        public Builder sysName(String sysName) {
            this.sysName = sysName;
            return this;
        }

        public Builder sysDescr(String sysDescr) {
            this.sysDescr = sysDescr;
            return this;
        }

        public Builder readCommunity(String community) {
            this.readCommunity = community;
            return this;
        }

        public Builder writeCommunity(String community) {
            this.writeCommunity = community;
            return this;
        }

        /** An SNMPv3 user, authPriv with SHA and AES-128 (passphrases of at least 8 characters). */
        public Builder v3User(String name, String authPassphrase, String privPassphrase) {
            this.v3User = new V3User(name, authPassphrase, privPassphrase);
            return this;
        }

        /** Binds the port and starts answering: on mains, battery normal, 45 minutes left, no alarm. */
        public SimulatedUps start() {
            return new SimulatedUps(this, new Faults());
        }
    }
}
