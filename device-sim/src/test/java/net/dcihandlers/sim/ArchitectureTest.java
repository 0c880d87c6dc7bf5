package net.dcihandlers.sim;

import net.dcihandlers.core.testing.ArchitectureRules;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

/** The rule the simulator keeps (ArchitectureRules): it knows no handler. */
class ArchitectureTest {
    @TestFactory
    Stream<DynamicTest> keepsTheRuleOfTheSimulator() {
        return ArchitectureRules.ofSimulator();
    }
}
