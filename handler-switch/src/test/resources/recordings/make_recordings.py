#!/usr/bin/env python3
"""Writes the hand-made snmpsim recordings of this folder (see README.md).

Run by hand from this folder:  python3 make_recordings.py
It is deterministic (fixed random seeds), so running it again gives the same files. The Catalyst
per-VLAN files are derived from the walk Debian's snmpsim package ships, which must be installed.
"""
import gzip
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
CATALYST = Path("/usr/share/doc/snmpsim/examples/data/cisco_16_switch.snmprec.gz")

# snmprec tags
INTEGER, STRING, HEX, OID, COUNTER32, GAUGE32, TIMETICKS, COUNTER64 = "2", "4", "4x", "6", "65", "66", "67", "70"

SYSTEM = "1.3.6.1.2.1.1"
IF_TABLE = "1.3.6.1.2.1.2.2.1"
IF_X_TABLE = "1.3.6.1.2.1.31.1.1.1"
DOT3_STATS = "1.3.6.1.2.1.10.7.2.1"
BRIDGE = "1.3.6.1.2.1.17"
Q_BRIDGE = "1.3.6.1.2.1.17.7.1"

M32 = 1 << 32


class Recording:
    def __init__(self):
        self.rows = {}

    def put(self, oid, tag, value):
        self.rows[oid] = (tag, str(value))

    def write(self, path):
        key = lambda o: tuple(int(x) for x in o.split("."))
        with open(path, "w", encoding="ascii", newline="\n") as f:
            for oid in sorted(self.rows, key=key):
                tag, value = self.rows[oid]
                f.write(f"{oid}|{tag}|{value}\n")


def mac_hex(mac):
    return mac.replace(":", "").lower()


def mac_index(mac):
    return ".".join(str(int(b, 16)) for b in mac.split(":"))


def port_list(ports, octets):
    """Q-BRIDGE PortList: the first octet's most significant bit is bridge port 1."""
    b = bytearray(octets)
    for p in ports:
        b[(p - 1) // 8] |= 0x80 >> ((p - 1) % 8)
    return b.hex()


def system_group(rec, descr, object_id, uptime, contact, name, location, services):
    rec.put(f"{SYSTEM}.1.0", STRING, descr)
    rec.put(f"{SYSTEM}.2.0", OID, object_id)
    rec.put(f"{SYSTEM}.3.0", TIMETICKS, uptime)
    rec.put(f"{SYSTEM}.4.0", STRING, contact)
    rec.put(f"{SYSTEM}.5.0", STRING, name)
    rec.put(f"{SYSTEM}.6.0", STRING, location)
    rec.put(f"{SYSTEM}.7.0", INTEGER, services)
    rec.put(f"{SYSTEM}.8.0", TIMETICKS, 0)


class Counters:
    """One interface's traffic: 64-bit values, the 32-bit ones being their low 32 bits."""

    NAMES = ("in_octets", "in_ucast", "in_mcast", "in_bcast", "out_octets", "out_ucast", "out_mcast", "out_bcast")

    def __init__(self, rnd, scale):
        if scale == 0:
            for n in self.NAMES:
                setattr(self, n, 0)
            return
        self.in_ucast = rnd.randint(scale // 2, scale)
        self.out_ucast = rnd.randint(scale // 2, scale)
        self.in_mcast = rnd.randint(scale // 400, scale // 100)
        self.out_mcast = rnd.randint(scale // 200, scale // 50)
        self.in_bcast = rnd.randint(scale // 500, scale // 150)
        self.out_bcast = rnd.randint(scale // 300, scale // 80)
        self.in_octets = self.in_ucast * rnd.randint(300, 1100) + (self.in_mcast + self.in_bcast) * 90
        self.out_octets = self.out_ucast * rnd.randint(300, 1300) + (self.out_mcast + self.out_bcast) * 90

    @staticmethod
    def total(parts):
        c = Counters(None, 0)
        for n in Counters.NAMES:
            setattr(c, n, sum(getattr(p, n) for p in parts))
        return c


def if_entry(rec, i, descr, if_type, mtu, speed_mbps, phys, admin, oper, last_change, c, rnd):
    rec.put(f"{IF_TABLE}.1.{i}", INTEGER, i)
    rec.put(f"{IF_TABLE}.2.{i}", STRING, descr)
    rec.put(f"{IF_TABLE}.3.{i}", INTEGER, if_type)
    rec.put(f"{IF_TABLE}.4.{i}", INTEGER, mtu)
    rec.put(f"{IF_TABLE}.5.{i}", GAUGE32, min(speed_mbps * 1_000_000, M32 - 1))
    rec.put(f"{IF_TABLE}.6.{i}", HEX, mac_hex(phys) if phys else "")
    rec.put(f"{IF_TABLE}.7.{i}", INTEGER, admin)
    rec.put(f"{IF_TABLE}.8.{i}", INTEGER, oper)
    rec.put(f"{IF_TABLE}.9.{i}", TIMETICKS, last_change)
    rec.put(f"{IF_TABLE}.10.{i}", COUNTER32, c.in_octets % M32)
    rec.put(f"{IF_TABLE}.11.{i}", COUNTER32, c.in_ucast % M32)
    rec.put(f"{IF_TABLE}.12.{i}", COUNTER32, (c.in_mcast + c.in_bcast) % M32)
    rec.put(f"{IF_TABLE}.13.{i}", COUNTER32, rnd.randint(0, 40) if c.in_ucast else 0)
    rec.put(f"{IF_TABLE}.14.{i}", COUNTER32, rnd.randint(0, 3) if c.in_ucast else 0)
    rec.put(f"{IF_TABLE}.15.{i}", COUNTER32, 0)
    rec.put(f"{IF_TABLE}.16.{i}", COUNTER32, c.out_octets % M32)
    rec.put(f"{IF_TABLE}.17.{i}", COUNTER32, c.out_ucast % M32)
    rec.put(f"{IF_TABLE}.18.{i}", COUNTER32, (c.out_mcast + c.out_bcast) % M32)
    rec.put(f"{IF_TABLE}.19.{i}", COUNTER32, rnd.randint(0, 200) if c.out_ucast else 0)
    rec.put(f"{IF_TABLE}.20.{i}", COUNTER32, 0)
    rec.put(f"{IF_TABLE}.21.{i}", GAUGE32, 0)
    rec.put(f"{IF_TABLE}.22.{i}", OID, "0.0")


def if_x_entry(rec, i, name, high_speed, alias, c, hc_octets=True, hc_packets=True, connector=1):
    rec.put(f"{IF_X_TABLE}.1.{i}", STRING, name)
    rec.put(f"{IF_X_TABLE}.2.{i}", COUNTER32, c.in_mcast % M32)
    rec.put(f"{IF_X_TABLE}.3.{i}", COUNTER32, c.in_bcast % M32)
    rec.put(f"{IF_X_TABLE}.4.{i}", COUNTER32, c.out_mcast % M32)
    rec.put(f"{IF_X_TABLE}.5.{i}", COUNTER32, c.out_bcast % M32)
    if hc_octets:
        rec.put(f"{IF_X_TABLE}.6.{i}", COUNTER64, c.in_octets)
        rec.put(f"{IF_X_TABLE}.10.{i}", COUNTER64, c.out_octets)
    if hc_packets:
        rec.put(f"{IF_X_TABLE}.7.{i}", COUNTER64, c.in_ucast)
        rec.put(f"{IF_X_TABLE}.8.{i}", COUNTER64, c.in_mcast)
        rec.put(f"{IF_X_TABLE}.9.{i}", COUNTER64, c.in_bcast)
        rec.put(f"{IF_X_TABLE}.11.{i}", COUNTER64, c.out_ucast)
        rec.put(f"{IF_X_TABLE}.12.{i}", COUNTER64, c.out_mcast)
        rec.put(f"{IF_X_TABLE}.13.{i}", COUNTER64, c.out_bcast)
    rec.put(f"{IF_X_TABLE}.14.{i}", INTEGER, 1 if connector == 1 else 2)
    rec.put(f"{IF_X_TABLE}.15.{i}", GAUGE32, high_speed)
    rec.put(f"{IF_X_TABLE}.16.{i}", INTEGER, 2)
    rec.put(f"{IF_X_TABLE}.17.{i}", INTEGER, connector)
    rec.put(f"{IF_X_TABLE}.18.{i}", STRING, alias)
    rec.put(f"{IF_X_TABLE}.19.{i}", TIMETICKS, 0)


def dot3_entry(rec, i, duplex, rnd, up):
    half = duplex == 2
    rec.put(f"{DOT3_STATS}.1.{i}", INTEGER, i)
    rec.put(f"{DOT3_STATS}.2.{i}", COUNTER32, 0)
    rec.put(f"{DOT3_STATS}.3.{i}", COUNTER32, rnd.randint(0, 5) if up else 0)
    # collisions happen only in half duplex
    rec.put(f"{DOT3_STATS}.4.{i}", COUNTER32, rnd.randint(1000, 90000) if half else 0)
    rec.put(f"{DOT3_STATS}.5.{i}", COUNTER32, rnd.randint(100, 9000) if half else 0)
    rec.put(f"{DOT3_STATS}.7.{i}", COUNTER32, rnd.randint(0, 20) if half else 0)
    rec.put(f"{DOT3_STATS}.8.{i}", COUNTER32, rnd.randint(1, 50) if half else 0)
    rec.put(f"{DOT3_STATS}.9.{i}", COUNTER32, rnd.randint(0, 5) if half else 0)
    rec.put(f"{DOT3_STATS}.10.{i}", COUNTER32, 0)
    rec.put(f"{DOT3_STATS}.11.{i}", COUNTER32, 0)
    rec.put(f"{DOT3_STATS}.13.{i}", COUNTER32, 0)
    rec.put(f"{DOT3_STATS}.16.{i}", COUNTER32, 0)
    rec.put(f"{DOT3_STATS}.19.{i}", INTEGER, duplex)


def bridge_base(rec, base_mac, bridge_ports):
    """BRIDGE-MIB dot1dBase and dot1dBasePortTable: {bridge port: ifIndex}; dot1dTp scalars."""
    rec.put(f"{BRIDGE}.1.1.0", HEX, mac_hex(base_mac))
    rec.put(f"{BRIDGE}.1.2.0", INTEGER, len(bridge_ports))
    rec.put(f"{BRIDGE}.1.3.0", INTEGER, 2)
    for bp, ifindex in bridge_ports.items():
        rec.put(f"{BRIDGE}.1.4.1.1.{bp}", INTEGER, bp)
        rec.put(f"{BRIDGE}.1.4.1.2.{bp}", INTEGER, ifindex)
        rec.put(f"{BRIDGE}.1.4.1.3.{bp}", OID, "0.0")
        rec.put(f"{BRIDGE}.1.4.1.4.{bp}", COUNTER32, 0)
        rec.put(f"{BRIDGE}.1.4.1.5.{bp}", COUNTER32, 0)
    rec.put(f"{BRIDGE}.4.1.0", COUNTER32, 0)
    rec.put(f"{BRIDGE}.4.2.0", INTEGER, 300)


def q_bridge_vlans(rec, vlans, untagged, tagged, bridge_ports, octets):
    """Q-BRIDGE-MIB dot1qBase, current and static VLAN tables and the PVIDs: vlans {id: name},
    untagged and tagged {id: [bridge ports]}, PortLists of `octets` octets."""
    rec.put(f"{Q_BRIDGE}.1.1.0", INTEGER, 1)
    rec.put(f"{Q_BRIDGE}.1.2.0", INTEGER, 4094)
    rec.put(f"{Q_BRIDGE}.1.3.0", GAUGE32, 2048)
    rec.put(f"{Q_BRIDGE}.1.4.0", GAUGE32, len(vlans))
    rec.put(f"{Q_BRIDGE}.1.5.0", INTEGER, 2)
    pvid = {}
    for vid, ps in untagged.items():
        for p in ps:
            pvid[p] = vid
    for vid, name in vlans.items():
        egress = sorted(untagged[vid] + tagged[vid])
        rec.put(f"{Q_BRIDGE}.4.2.1.3.0.{vid}", GAUGE32, vid)
        rec.put(f"{Q_BRIDGE}.4.2.1.4.0.{vid}", HEX, port_list(egress, octets))
        rec.put(f"{Q_BRIDGE}.4.2.1.5.0.{vid}", HEX, port_list(untagged[vid], octets))
        rec.put(f"{Q_BRIDGE}.4.2.1.6.0.{vid}", INTEGER, 2)  # permanent
        rec.put(f"{Q_BRIDGE}.4.2.1.7.0.{vid}", TIMETICKS, 0)
        rec.put(f"{Q_BRIDGE}.4.3.1.1.{vid}", STRING, name)
        rec.put(f"{Q_BRIDGE}.4.3.1.2.{vid}", HEX, port_list(egress, octets))
        rec.put(f"{Q_BRIDGE}.4.3.1.3.{vid}", HEX, port_list([], octets))
        rec.put(f"{Q_BRIDGE}.4.3.1.4.{vid}", HEX, port_list(untagged[vid], octets))
        rec.put(f"{Q_BRIDGE}.4.3.1.5.{vid}", INTEGER, 1)  # active
    for bp in bridge_ports:
        rec.put(f"{Q_BRIDGE}.4.5.1.1.{bp}", GAUGE32, pvid.get(bp, 1))
        rec.put(f"{Q_BRIDGE}.4.5.1.2.{bp}", INTEGER, 1)
        rec.put(f"{Q_BRIDGE}.4.5.1.3.{bp}", INTEGER, 2)


def q_bridge_fdb(rec, fdb):
    """dot1qTpFdbTable, index fdbId.MAC with fdbId = VLAN id: [(vlan, MAC, bridge port, status)]."""
    for vid, mac, bp, status in fdb:
        idx = f"{vid}.{mac_index(mac)}"
        rec.put(f"{Q_BRIDGE}.2.2.1.2.{idx}", INTEGER, bp)
        rec.put(f"{Q_BRIDGE}.2.2.1.3.{idx}", INTEGER, status)


# --------------------------------------------------------------------------------------------
# Aruba 2930F-24G-4SFP+ (ArubaOS-Switch), Q-BRIDGE-MIB
# --------------------------------------------------------------------------------------------

def aruba():
    rnd = random.Random(2930)
    rec = Recording()
    uptime = 1_209_873_411  # about 140 days
    base_mac = "ec:eb:b8:4e:12:00"
    system_group(rec, "Aruba JL253A 2930F-24G-4SFP+ Switch, revision WC.16.11.0015, ROM WC.16.01.0009",
                 "1.3.6.1.4.1.11.2.3.7.11.181.13", uptime, "noc@example.net", "dc1-r07-acc1",
                 "DC1, hall B, row 7, rack 07", 74)

    UP, DOWN = 1, 2
    UNKNOWN, HALF, FULL = 1, 2, 3
    # ifIndex: (admin, oper, ifHighSpeed, dot3StatsDuplexStatus or None, traffic scale, alias)
    ports = {
        1: (UP, UP, 1000, FULL, 4_000_000_000, "srv-db01 eth0"),
        2: (UP, UP, 1000, FULL, 2_500_000_000, "srv-db02 eth0"),
        3: (UP, UP, 1000, FULL, 900_000_000, "srv-app01 eth0"),
        4: (UP, UP, 1000, FULL, 700_000_000, "srv-app02 eth0"),
        5: (UP, UP, 1000, FULL, 6_000_000_000, "hv01 vmnic0"),
        6: (UP, UP, 1000, FULL, 5_500_000_000, "hv02 vmnic0"),
        7: (UP, UP, 100, FULL, 40_000_000, "srv-db01 iLO"),
        8: (UP, UP, 100, HALF, 3_000_000, "printer noc"),
        9: (UP, UP, 10, FULL, 800_000, "ups-b7 mgmt card"),
        10: (UP, DOWN, 1000, UNKNOWN, 50_000_000, "srv-app03 eth0 (decommissioned)"),
        11: (DOWN, DOWN, 1000, UNKNOWN, 0, ""),
        12: (UP, DOWN, 0, UNKNOWN, 0, ""),
        13: (UP, UP, 1000, FULL, 1_800_000_000, "dmz-web01"),
        14: (UP, UP, 1000, FULL, 1_600_000_000, "dmz-web02"),
        15: (UP, UP, 1000, FULL, 3_100_000_000, "dmz-proxy01"),
        16: (UP, UP, 1000, FULL, 300_000_000, "dmz-mail01"),
        17: (UP, DOWN, 1000, UNKNOWN, 20_000_000, ""),
        18: (DOWN, DOWN, 1000, UNKNOWN, 0, "spare"),
        19: (UP, UP, 100, FULL, 5_000_000, "pdu-b7-a"),
        20: (UP, UP, 100, FULL, 5_200_000, "pdu-b7-b"),
        21: (UP, UP, 1000, FULL, 60_000_000, "console server"),
        22: (UP, DOWN, 100, UNKNOWN, 0, ""),
        23: (UP, UP, 1000, FULL, 120_000_000, "lab bench"),
        24: (UP, DOWN, 1000, UNKNOWN, 0, ""),
        25: (UP, UP, 10000, FULL, 30_000_000_000, "uplink dc1-core1 Te1/0/7"),
        26: (UP, DOWN, 10000, UNKNOWN, 0, "uplink spare (no transceiver)"),
        27: (UP, UP, 10000, FULL, 21_000_000_000, "Trk1 member to dc1-dist2"),
        28: (UP, UP, 10000, FULL, 19_000_000_000, "Trk1 member to dc1-dist2"),
    }
    counters = {}
    for i, (admin, oper, hs, duplex, scale, alias) in ports.items():
        c = Counters(rnd, scale)
        counters[i] = c
        if_entry(rec, i, str(i), 6, 1500, hs, f"ec:eb:b8:4e:12:{i:02x}", admin, oper,
                 rnd.randint(1000, uptime // 2) if oper == UP else rnd.randint(uptime // 2, uptime), c, rnd)
        if_x_entry(rec, i, str(i), hs, alias, c)
        dot3_entry(rec, i, duplex, rnd, oper == UP)
    # Trk1: ports 27 and 28 aggregated; its counters are its members' sums; no dot3StatsTable row
    trk = Counters.total([counters[27], counters[28]])
    if_entry(rec, 289, "Trk1", 161, 1500, 20000, "ec:eb:b8:4e:12:1b", UP, UP, 51_200, trk, rnd)
    if_x_entry(rec, 289, "Trk1", 20000, "LACP to dc1-dist2", trk)
    # VLAN interfaces (propVirtual) and the software loopback
    vlans = {1: "DEFAULT_VLAN", 10: "SERVERS", 20: "VLAN20", 30: "STORAGE", 99: "MGMT"}
    for vid, name in vlans.items():
        i = 4096 + vid
        c = Counters(rnd, 2_000_000 if vid in (1, 99) else 0)
        if_entry(rec, i, name, 53, 1500, 0, base_mac, UP, UP, 4_100, c, rnd)
        if_x_entry(rec, i, name, 0, "", c, connector=2)
    lo = Counters(None, 0)
    if_entry(rec, 4865, "lo0", 24, 65535, 0, None, UP, UP, 0, lo, rnd)
    if_x_entry(rec, 4865, "lo0", 0, "", lo, connector=2)
    rec.put("1.3.6.1.2.1.2.1.0", INTEGER, len(ports) + 1 + len(vlans) + 1)

    # BRIDGE-MIB: bridge ports 1-26 are ports 1-26; Trk1 is bridge port 27 (its members are no bridge ports)
    bridge_ports = {bp: bp for bp in range(1, 27)}
    bridge_ports[27] = 289
    bridge_base(rec, base_mac, bridge_ports)
    # dot1dTpFdbTable is empty on this switch: its FDB is in dot1qTpFdbTable

    # Q-BRIDGE-MIB
    untagged = {1: [23, 24, 25, 26, 27], 10: list(range(1, 13)), 20: list(range(13, 19)), 30: [],
                99: [19, 20, 21, 22]}
    tagged = {1: [], 10: [25, 27], 20: [25, 27], 30: [5, 6, 27], 99: [25, 27]}
    q_bridge_vlans(rec, vlans, untagged, tagged, bridge_ports, 8)

    # dot1qTpFdbTable, index fdbId.MAC with fdbId = VLAN id: (vlan, MAC, bridge port, status)
    LEARNED, SELF, MGMT = 3, 4, 5
    fdb = [
        (1, "ec:eb:b8:4e:12:00", 0, SELF),
        (1, "a0:36:9f:71:0c:23", 23, LEARNED),
        (1, "70:10:6f:c0:25:01", 25, LEARNED),
        (1, "ec:eb:b8:4e:12:19", 25, SELF),  # the uplink port's own MAC
        (1, "94:57:a5:13:77:02", 27, LEARNED),
        (10, "f8:bc:12:3a:10:01", 1, LEARNED),
        (10, "f8:bc:12:3a:10:02", 2, LEARNED),
        (10, "ac:1f:6b:2c:44:03", 3, LEARNED),
        (10, "f8:bc:12:3a:10:99", 3, MGMT),  # a static address configured on port 3
        (10, "ac:1f:6b:2c:44:04", 4, LEARNED),
        (10, "3c:fd:fe:a1:b2:05", 5, LEARNED),
        (10, "00:50:56:9a:01:01", 5, LEARNED),
        (10, "00:50:56:9a:01:02", 5, LEARNED),
        (10, "3c:fd:fe:a1:b2:06", 6, LEARNED),
        (10, "00:50:56:9a:02:01", 6, LEARNED),
        (10, "94:40:c9:11:22:07", 7, LEARNED),
        (10, "00:1b:a9:55:66:08", 8, LEARNED),
        (10, "00:c0:b7:aa:bb:09", 9, LEARNED),
        (10, "00:00:5e:00:01:0a", 25, LEARNED),  # VRRP virtual MAC of the gateway, behind the uplink
        (10, "70:10:6f:c0:25:01", 25, LEARNED),
        (10, "94:57:a5:13:77:10", 27, LEARNED),
        (20, "b4:96:91:20:13:01", 13, LEARNED),
        (20, "b4:96:91:20:14:01", 14, LEARNED),
        (20, "b4:96:91:20:15:01", 15, LEARNED),
        (20, "00:50:56:9a:15:02", 15, LEARNED),
        (20, "b4:96:91:20:16:01", 16, LEARNED),
        (20, "00:00:5e:00:01:14", 25, LEARNED),
        (30, "3c:fd:fe:a1:b2:05", 5, LEARNED),  # hv01 in its storage VLAN too
        (30, "3c:fd:fe:a1:b2:06", 6, LEARNED),
        (30, "00:50:56:6b:11:06", 6, LEARNED),
        (30, "00:a0:98:7b:30:01", 27, LEARNED),
        (30, "00:a0:98:7b:30:02", 27, LEARNED),
        (99, "ec:eb:b8:4e:12:63", 0, SELF),
        (99, "00:c0:b7:99:00:19", 19, LEARNED),
        (99, "00:c0:b7:99:00:20", 20, LEARNED),
        (99, "00:13:c6:99:00:21", 21, LEARNED),
        (99, "00:00:5e:00:01:63", 25, LEARNED),
    ]
    q_bridge_fdb(rec, fdb)
    rec.write(HERE / "aruba-2930f.snmprec")


# --------------------------------------------------------------------------------------------
# A small managed switch with only IF-MIB and EtherLike-MIB
# --------------------------------------------------------------------------------------------

def small_switch():
    rnd = random.Random(10)
    rec = Recording()
    uptime = 1_523_448_900  # about 176 days
    system_group(rec, "IE-1010 industrial managed switch, 6x 10/100BASE-TX, 2x 10BASE-FL, 2x 1000BASE-X SFP;"
                      " firmware 2.3.1 build 1907", "1.3.6.1.4.1.32473.2.1010", uptime, "ops@example.net",
                 "oob-sw-b7", "DC1, hall B, row 7, rack 07, out-of-band network", 2)
    UP, DOWN = 1, 2
    UNKNOWN, HALF, FULL = 1, 2, 3
    # ifIndex: (descr, admin, oper, ifHighSpeed, duplex, traffic scale, counter class)
    # Counter class as RFC 2863 (3.1.6) asks by interface speed: "32" none of the ifHC* objects
    # (10 Mbit/s), "octets" ifHCIn/OutOctets only (20-650 Mbit/s), "all" every ifHC* object.
    ports = {
        1: ("Port 1 (10/100BASE-TX)", UP, UP, 100, FULL, 9_000_000_000 // 700, "octets"),
        2: ("Port 2 (10/100BASE-TX)", UP, UP, 100, FULL, 2_000_000_000 // 600, "octets"),
        3: ("Port 3 (10/100BASE-TX)", UP, UP, 10, HALF, 900_000, "octets"),
        4: ("Port 4 (10/100BASE-TX)", UP, DOWN, 100, UNKNOWN, 3_000_000, "octets"),
        5: ("Port 5 (10/100BASE-TX)", DOWN, DOWN, 100, UNKNOWN, 0, "octets"),
        6: ("Port 6 (10/100BASE-TX)", UP, UP, 100, FULL, 12_000_000, "octets"),
        7: ("Port 7 (10BASE-FL)", UP, UP, 10, FULL, 7_500_000, "32"),
        8: ("Port 8 (10BASE-FL)", UP, UP, 10, HALF, 1_100_000, "32"),
        9: ("Port 9 (1000BASE-X)", UP, UP, 1000, FULL, 9_000_000_000, "all"),
        10: ("Port 10 (1000BASE-X)", UP, DOWN, 1000, UNKNOWN, 0, "all"),
    }
    for i, (descr, admin, oper, hs, duplex, scale, kind) in ports.items():
        c = Counters(rnd, scale)
        if_entry(rec, i, descr, 6, 1518, hs, f"00:1e:94:0a:10:{i:02x}", admin, oper,
                 rnd.randint(500, uptime // 3) if oper == UP else rnd.randint(uptime // 3, uptime), c, rnd)
        if_x_entry(rec, i, f"port{i}", hs, "", c, hc_octets=kind != "32", hc_packets=kind == "all")
        dot3_entry(rec, i, duplex, rnd, oper == UP)
    mgmt = Counters(rnd, 400_000)
    if_entry(rec, 11, "vlan1", 136, 1500, 100, "00:1e:94:0a:10:00", UP, UP, 300, mgmt, rnd)
    if_x_entry(rec, 11, "vlan1", 100, "management", mgmt, hc_packets=False, connector=2)
    lo = Counters(None, 0)
    if_entry(rec, 12, "lo", 24, 16436, 10, None, UP, UP, 0, lo, rnd)
    if_x_entry(rec, 12, "lo", 10, "", lo, hc_octets=False, hc_packets=False, connector=2)
    rec.put("1.3.6.1.2.1.2.1.0", INTEGER, 12)
    rec.write(HERE / "small-switch.snmprec")


# --------------------------------------------------------------------------------------------
# Switches with a management port of their own, and a Cisco Business switch: one generic writer
# --------------------------------------------------------------------------------------------

UP, DOWN = 1, 2
D_UNKNOWN, D_HALF, D_FULL = 1, 2, 3
LEARNED, SELF, MGMT = 3, 4, 5


class Iface:
    """One interface: what IF-MIB (and EtherLike-MIB, for Ethernet ports) say of it."""

    def __init__(self, index, descr, name, if_type, admin=UP, oper=UP, mbps=1000, duplex=D_FULL, scale=0,
                 alias="", mac=None, mtu=1500, dot3=True):
        self.index, self.descr, self.name, self.if_type = index, descr, name, if_type
        self.admin, self.oper, self.mbps, self.duplex, self.scale = admin, oper, mbps, duplex, scale
        self.alias, self.mac, self.mtu, self.dot3 = alias, mac, mtu, dot3


def generic_switch(path, seed, system, ifaces, bridge_ports, fdb, q_bridge=None, uptime=900_000_000):
    """
    system: (sysDescr, sysObjectID, sysContact, sysName, sysLocation, sysServices)
    bridge_ports: {bridge port: ifIndex}
    fdb: [(vlan, MAC, bridge port, status)], written to dot1qTpFdbTable (index fdbId.MAC, fdbId = VLAN
         id) when q_bridge is given, else to dot1dTpFdbTable (index MAC)
    q_bridge: None, or (vlans {id: name}, untagged {id: [bridge ports]}, tagged {id: [bridge ports]})
    """
    rnd = random.Random(seed)
    rec = Recording()
    descr, object_id, contact, name, location, services = system
    system_group(rec, descr, object_id, uptime, contact, name, location, services)
    for f in ifaces:
        c = Counters(rnd, f.scale)
        up = f.oper == UP
        if_entry(rec, f.index, f.descr, f.if_type, f.mtu, f.mbps, f.mac, f.admin, f.oper,
                 rnd.randint(1000, uptime // 2) if up else rnd.randint(uptime // 2, uptime), c, rnd)
        if_x_entry(rec, f.index, f.name, f.mbps, f.alias, c, connector=1 if f.if_type in (6, 161) else 2)
        if f.dot3 and f.if_type == 6:
            dot3_entry(rec, f.index, f.duplex if up else D_UNKNOWN, rnd, up)
    rec.put("1.3.6.1.2.1.2.1.0", INTEGER, len(ifaces))

    bridge_base(rec, next(f.mac for f in ifaces if f.mac), bridge_ports)
    if q_bridge is None:
        for vid, mac, bp, status in fdb:
            idx = mac_index(mac)
            rec.put(f"{BRIDGE}.4.3.1.1.{idx}", HEX, mac_hex(mac))
            rec.put(f"{BRIDGE}.4.3.1.2.{idx}", INTEGER, bp)
            rec.put(f"{BRIDGE}.4.3.1.3.{idx}", INTEGER, status)
    else:
        vlans, untagged, tagged = q_bridge
        q_bridge_vlans(rec, vlans, untagged, tagged, bridge_ports, (max(bridge_ports) + 7) // 8)
        q_bridge_fdb(rec, fdb)
    rec.write(HERE / path)


def learned_on(rnd, bridge_ports, vlan_of, per_port, ouis):
    """Learned entries: up to per_port random MACs on each bridge port given, in the port's VLAN."""
    out = []
    for bp in bridge_ports:
        for _ in range(rnd.randint(1, per_port)):
            mac = rnd.choice(ouis) + ":" + ":".join(f"{rnd.randrange(256):02x}" for _ in range(3))
            out.append((vlan_of(bp), mac, bp, LEARNED))
    return out


SERVER_OUIS = ["3c:fd:fe", "b4:96:91", "ac:1f:6b", "00:50:56", "f8:bc:12", "a0:36:9f", "98:03:9b"]


def nexus():
    """Nexus 3048TP (NX-OS): mgmt0 is an Ethernet interface outside the bridge."""
    rnd = random.Random(3048)
    mac = "00:3a:9c:51:7e:"
    ifaces = [Iface(83886080, "mgmt0", "mgmt0", 6, mbps=1000, scale=40_000_000, alias="oob-sw-a12 port 7",
                    mac=mac + "00")]
    bridge_ports = {}
    states = {n: (UP, UP) for n in range(1, 49)}
    for n in (17, 18, 19, 20, 33):
        states[n] = (UP, DOWN)
    for n in (41, 42):
        states[n] = (DOWN, DOWN)
    for n in range(1, 53):
        index = 436207616 + 4096 * (n - 1)  # NX-OS numbers Ethernet1/n from 0x1A000000 in steps of 0x1000
        admin, oper = states.get(n, (UP, UP if n <= 50 else DOWN))
        mbps = 10000 if n > 48 else 1000
        ifaces.append(Iface(index, f"Ethernet1/{n}", f"Eth1/{n}", 6, admin, oper, mbps, D_FULL,
                            rnd.randint(50_000_000, 9_000_000_000) if oper == UP else 0,
                            f"rack12 srv{n:02d}" if n <= 48 else "uplink", mac + f"{n:02x}"))
        bridge_ports[n] = index
    ifaces.append(Iface(369098752, "port-channel1", "Po1", 161, mbps=20000, scale=30_000_000_000,
                        alias="vPC peer-link", mac=mac + "40"))
    bridge_ports[4096] = 369098752
    for vid in (1, 10, 20):
        ifaces.append(Iface(151060480 + vid, f"Vlan{vid}", f"Vlan{vid}", 53, mbps=1000, scale=1_000_000,
                            mac=mac + "41", dot3=False))
    ifaces.append(Iface(335544320, "loopback0", "Lo0", 24, mbps=8000, mtu=1500, dot3=False))
    up = [bp for bp, i in bridge_ports.items() if bp <= 48 and states[bp][1] == UP]
    fdb = learned_on(rnd, up, lambda bp: 10 if bp <= 24 else 20, 3, SERVER_OUIS)
    fdb.append((10, "00:00:0c:9f:f0:0a", 4096, LEARNED))  # the gateway's HSRP MAC, over the peer-link
    fdb.append((1, mac + "41", 0, SELF))
    generic_switch("nexus-3048.snmprec", 3048, (
        "Cisco NX-OS(tm) n3000, Software (n3000-uk9), Version 7.0(3)I7(9), RELEASE SOFTWARE",
        "1.3.6.1.4.1.9.12.3.1.3.1106", "noc@example.net", "dc2-r12-leaf1", "DC2, row 12, rack 12", 70),
        ifaces, bridge_ports, fdb)


def huawei():
    """Huawei S5720-28X-SI (VRP): MEth0/0/1, the management Ethernet port, outside the bridge."""
    rnd = random.Random(5720)
    mac = "70:7b:e8:4d:1a:"
    ifaces = [Iface(1, "InLoopBack0", "InLoopBack0", 24, mbps=0, mtu=1500, dot3=False),
              Iface(2, "NULL0", "NULL0", 1, mbps=0, mtu=1500, dot3=False),
              Iface(3, "Console9/0/0", "Console9/0/0", 33, mbps=0, mtu=1500, dot3=False),
              Iface(4, "MEth0/0/1", "MEth0/0/1", 6, mbps=100, scale=20_000_000, alias="to oob-sw port 12",
                    mac=mac + "01"),
              Iface(5, "Vlanif1", "Vlanif1", 53, admin=UP, oper=DOWN, mbps=1000, mac=mac + "02", dot3=False),
              Iface(8, "Vlanif30", "Vlanif30", 53, mbps=1000, scale=5_000_000, mac=mac + "02", dot3=False)]
    bridge_ports = {}
    for n in range(1, 29):
        xg = n > 24
        descr = f"XGigabitEthernet0/0/{n - 24}" if xg else f"GigabitEthernet0/0/{n}"
        index = 8 + n  # the VRP numbers the ports after its other interfaces
        oper = DOWN if n in (7, 8, 15, 26, 27, 28) else UP
        admin = DOWN if n == 15 else UP
        duplex = D_HALF if n == 11 else D_FULL
        mbps = 10000 if xg else (100 if n in (11, 12) else 1000)
        ifaces.append(Iface(index, descr, descr, 6, admin, oper, mbps, duplex,
                            rnd.randint(10_000_000, 6_000_000_000) if oper == UP else 0,
                            "uplink to core" if n == 25 else "", mac + f"{16 + n:02x}"))
        bridge_ports[n] = index
    up = [bp for bp in bridge_ports if bp <= 24 and bp not in (7, 8, 15)]
    fdb = learned_on(rnd, up, lambda bp: 30, 2, SERVER_OUIS)
    fdb.append((30, "00:00:5e:00:01:1e", 25, LEARNED))
    fdb.append((30, mac + "02", 0, SELF))
    untagged = {1: [], 30: list(range(1, 25))}
    tagged = {1: [25], 30: [25]}
    generic_switch("huawei-s5720.snmprec", 5720, (
        "S5720-28X-SI-AC Huawei Versatile Routing Platform Software VRP (R) software, Version 5.170"
        " (S5720 V200R011C10SPC500)", "1.3.6.1.4.1.2011.2.23.375", "noc@example.net", "campus-b2-acc3",
        "building 2, floor 1, IDF B", 78),
        ifaces, bridge_ports, fdb, ({1: "default", 30: "servers"}, untagged, tagged))


def procurve_oobm():
    """HP 2920-24G (ProCurve): the "Out Of Band Management Port", outside the bridge."""
    rnd = random.Random(2920)
    mac = "94:57:a5:3b:60:"
    ifaces = []
    bridge_ports = {}
    for n in range(1, 25):
        oper = DOWN if n in (5, 6, 21, 22, 23) else UP
        admin = DOWN if n == 22 else UP
        mbps = 100 if n in (9, 10) else 1000
        ifaces.append(Iface(n, str(n), str(n), 6, admin, oper, mbps, D_FULL,
                            rnd.randint(5_000_000, 4_000_000_000) if oper == UP else 0,
                            "uplink dist1" if n == 24 else "", mac + f"{n:02x}"))
        bridge_ports[n] = n
    ifaces.append(Iface(4096 + 1, "DEFAULT_VLAN", "DEFAULT_VLAN", 53, mbps=0, scale=2_000_000, mac=mac + "00",
                        dot3=False))
    ifaces.append(Iface(4096 + 40, "VLAN40", "VLAN40", 53, mbps=0, scale=1_000_000, mac=mac + "00", dot3=False))
    # the OOBM port: Ethernet, its own IP stack, not a member of any VLAN, no bridge port
    ifaces.append(Iface(4745, "Out Of Band Management Port", "oobm", 6, mbps=100, scale=30_000_000,
                        mac=mac + "fe"))
    ifaces.append(Iface(4865, "lo0", "lo0", 24, mbps=0, mtu=65535, dot3=False))
    up = [bp for bp in bridge_ports if bp < 24 and bp not in (5, 6, 21, 22, 23)]
    fdb = learned_on(rnd, up, lambda bp: 40 if bp > 12 else 1, 2, SERVER_OUIS)
    fdb.append((1, "00:00:5e:00:01:01", 24, LEARNED))
    fdb.append((1, mac + "00", 0, SELF))
    untagged = {1: list(range(1, 13)) + [24], 40: list(range(13, 24))}
    tagged = {1: [], 40: [24]}
    generic_switch("procurve-2920.snmprec", 2920, (
        "HP J9726A 2920-24G Switch, revision WB.16.10.0009, ROM WB.16.03 (/ws/swbuildm/rel_venice_qaoff/code/build/anm(swbuildm_rel_venice_qaoff_rel_venice))",
        "1.3.6.1.4.1.11.2.3.7.11.153", "noc@example.net", "b3-acc-2920", "building 3, IDF A", 74),
        ifaces, bridge_ports, fdb, ({1: "DEFAULT_VLAN", 40: "VLAN40"}, untagged, tagged))


def cisco_cbs350():
    """Cisco CBS350-24T-4G: Cisco's enterprise number, the standard Q-BRIDGE-MIB, no CISCO-STACK-MIB or VTP."""
    rnd = random.Random(350)
    mac = "68:9e:0b:12:30:"
    ifaces = []
    bridge_ports = {}
    for n in range(1, 29):
        descr = f"GigabitEthernet1/0/{n}"
        oper = DOWN if n in (3, 14, 15, 16, 27, 28) else UP
        admin = DOWN if n == 16 else UP
        duplex = D_HALF if n == 12 else D_FULL
        mbps = 100 if n in (11, 12) else (10 if n == 13 else 1000)
        index = 48 + n  # CBS350 numbers its Ethernet ports from 49
        ifaces.append(Iface(index, descr, f"gi1/0/{n}", 6, admin, oper, mbps, duplex,
                            rnd.randint(1_000_000, 5_000_000_000) if oper == UP else 0,
                            "uplink to core" if n == 25 else "", mac + f"{n:02x}"))
        bridge_ports[n] = index
    # two of the LAGs; a CBS350 lists its 8 Port-channels, down while unused
    for n, oper in ((1, UP), (2, DOWN)):
        ifaces.append(Iface(999 + n, f"Port-channel{n}", f"Po{n}", 161, UP, oper, 2000 if oper == UP else 0,
                            D_FULL, 3_000_000_000 if oper == UP else 0, "", mac + f"{0x40 + n:02x}", dot3=False))
    ifaces.append(Iface(100000, "Vlan1", "Vlan1", 53, mbps=0, scale=400_000, mac=mac + "00", dot3=False))
    ifaces.append(Iface(100050, "Vlan50", "Vlan50", 53, mbps=0, scale=900_000, mac=mac + "00", dot3=False))
    ifaces.append(Iface(100200, "loopback1", "lo1", 24, mbps=0, mtu=1500, dot3=False))
    bridge_ports[29] = 1000  # Port-channel1 on ports 25 and 26 (no bridge ports of their own while in it)
    del bridge_ports[25], bridge_ports[26]
    up = [bp for bp in bridge_ports if bp < 25 and bp not in (3, 14, 15, 16)]
    fdb = learned_on(rnd, up, lambda bp: 50 if bp <= 12 else 1, 2, SERVER_OUIS)
    fdb.append((50, "00:00:5e:00:01:32", 29, LEARNED))
    fdb.append((50, "f8:bc:12:3a:99:01", 4, MGMT))  # a static address on port 4
    fdb.append((1, mac + "00", 0, SELF))
    untagged = {1: list(range(13, 25)) + [29], 50: list(range(1, 13))}
    tagged = {1: [], 50: [29]}
    generic_switch("cisco-cbs350.snmprec", 350, (
        "CBS350-24T-4G 24-Port Gigabit Managed Switch", "1.3.6.1.4.1.9.6.1.95.24.4", "it@example.net",
        "office-cbs350", "main office, server room", 6),
        ifaces, bridge_ports, fdb, ({1: "default", 50: "office"}, untagged, tagged))


# --------------------------------------------------------------------------------------------
# Catalyst 3750: one BRIDGE-MIB instance per VLAN (community c3750@<vlan>)
# --------------------------------------------------------------------------------------------

def read_catalyst():
    rows = {}
    with gzip.open(CATALYST, "rt", encoding="ascii", errors="replace") as f:
        for line in f:
            parts = line.rstrip("\n").split("|", 2)
            if len(parts) == 3:
                rows[parts[0]] = (parts[1], parts[2])
    return rows


def column(rows, prefix):
    p = prefix + "."
    return {o[len(p):]: v for o, (t, v) in rows.items() if o.startswith(p)}


def catalyst_vlans():
    rows = read_catalyst()
    out = HERE / "c3750-vlans"
    out.mkdir(exist_ok=True)
    vlans = sorted(int(k.split(".")[1]) for k, v in column(rows, "1.3.6.1.4.1.9.9.46.1.3.1.1.2").items()
                   if v == "1" and k.startswith("1."))
    vlans = [v for v in vlans if not 1002 <= v <= 1005]
    vm_vlan = {int(k): int(v) for k, v in column(rows, "1.3.6.1.4.1.9.9.68.1.2.2.1.2").items()}
    trunking = {int(k) for k, v in column(rows, "1.3.6.1.4.1.9.9.46.1.6.1.1.14").items() if v == "1"}
    enabled = {int(k): bytes.fromhex(v) for k, v in column(rows, "1.3.6.1.4.1.9.9.46.1.6.1.1.4").items()}
    # bridge port numbers: the recorded VLAN 1 instance numbers a port 108 + its CISCO-STACK-MIB port
    # (portIfIndex 3.<port>); the same rule numbers the ports it does not list
    port_of = {int(v): int(k.split(".")[1]) for k, v in column(rows, "1.3.6.1.4.1.9.5.1.4.1.1.11").items()}
    recorded_bp = {int(k): int(v) for k, v in column(rows, f"{BRIDGE}.1.4.1.2").items()}
    for bp, ifindex in recorded_bp.items():
        assert bp == 108 + port_of[ifindex], (bp, ifindex)

    def members(vlan):
        m = {i for i, v in vm_vlan.items() if v == vlan}
        for i in trunking:
            bitmap = enabled[i]
            if bitmap[vlan // 8] & (0x80 >> (vlan % 8)):
                m.add(i)
        return sorted(m)

    assert {108 + port_of[i] for i in members(1)} == set(recorded_bp), "VLAN 1 membership differs from the recording"
    oper_up = {int(k) for k, v in column(rows, "1.3.6.1.2.1.2.2.1.8").items() if v == "1"}
    # the MAC of each VLAN's routed interface (ifDescr Vlan<id>), which the switch owns in that VLAN
    svi_mac = {}
    for k, v in column(rows, "1.3.6.1.2.1.2.2.1.2").items():
        if v.startswith("Vlan"):
            svi_mac[int(v[4:])] = rows[f"1.3.6.1.2.1.2.2.1.6.{k}"][1]

    rnd = random.Random(3750)
    ouis = ["00:25:90", "3c:ec:ef", "d4:ae:52", "00:1c:73", "f4:03:43", "b8:27:eb", "00:50:56", "a4:bf:01"]
    LEARNED, SELF, MGMT = 3, 4, 5
    used = set()

    def new_mac():
        while True:
            mac = rnd.choice(ouis) + ":" + ":".join(f"{rnd.randrange(256):02x}" for _ in range(3))
            if mac not in used:
                used.add(mac)
                return mac

    for vlan in vlans:
        rec = Recording()
        for n in range(1, 9):
            o = f"{SYSTEM}.{n}.0"
            rec.put(o, *rows[o])
        ms = members(vlan)
        rec.put(f"{BRIDGE}.1.1.0", *rows[f"{BRIDGE}.1.1.0"])
        rec.put(f"{BRIDGE}.1.2.0", INTEGER, len(ms))
        rec.put(f"{BRIDGE}.1.3.0", *rows[f"{BRIDGE}.1.3.0"])
        for i in ms:
            bp = 108 + port_of[i]
            rec.put(f"{BRIDGE}.1.4.1.1.{bp}", INTEGER, bp)
            rec.put(f"{BRIDGE}.1.4.1.2.{bp}", INTEGER, i)
        rec.put(f"{BRIDGE}.4.1.0", *rows[f"{BRIDGE}.4.1.0"])
        rec.put(f"{BRIDGE}.4.2.0", *rows[f"{BRIDGE}.4.2.0"])
        fdb = []
        if vlan == 1:
            # the learned entry the recording itself holds (the default community is VLAN 1's instance)
            for k, v in column(rows, f"{BRIDGE}.4.3.1.2").items():
                fdb.append((":".join(f"{int(x):02x}" for x in k.split(".")), int(v),
                            int(rows[f"{BRIDGE}.4.3.1.3.{k}"][1])))
        up = [i for i in ms if i in oper_up]
        for i in up:
            trunk = i in trunking
            for _ in range(rnd.randint(1, 3) if trunk else rnd.randint(1, 2)):
                fdb.append((new_mac(), 108 + port_of[i], LEARNED))
        if vlan == 60 and up:
            # a static entry (mac address-table static ... interface Fa3/0/3) is mgmt, not learned
            fdb.append(("00:25:90:60:00:03", 108 + port_of[up[0]], MGMT))
        if vlan in svi_mac:
            fdb.append((":".join(svi_mac[vlan][k:k + 2] for k in range(0, 12, 2)), 0, SELF))
        for mac, bp, status in fdb:
            idx = mac_index(mac)
            rec.put(f"{BRIDGE}.4.3.1.1.{idx}", HEX, mac_hex(mac))
            rec.put(f"{BRIDGE}.4.3.1.2.{idx}", INTEGER, bp)
            rec.put(f"{BRIDGE}.4.3.1.3.{idx}", INTEGER, status)
        rec.write(out / f"c3750@{vlan}.snmprec")


if __name__ == "__main__":
    aruba()
    small_switch()
    nexus()
    huawei()
    procurve_oobm()
    cisco_cbs350()
    catalyst_vlans()
