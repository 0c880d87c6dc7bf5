package net.dcihandlers.pdu;

import net.dcihandlers.core.Call;
import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.protocol.Port;
import net.dcihandlers.core.protocol.PortStatus;
import net.dcihandlers.core.protocol.Response;
import net.dcihandlers.core.snmp.SnmpClient;
import net.dcihandlers.core.snmp.SnmpTable;
import net.dcihandlers.core.snmp.SnmpValues;
import net.dcihandlers.pdu.PduProfile.Columns;
import net.dcihandlers.pdu.PduProfile.Metering;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.Variable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** status and statistics of dci-pdu: every outlet read in one walk of the profile's columns. */
final class OutletReadings {
    /** What an empty blade slot is called, where the chassis says only "(No name)". */
    static final String EMPTY_SLOT = "empty slot";

    private OutletReadings() {
    }

    /**
     * Every outlet (slot) with its name and state. An empty blade slot is reported with admin_status
     * unknown, never on or off: there is no server there whose power could be either, and "off"
     * would invite a port_on that can only fail.
     */
    static Response status(Call call) throws HandlerException {
        try (SnmpClient snmp = SnmpClient.open(call)) {
            PduIdentity id = PduIdentity.read(call, snmp);
            Columns c = id.profile().columns();
            List<OID> columns = new ArrayList<>(List.of(c.name(), c.state()));
            if (c.present() != null) {
                columns.add(c.present().column());
            }
            SnmpTable t = snmp.walk(columns);
            Response response = new Response();
            if (id.sysName() != null && !id.sysName().isEmpty()) {
                response.hostname(id.sysName());
            }
            int outlets = 0;
            for (OID index : t.indexes().keySet()) {
                Integer number = SnmpValues.singleIndex(index);
                if (number == null) {
                    continue;
                }
                boolean empty = c.present() != null && !c.present().isSet(SnmpValues.asInt(t.get(c.present().column(), index)));
                Port port = new Port(Integer.toString(number));
                if (empty) {
                    port.description(EMPTY_SLOT).adminStatus(PortStatus.UNKNOWN);
                } else {
                    port.description(SnmpValues.asText(t.get(c.name(), index)))
                            .adminStatus(id.profile().state(SnmpValues.asInt(t.get(c.state(), index))));
                }
                response.add(port);
                outlets++;
            }
            if (outlets == 0) {
                throw HandlerException.badData(id.describe(snmp) + " lists no outlets");
            }
            call.trace().line("status: " + outlets + " outlets in " + snmp.requests() + " requests");
            return response;
        }
    }

    /**
     * Each outlet with its power in watts, where the PDU meters outlets. A PDU that meters only the
     * whole unit or its banks (an AP7902B, an AP79xx) answers its outlets without power, and the
     * trace says why: the panel polls statistics every five minutes, and an error each time would
     * say nothing new, while the unit's or a bank's figures are no server's consumption and are not
     * divided up into invented ones. A device that lists no outlet at all is an error.
     */
    static Response statistics(Call call) throws HandlerException {
        try (SnmpClient snmp = SnmpClient.open(call)) {
            PduIdentity id = PduIdentity.read(call, snmp);
            Columns c = id.profile().columns();
            Metering m = id.profile().metering();
            List<OID> columns = new ArrayList<>(List.of(c.state()));
            if (m.outletPower() != null) {
                columns.add(m.outletPower());
            }
            SnmpTable t = snmp.walk(columns);
            Map<OID, Variable> power = m.outletPower() == null ? Map.of() : t.column(m.outletPower());
            if (power.isEmpty()) {
                call.trace().line(id.describe(snmp) + " does not meter outlets: it " + m.otherwise()
                        + "; its outlets are answered without power");
            }
            Response response = new Response();
            int outlets = 0;
            int metered = 0;
            for (OID index : t.column(c.state()).keySet()) {
                Integer number = SnmpValues.singleIndex(index);
                if (number == null) {
                    continue;
                }
                Port port = new Port(Integer.toString(number));
                Variable reading = power.get(index);
                Integer value = SnmpValues.asInt(reading);
                if (value != null && value >= 0) {
                    port.power(m.wattsPerUnit().multiply(BigDecimal.valueOf(value)));
                    metered++;
                } else if (reading != null) {
                    // APC answers -1 where it cannot measure; an absent reading is not zero watts
                    call.trace().line("outlet " + number + ": no power reading (" + reading + "), left out");
                }
                response.add(port);
                outlets++;
            }
            if (outlets == 0) {
                throw HandlerException.badData(id.describe(snmp) + " lists no outlets");
            }
            call.trace().line("statistics: " + outlets + " outlets, " + metered + " with power, in " + snmp.requests()
                    + " requests");
            return response;
        }
    }
}
