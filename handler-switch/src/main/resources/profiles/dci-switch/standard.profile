# Switches of any vendor that speak the standard MIBs: the ports are IF-MIB's interfaces of a port
# type, speed and duplex from IF-MIB ifHighSpeed and EtherLike-MIB dot3StatsDuplexStatus.

# Q-BRIDGE-MIB dot1qPortVlanTable, index dot1dBasePort
object dot1qPvid 1.3.6.1.2.1.17.7.1.4.5.1.1 unsigned32 required

# VLANs through dot1qPvid and the static egress and untagged port lists; MAC addresses from
# Q-BRIDGE-MIB dot1qTpFdbTable, or BRIDGE-MIB dot1dTpFdbTable where that is all there is
profile q-bridge
  name        Q-BRIDGE-MIB switch
  probe       dot1qPvid
  vlans       q-bridge
  mac-table   q-bridge-or-bridge

# any switch at all; no VLAN objects known
profile if-mib
  name        IF-MIB switch
  vlans       none
  mac-table   q-bridge-or-bridge
