package net.dcihandlers.snmpswitch;

import net.dcihandlers.core.testing.ArchitectureRules;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

/** The rules every handler module keeps (ArchitectureRules), on this one's classes. */
class ArchitectureTest {
    @TestFactory
    Stream<DynamicTest> keepsTheRulesOfEveryHandlerModule() {
        return ArchitectureRules.ofHandlerModule("net.dcihandlers.snmpswitch");
    }
}
