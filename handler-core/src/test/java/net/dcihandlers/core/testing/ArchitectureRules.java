package net.dcihandlers.core.testing;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.DynamicTest;

import java.util.List;
import java.util.stream.Stream;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The rules that hold across modules, declared once. Each module runs those that apply to it on
 * its own main classes with one small ArchitectureTest: handler-core and the handler modules
 * {@link #ofHandlerModule}, device-sim {@link #ofSimulator}. A module is its root package and
 * the packages below it.
 */
public final class ArchitectureRules {
    private static final String CORE = "net.dcihandlers.core";
    private static final String SIMULATOR = "net.dcihandlers.sim";
    private static final String ANY_MODULE = "net.dcihandlers..";

    private ArchitectureRules() {
    }

    /** The main classes of the module with that root package (its tests are not held to the rules). */
    public static JavaClasses mainClasses(String rootPackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage);
    }

    /** Every rule of handler-core and the handler modules, one test each, on the module's main classes. */
    public static Stream<DynamicTest> ofHandlerModule(String rootPackage) {
        return tests(rootPackage, List.of(onlyTheEntryPointWritesStdout(), onlyChildrenStartsProcesses(),
                knowsOnlyTheCore(rootPackage), usesNoSimulatedDevice()));
    }

    /**
     * The rule of device-sim. The others do not apply to it: its stdout is the tests' channel to
     * it, and it runs openssl as it likes, since it answers no panel within a deadline.
     */
    public static Stream<DynamicTest> ofSimulator() {
        return tests(SIMULATOR, List.of(theSimulatorKnowsNoHandler()));
    }

    private static Stream<DynamicTest> tests(String rootPackage, List<ArchRule> rules) {
        JavaClasses classes = mainClasses(rootPackage);
        return rules.stream().map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(classes)));
    }

    /** Stdout carries one document and nothing else: no class but the entry point may touch System.out. */
    public static ArchRule onlyTheEntryPointWritesStdout() {
        return noClasses().that().doNotHaveFullyQualifiedName(CORE + ".HandlerMain")
                .should().accessField(System.class, "out")
                .because("stdout carries exactly one document, written by HandlerMain");
    }

    /** So that none outlives the handler, every process is started where it is marked and tracked. */
    public static ArchRule onlyChildrenStartsProcesses() {
        DescribedPredicate<JavaMethodCall> startsAProcess = DescribedPredicate.describe(
                "ProcessBuilder.start or startPipeline, or Runtime.exec",
                call -> call.getTargetOwner().isEquivalentTo(ProcessBuilder.class) && call.getName().startsWith("start")
                        || call.getTargetOwner().isEquivalentTo(Runtime.class) && call.getName().equals("exec"));
        return noClasses().that().doNotHaveFullyQualifiedName(CORE + ".tool.Children")
                .should().callMethodWhere(startsAProcess)
                .because("Children tracks every process, so that none outlives the handler");
    }

    /**
     * A handler module knows the core and no other handler module, and the core knows none: what
     * one device type needs is declared in its own module, and the core asks the declaration.
     */
    public static ArchRule knowsOnlyTheCore(String rootPackage) {
        DescribedPredicate<JavaClass> otherModule = resideInAPackage(ANY_MODULE)
                .and(not(resideInAnyPackage(rootPackage + "..", CORE + "..", SIMULATOR + "..")))
                .as("belong to another module than the core (in net.dcihandlers.., outside %s, %s and %s)",
                        rootPackage, CORE, SIMULATOR);
        return noClasses().should().dependOnClassesThat(otherModule);
    }

    /** The simulated devices are test peers: no handler ships them or leans on them. */
    public static ArchRule usesNoSimulatedDevice() {
        return noClasses().should().dependOnClassesThat().resideInAPackage(SIMULATOR + "..")
                .because("device-sim is a peer of the tests, not part of any handler");
    }

    /**
     * The simulated devices behave as the devices do, not as the code under test thinks they do: the
     * simulator uses no handler module, the core included.
     */
    public static ArchRule theSimulatorKnowsNoHandler() {
        return noClasses().should().dependOnClassesThat(resideInAPackage(ANY_MODULE)
                .and(not(resideInAPackage(SIMULATOR + "..")))
                .as("belong to a handler module or the core (in net.dcihandlers.., outside %s)", SIMULATOR));
    }
}
