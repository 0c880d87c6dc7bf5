package net.dcihandlers.core.protocol;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;

/** {@code port} of a request: which port, and for the setting functions, what to set. */
@XmlAccessorType(XmlAccessType.FIELD)
public class PortParams {
    @XmlElement(name = "identity")
    private String identity;
    @XmlElement(name = "speed")
    private String speed;
    @XmlElement(name = "duplex")
    private String duplex;
    @XmlElement(name = "vlan_id")
    private String vlanId;
    @XmlElement(name = "vlan_name")
    private String vlanName;
    @XmlElement(name = "is_trunk")
    private String isTrunk;
    @XmlElement(name = "trunk_members")
    private String trunkMembers;
    @XmlElement(name = "vlan_pvlan")
    private String vlanPvlan;
    @XmlElement(name = "mapped_vlan")
    private String mappedVlan;

    public String identity() { return identity; }
    public String speed() { return speed; }
    public String duplex() { return duplex; }
    public String vlanId() { return vlanId; }
    public String vlanName() { return vlanName; }
    public String isTrunk() { return isTrunk; }
    public String trunkMembers() { return trunkMembers; }
    public String vlanPvlan() { return vlanPvlan; }
    public String mappedVlan() { return mappedVlan; }

    public PortParams identity(String v) { identity = v; return this; }
    public PortParams speed(String v) { speed = v; return this; }
    public PortParams duplex(String v) { duplex = v; return this; }
    public PortParams vlanId(String v) { vlanId = v; return this; }
    public PortParams vlanName(String v) { vlanName = v; return this; }
    public PortParams isTrunk(String v) { isTrunk = v; return this; }
    public PortParams trunkMembers(String v) { trunkMembers = v; return this; }
    public PortParams vlanPvlan(String v) { vlanPvlan = v; return this; }
    public PortParams mappedVlan(String v) { mappedVlan = v; return this; }
}
