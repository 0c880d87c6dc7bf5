package net.dcihandlers.snmpswitch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import net.dcihandlers.core.testing.StdoutRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTest {
    private static final JavaClasses SWITCH = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("net.dcihandlers.snmpswitch");

    @Test
    void usesTheCoreAndNoOtherDeviceOrTheSimulator() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("net.dcihandlers.ipmi..",
                "net.dcihandlers.pdu..", "net.dcihandlers.ups..", "net.dcihandlers.sim..").check(SWITCH);
    }

    @Test
    void neverWritesToStdout() {
        StdoutRule.onlyTheEntryPointWritesStdout().check(SWITCH);
    }
}
