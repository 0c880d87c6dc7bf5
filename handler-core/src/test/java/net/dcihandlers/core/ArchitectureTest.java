package net.dcihandlers.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import net.dcihandlers.core.testing.ArchitectureRules;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The core's shape: the rules of every module (no device module known, stdout guarded, processes
 * tracked), and its own: no device type branched on, the protocol model independent of transports.
 */
class ArchitectureTest {
    private static final JavaClasses CORE = ArchitectureRules.mainClasses("net.dcihandlers.core");

    @TestFactory
    Stream<DynamicTest> keepsTheRulesOfEveryHandlerModule() {
        return ArchitectureRules.ofHandlerModule("net.dcihandlers.core");
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
}
