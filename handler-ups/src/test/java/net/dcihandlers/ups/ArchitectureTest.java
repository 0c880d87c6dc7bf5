package net.dcihandlers.ups;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import net.dcihandlers.core.testing.ArchitectureRules;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The rules every handler module keeps (ArchitectureRules), and this module's own: two handlers in
 * one jar, dci-ups (SNMP) and dci-ups-nut (Network UPS Tools), share only the answer the panel
 * receives, in net.dcihandlers.ups, so that either can change without the other.
 */
class ArchitectureTest {
    private static final JavaClasses UPS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("net.dcihandlers.ups");

    @TestFactory
    Stream<DynamicTest> keepsTheRulesOfEveryHandlerModule() {
        return ArchitectureRules.ofHandlerModule("net.dcihandlers.ups");
    }

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
}
