package net.dcihandlers.core;

/** {@code <type>} of the -info document. */
public enum DeviceType {
    SWITCH("Switch"), PDU("PDU"), IPMI("IPMI"), UPS("UPS");

    private final String wire;

    DeviceType(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }
}
