package net.dcihandlers.pdu;

import net.dcihandlers.core.Call;
import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.Setting;

import java.util.List;

/** Configuration keys of dci-pdu, and their values for one call. */
record PduSettings(int pollPauseMs, int timeoutMs) {

    static final Setting POWER_WAIT_MS = Setting.integer("pdu.power.wait.ms", 500, 10, 60_000,
            "Pause in milliseconds between reads of an outlet's state while waiting for a switch to take effect.");
    static final Setting POWER_TIMEOUT_MS = Setting.integer("pdu.power.timeout.ms", 8000, 0, 3_600_000,
            "How long, in milliseconds, port_on/port_off/port_reset wait for the outlet to reach its new state"
                    + " (a PDU applies commands after its power-on delay or reboot duration); never beyond deadline.ms.");

    static final List<Setting> ALL = List.of(POWER_WAIT_MS, POWER_TIMEOUT_MS);

    static PduSettings of(Call call) throws HandlerException {
        return new PduSettings(call.config().integer(POWER_WAIT_MS),
                call.config().integer(POWER_TIMEOUT_MS));
    }
}
