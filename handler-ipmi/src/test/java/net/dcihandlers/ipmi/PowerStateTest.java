package net.dcihandlers.ipmi;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PowerStateTest {
    @Test
    void readsTheStateLineAmongWhateverElseIpmitoolPrints() {
        assertEquals(Optional.of(PowerState.ON), PowerState.parse("Chassis Power is on\n"));
        assertEquals(Optional.of(PowerState.OFF), PowerState.parse("Unable to Get Channel Cipher Suites\r\n"
                + "  Chassis Power is OFF  \r\n"));
    }

    @Test
    void saysNothingWhenTheOutputIsNotAClearState() {
        assertEquals(Optional.empty(), PowerState.parse(""));
        assertEquals(Optional.empty(), PowerState.parse("Chassis Power Control: Up/On"));
        assertEquals(Optional.empty(), PowerState.parse("Chassis Power is unknown"));
        assertEquals(Optional.empty(), PowerState.parse("Chassis Power is online"));
        assertEquals(Optional.empty(), PowerState.parse("Chassis Power is on\nChassis Power is off"));
    }
}
