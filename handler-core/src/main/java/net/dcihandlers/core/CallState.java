package net.dcihandlers.core;

/**
 * What a call has got to, for the errors written when it is cut short (at the deadline, or by a
 * signal) by a thread that cannot ask the operation: the device it talks to, once its address is
 * known, and a change it has sent without seeing it confirmed. Such an error must not read as
 * "nothing happened" when the device may still carry the change out.
 */
public final class CallState {
    private volatile DeviceAddress device;
    private volatile String unconfirmed;

    /** The device the call talks to; null until its address was parsed. */
    public DeviceAddress device() {
        return device;
    }

    void device(DeviceAddress address) {
        device = address;
    }

    /**
     * Records a change sent to the device whose outcome is not known yet, as a sentence an error
     * can carry: "the power-off command was sent to the BMC at 10.0.0.5:623; the BMC did not confirm it".
     */
    public void unconfirmed(String sentence) {
        unconfirmed = sentence;
    }

    /** The change was confirmed, or refused, or never sent: its outcome is known. */
    public void settled() {
        unconfirmed = null;
    }

    /** The sentence about a change whose outcome is unknown, or null. */
    public String unconfirmed() {
        return unconfirmed;
    }
}
