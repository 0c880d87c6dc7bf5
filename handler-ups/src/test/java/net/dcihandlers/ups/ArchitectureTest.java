package net.dcihandlers.ups;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import net.dcihandlers.core.testing.StdoutRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Two handlers in one jar: dci-ups (SNMP) and dci-ups-nut (Network UPS Tools) share only the
 * answer the panel receives, in net.dcihandlers.ups, so that either can change without the other.
 */
class ArchitectureTest {
    private static final JavaClasses UPS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("net.dcihandlers.ups");

    @Test
    void theHandlersDoNotUseEachOther() {
        noClasses().that().resideInAPackage("net.dcihandlers.ups.snmp..")
                .should().dependOnClassesThat().resideInAPackage("net.dcihandlers.ups.nut..").check(UPS);
        noClasses().that().resideInAPackage("net.dcihandlers.ups.nut..")
                .should().dependOnClassesThat().resideInAPackage("net.dcihandlers.ups.snmp..").check(UPS);
    }

    @Test
    void theSharedAnswerKnowsNeitherProtocol() {
        noClasses().that().resideInAPackage("net.dcihandlers.ups")
                .should().dependOnClassesThat().resideInAnyPackage("net.dcihandlers.ups.snmp..",
                        "net.dcihandlers.ups.nut..", "net.dcihandlers.core.snmp..", "org.snmp4j..")
                .check(UPS);
    }

    @Test
    void usesTheCoreAndNoOtherDeviceOrTheSimulator() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("net.dcihandlers.snmpswitch..",
                "net.dcihandlers.ipmi..", "net.dcihandlers.pdu..", "net.dcihandlers.sim..").check(UPS);
    }

    @Test
    void neverWritesToStdout() {
        StdoutRule.onlyTheEntryPointWritesStdout().check(UPS);
    }
}
