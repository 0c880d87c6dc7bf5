# Cisco IOS switches. A Cisco enterprise number is not enough: Cisco's Small Business and CBS
# switches carry it but speak the standard Q-BRIDGE-MIB and have neither CISCO-STACK-MIB nor VTP,
# so these profiles apply only where the switch answers their tables. Their VLANs are set through
# CISCO-VLAN-MEMBERSHIP-MIB vmVlan (access ports) and CISCO-VTP-MIB vlanTrunkPortTable (trunks),
# and their learned MAC addresses are in one BRIDGE-MIB instance per VLAN (community@vlan, or the
# SNMPv3 context vlan-N).

# CISCO-STACK-MIB portTable, index module.port: the physical ports, mapped to ifIndex by
# portIfIndex. portAdminSpeed: autoDetect(1), autoDetect10100(2), s10000000(10000000),
# s100000000(100000000), s1000000000(1000000000), s10G(10). portDuplex: half(1), full(2), auto(4).
object portIfIndex    1.3.6.1.4.1.9.5.1.4.1.1.11 integer required
object portAdminSpeed 1.3.6.1.4.1.9.5.1.4.1.1.9  integer 1=auto 2=auto10100 10000000=10mbps 100000000=100mbps 1000000000=1gbps 10=10gbps
object portDuplex     1.3.6.1.4.1.9.5.1.4.1.1.10 integer 1=half 2=full 4=auto
# CISCO-VTP-MIB vtpVlanTable, index managementDomainIndex.vlan
object vtpVlanState   1.3.6.1.4.1.9.9.46.1.3.1.1.2 integer required

profile cisco-ios-stack
  name        Cisco IOS with CISCO-STACK-MIB
  enterprise  1.3.6.1.4.1.9
  probe       portIfIndex
  port-table  CISCO-STACK-MIB portTable
  port-ifindex portIfIndex
  port-speed  portAdminSpeed
  port-duplex portDuplex
  vlans       cisco-vtp
  mac-table   bridge-per-vlan

profile cisco-ios
  name        Cisco IOS
  enterprise  1.3.6.1.4.1.9
  probe       vtpVlanState
  vlans       cisco-vtp
  mac-table   bridge-per-vlan
