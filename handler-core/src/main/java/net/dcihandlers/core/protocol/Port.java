package net.dcihandlers.core.protocol;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** A port of a response document. Fields left null are left out of the document. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"identity", "description", "adminStatus", "operStatus", "speed", "duplex",
        "rxBytes", "txBytes", "rxPackets", "txPackets", "power", "vlanId", "vlanName", "macs",
        "isTrunk", "trunkMembers"})
public class Port {
    @XmlElement(name = "identity")
    private String identity;
    @XmlElement(name = "description")
    private String description;
    @XmlElement(name = "admin_status")
    private PortStatus adminStatus;
    @XmlElement(name = "oper_status")
    private PortStatus operStatus;
    @XmlElement(name = "speed")
    private Speed speed;
    @XmlElement(name = "duplex")
    private Duplex duplex;
    @XmlElement(name = "rxbytes")
    private BigInteger rxBytes;
    @XmlElement(name = "txbytes")
    private BigInteger txBytes;
    @XmlElement(name = "rxpackets")
    private BigInteger rxPackets;
    @XmlElement(name = "txpackets")
    private BigInteger txPackets;
    @XmlElement(name = "power")
    private BigDecimal power;
    @XmlElement(name = "vlan_id")
    private Integer vlanId;
    @XmlElement(name = "vlan_name")
    private String vlanName;
    @XmlElement(name = "mac")
    private List<String> macs;
    @XmlElement(name = "is_trunk")
    private String isTrunk;
    @XmlElement(name = "trunk_members")
    private String trunkMembers;

    Port() {
    }

    public Port(String identity) {
        this.identity = XmlText.clean(identity);
    }

    public String identity() { return identity; }
    public String description() { return description; }
    public PortStatus adminStatus() { return adminStatus; }
    public PortStatus operStatus() { return operStatus; }
    public Speed speed() { return speed; }
    public Duplex duplex() { return duplex; }
    public BigInteger rxBytes() { return rxBytes; }
    public BigInteger txBytes() { return txBytes; }
    public BigInteger rxPackets() { return rxPackets; }
    public BigInteger txPackets() { return txPackets; }
    public BigDecimal power() { return power; }
    public Integer vlanId() { return vlanId; }
    public String vlanName() { return vlanName; }
    public List<String> macs() { return macs == null ? List.of() : List.copyOf(macs); }
    public String isTrunk() { return isTrunk; }
    public String trunkMembers() { return trunkMembers; }

    public Port description(String v) { description = XmlText.clean(v); return this; }
    public Port adminStatus(PortStatus v) { adminStatus = v; return this; }
    public Port operStatus(PortStatus v) { operStatus = v; return this; }
    public Port speed(Speed v) { speed = v; return this; }
    public Port duplex(Duplex v) { duplex = v; return this; }
    public Port rxBytes(BigInteger v) { rxBytes = v; return this; }
    public Port txBytes(BigInteger v) { txBytes = v; return this; }
    public Port rxPackets(BigInteger v) { rxPackets = v; return this; }
    public Port txPackets(BigInteger v) { txPackets = v; return this; }
    public Port power(BigDecimal v) { power = v; return this; }
    public Port vlanId(Integer v) { vlanId = v; return this; }
    public Port vlanName(String v) { vlanName = XmlText.clean(v); return this; }
    public Port isTrunk(boolean v) { isTrunk = v ? "on" : "off"; return this; }
    public Port trunkMembers(String v) { trunkMembers = v; return this; }

    public Port addMac(String mac) {
        if (macs == null) {
            macs = new ArrayList<>();
        }
        macs.add(mac);
        return this;
    }
}
