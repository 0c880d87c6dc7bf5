package net.dcihandlers.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import net.dcihandlers.core.testing.StdoutRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The core's shape: no device knowledge, the protocol model independent of transports, stdout guarded. */
class ArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("net.dcihandlers.core");

    @Test
    void theCoreKnowsNoDevice() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("net.dcihandlers.snmpswitch..",
                "net.dcihandlers.ipmi..", "net.dcihandlers.pdu..", "net.dcihandlers.ups..", "net.dcihandlers.sim..")
                .check(CORE);
    }

    /**
     * Nor any kind of device: what differs between handlers (credentials, a fixed port, the
     * help's wording) is in their declarations, which the core asks; no core class branches on a
     * device type.
     */
    @Test
    void theCoreBranchesOnNoDeviceType() {
        for (DeviceType t : DeviceType.values()) {
            noClasses().that().doNotHaveFullyQualifiedName(DeviceType.class.getName())
                    .should().accessField(DeviceType.class, t.name())
                    .check(CORE);
        }
    }

    @Test
    void theProtocolModelDependsOnNoTransport() {
        noClasses().that().resideInAPackage("net.dcihandlers.core.protocol..")
                .should().dependOnClassesThat().resideInAnyPackage("net.dcihandlers.core.snmp..",
                        "net.dcihandlers.core.tool..", "org.snmp4j..", "picocli..")
                .check(CORE);
    }

    @Test
    void theSnmpClientAndToolRunnerKnowNothingOfTheEntryPoint() {
        noClasses().that().resideInAnyPackage("net.dcihandlers.core.snmp..", "net.dcihandlers.core.tool..")
                .should().dependOnClassesThat().haveSimpleNameStartingWith("HandlerMain")
                .orShould().dependOnClassesThat().resideInAPackage("picocli..")
                .check(CORE);
    }

    @Test
    void onlyTheEntryPointWritesToStdout() {
        StdoutRule.onlyTheEntryPointWritesStdout().check(CORE);
    }

    /** So that none outlives the handler, every process is started where it is marked and tracked. */
    @Test
    void onlyChildrenStartsProcesses() {
        noClasses().that().doNotHaveFullyQualifiedName("net.dcihandlers.core.tool.Children")
                .should().callMethod(ProcessBuilder.class, "start")
                .orShould().callMethod(Runtime.class, "exec", String.class)
                .orShould().callMethod(Runtime.class, "exec", String[].class)
                .check(CORE);
    }
}
