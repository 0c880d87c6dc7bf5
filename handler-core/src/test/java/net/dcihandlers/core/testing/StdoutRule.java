package net.dcihandlers.core.testing;

import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Stdout carries one document and nothing else: no class but the entry point may touch
 * System.out. Each module checks its own classes with this rule.
 */
public final class StdoutRule {
    private StdoutRule() {
    }

    public static ArchRule onlyTheEntryPointWritesStdout() {
        return noClasses().that().doNotHaveFullyQualifiedName("net.dcihandlers.core.HandlerMain")
                .should().accessField(System.class, "out")
                .because("stdout carries exactly one document, written by HandlerMain");
    }
}
