/**
 * Simulated devices on loopback for tests and demos, built on snmp4j-agent; depends on nothing
 * else of this project.
 *
 * <p>How a request travels through a {@link net.dcihandlers.sim.SimulatedSwitch} (Agent assembles
 * the path for every device):
 * <pre>
 * UDP 127.0.0.1 (LoopbackUdpTransport)
 *   -> RequestGate              counts the datagram; SILENT, DROP, SLOW
 *   -> MessageDispatcherImpl    snmp4j: MPv1, MPv2c, MPv3 with USM when a v3 user is configured
 *   -> FaultyCommandProcessor   snmp4j-agent's CommandProcessor; AccessControl maps communities
 *                               (an unknown one is dropped; community@vlan to context vlan-N on
 *                               Cisco) and sets up VACM (read-only community: empty write view,
 *                               so SETs get noAccess)
 *   -> DefaultMOServer          MOScalars for the system group (Snmpv2Mib), snmpInPkts and ifNumber;
 *                               ComputedCells, computing their cells per request: two
 *                               InterfaceTables (ifTable, ifXTable) from the interfaces and the
 *                               faults: PARTIAL_TABLE, WRONG_TYPES, SET refusals; MibTables for
 *                               the other MIB groups (SwitchMibs: EtherLikeMib,
 *                               BridgeMib, QBridgeMib, CiscoStackMib, CiscoVlanMembershipMib,
 *                               CiscoVtpMib), per context where Cisco keeps one bridge per VLAN,
 *                               whose SETs a ManagedState judges whole (StaticVlans, CiscoPorts,
 *                               CiscoPortVlans, VtpDomain)
 *   <- FaultyCommandProcessor.sendResponse   TOO_BIG, MAX_BINDINGS
 * </pre>
 * A {@link net.dcihandlers.sim.SimulatedPdu} travels the same path (without faults) to one managed
 * object, SimulatedPduCells, that serves the vendor subtree SimulatedPduMib reads from the PDU's
 * PduModel (a declaration of its family: identity, tables, cells and command values; see PduModels)
 * and turns accepted SETs into commands that SimulatedPduOutlet carries out after the PDU's delays.
 * A {@link net.dcihandlers.sim.SimulatedUps} travels it to UpsMibTree, a read-only snapshot of its
 * UPS-MIB taken for each request. InterfaceTable and MibTable walk their tables through TableEntry.
 *
 * <p>No configuration or boot-counter files are written: the agent is assembled from parts rather
 * than from snmp4j-agent's file-based BaseAgent.
 */
package net.dcihandlers.sim;
