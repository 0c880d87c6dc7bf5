package net.dcihandlers.snmpswitch;

import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.protocol.PortParams;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What set_vlan asks for, checked before anything is sent: an access port in {@code vlanId}, or a
 * trunk carrying {@code members} tagged with {@code vlanId} as its native VLAN.
 */
record VlanRequest(int vlanId, String vlanName, boolean trunk, SortedSet<Integer> members) {
    static final int MIN_VLAN = 1;
    static final int MAX_VLAN = 4095;

    static VlanRequest from(PortParams p) throws HandlerException {
        int vlan = vlanId(p.vlanId(), "port/vlan_id");
        String name = p.vlanName() == null || p.vlanName().isBlank() ? null : p.vlanName().trim();
        if (name != null && (name.length() > 32 || !name.matches("[\\x21-\\x7E]+"))) {
            throw HandlerException.badData("vlan_name must be 1 to 32 printable characters without spaces");
        }
        boolean trunk = "on".equals(p.isTrunk() == null ? null : p.isTrunk().trim());
        SortedSet<Integer> members = new TreeSet<>();
        String list = p.trunkMembers();
        if (list != null && !list.isBlank()) {
            for (String item : list.trim().split(",", -1)) {
                members.add(vlanId(item, "port/trunk_members"));
            }
        }
        return new VlanRequest(vlan, name, trunk, Collections.unmodifiableSortedSet(trunk ? members : new TreeSet<>()));
    }

    private static int vlanId(String s, String field) throws HandlerException {
        String t = s == null ? "" : s.trim();
        if (!t.matches("[0-9]{1,4}")) {
            throw HandlerException.badData(field + " must be VLAN ids from " + MIN_VLAN + " to " + MAX_VLAN
                    + (field.endsWith("members") ? ", comma-separated without spaces" : "") + "; got '"
                    + net.dcihandlers.core.protocol.XmlText.excerpt(t, 40) + "'");
        }
        int v = Integer.parseInt(t);
        if (v < MIN_VLAN || v > MAX_VLAN) {
            throw HandlerException.badData(field + ": VLAN " + v + " is outside " + MIN_VLAN + "-" + MAX_VLAN);
        }
        return v;
    }

    /** Every VLAN the port is to carry: the untagged one and the tagged members. */
    SortedSet<Integer> allVlans() {
        SortedSet<Integer> s = new TreeSet<>(members);
        s.add(vlanId);
        return s;
    }
}
