package net.dcihandlers.sim;

import java.util.function.Function;

import org.snmp4j.PDU;
import org.snmp4j.smi.Counter32;
import org.snmp4j.smi.Counter64;
import org.snmp4j.smi.Gauge32;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.SMIConstants;
import org.snmp4j.smi.Variable;

/**
 * The IF-MIB (RFC 2863) columns the simulated switch serves, each with its OID; faults name the
 * column they affect with these constants. ifAdminStatus and ifAlias are writable.
 */
public enum IfColumn {
    IF_INDEX(Table.IF_ENTRY, 1, i -> new Integer32(i.ifIndex())),
    IF_DESCR(Table.IF_ENTRY, 2, i -> Syntax.text(i.descr())),
    IF_TYPE(Table.IF_ENTRY, 3, i -> new Integer32(i.type())),
    IF_MTU(Table.IF_ENTRY, 4, i -> new Integer32(i.mtu())),
    /** Gauge32 in bit/s; saturates at 4294967295 as the MIB says. */
    IF_SPEED(Table.IF_ENTRY, 5, i -> new Gauge32(Math.min(i.speedBitsPerSecond(), 0xFFFF_FFFFL))),
    IF_PHYS_ADDRESS(Table.IF_ENTRY, 6, i -> new OctetString(i.physAddress())),
    IF_ADMIN_STATUS(Table.IF_ENTRY, 7, i -> new Integer32(i.adminStatus())),
    IF_OPER_STATUS(Table.IF_ENTRY, 8, i -> new Integer32(i.operStatus())),
    IF_IN_OCTETS(Table.IF_ENTRY, 10, i -> low32(i, IfCounter.IN_OCTETS)),
    IF_IN_UCAST_PKTS(Table.IF_ENTRY, 11, i -> low32(i, IfCounter.IN_UCAST_PKTS)),
    IF_OUT_OCTETS(Table.IF_ENTRY, 16, i -> low32(i, IfCounter.OUT_OCTETS)),
    IF_OUT_UCAST_PKTS(Table.IF_ENTRY, 17, i -> low32(i, IfCounter.OUT_UCAST_PKTS)),

    IF_NAME(Table.IF_X_ENTRY, 1, i -> Syntax.text(i.name())),
    IF_IN_MULTICAST_PKTS(Table.IF_X_ENTRY, 2, i -> low32(i, IfCounter.IN_MULTICAST_PKTS)),
    IF_IN_BROADCAST_PKTS(Table.IF_X_ENTRY, 3, i -> low32(i, IfCounter.IN_BROADCAST_PKTS)),
    IF_OUT_MULTICAST_PKTS(Table.IF_X_ENTRY, 4, i -> low32(i, IfCounter.OUT_MULTICAST_PKTS)),
    IF_OUT_BROADCAST_PKTS(Table.IF_X_ENTRY, 5, i -> low32(i, IfCounter.OUT_BROADCAST_PKTS)),
    IF_HC_IN_OCTETS(Table.IF_X_ENTRY, 6, i -> full64(i, IfCounter.IN_OCTETS)),
    IF_HC_IN_UCAST_PKTS(Table.IF_X_ENTRY, 7, i -> full64(i, IfCounter.IN_UCAST_PKTS)),
    IF_HC_IN_MULTICAST_PKTS(Table.IF_X_ENTRY, 8, i -> full64(i, IfCounter.IN_MULTICAST_PKTS)),
    IF_HC_IN_BROADCAST_PKTS(Table.IF_X_ENTRY, 9, i -> full64(i, IfCounter.IN_BROADCAST_PKTS)),
    IF_HC_OUT_OCTETS(Table.IF_X_ENTRY, 10, i -> full64(i, IfCounter.OUT_OCTETS)),
    IF_HC_OUT_UCAST_PKTS(Table.IF_X_ENTRY, 11, i -> full64(i, IfCounter.OUT_UCAST_PKTS)),
    IF_HC_OUT_MULTICAST_PKTS(Table.IF_X_ENTRY, 12, i -> full64(i, IfCounter.OUT_MULTICAST_PKTS)),
    IF_HC_OUT_BROADCAST_PKTS(Table.IF_X_ENTRY, 13, i -> full64(i, IfCounter.OUT_BROADCAST_PKTS)),
    /** Gauge32 in Mbit/s. */
    IF_HIGH_SPEED(Table.IF_X_ENTRY, 15, i -> new Gauge32(i.speedBitsPerSecond() / 1_000_000L)),
    IF_ALIAS(Table.IF_X_ENTRY, 18, i -> Syntax.text(i.alias()));

    /** The two conceptual rows the columns belong to. */
    enum Table {
        /** ifEntry, IF-MIB ifTable. */
        IF_ENTRY("1.3.6.1.2.1.2.2.1"),
        /** ifXEntry, IF-MIB ifXTable. */
        IF_X_ENTRY("1.3.6.1.2.1.31.1.1.1");

        private final OID entry;

        Table(String entry) {
            this.entry = new OID(entry);
        }

        OID entry() {
            return new OID(entry);
        }
    }

    /** DisplayString (SIZE (0..64)) for ifAlias. */
    private static final int MAX_ALIAS_LENGTH = 64;

    private final Table table;
    private final int subId;
    private final Function<SwitchInterface, Variable> reader;

    IfColumn(Table table, int subId, Function<SwitchInterface, Variable> reader) {
        this.table = table;
        this.subId = subId;
        this.reader = reader;
    }

    /** The column's OID in dotted form, without an index, e.g. {@code 1.3.6.1.2.1.2.2.1.8} for ifOperStatus. */
    public String oid() {
        return table.entry + "." + subId;
    }

    Table table() {
        return table;
    }

    int subId() {
        return subId;
    }

    Variable read(SwitchInterface i) {
        return reader.apply(i);
    }

    boolean isWritable() {
        return this == IF_ADMIN_STATUS || this == IF_ALIAS;
    }

    /** The SNMP error status a SET of this value would get, {@code PDU.noError} if it is acceptable. */
    int checkWrite(Variable value) {
        switch (this) {
            case IF_ADMIN_STATUS:
                if (value.getSyntax() != SMIConstants.SYNTAX_INTEGER) {
                    return PDU.wrongType;
                }
                int status = value.toInt();
                // testing(3) exists in the MIB, but a switch port cannot be put into it by a SET
                return status == SwitchInterface.UP || status == SwitchInterface.DOWN ? PDU.noError : PDU.wrongValue;
            case IF_ALIAS:
                if (value.getSyntax() != SMIConstants.SYNTAX_OCTET_STRING) {
                    return PDU.wrongType;
                }
                return ((OctetString) value).length() <= MAX_ALIAS_LENGTH ? PDU.noError : PDU.wrongLength;
            default:
                return PDU.notWritable;
        }
    }

    /** Applies a value {@link #checkWrite} accepted. */
    void write(SwitchInterface i, Variable value) {
        switch (this) {
            case IF_ADMIN_STATUS:
                i.setAdminStatus(value.toInt());
                break;
            case IF_ALIAS:
                i.setAlias(Syntax.text(((OctetString) value).getValue()));
                break;
            default:
                throw new IllegalStateException(this + " is not writable");
        }
    }

    private static Counter32 low32(SwitchInterface i, IfCounter counter) {
        return new Counter32(i.counter(counter) & 0xFFFF_FFFFL);
    }

    private static Counter64 full64(SwitchInterface i, IfCounter counter) {
        return new Counter64(i.counter(counter));
    }
}
