package net.dcihandlers.ipmi;

import java.util.List;

/** What {@code ipmitool chassis power ...} is asked to do. */
enum PowerCommand {
    STATUS("status", "status"), ON("on", "power-on"), OFF("off", "power-off"), RESET("reset", "reset");

    private final String word;
    private final String noun;

    PowerCommand(String word, String noun) {
        this.word = word;
        this.noun = noun;
    }

    /** How a sentence names the command: "the power-off command". */
    String noun() {
        return noun;
    }

    List<String> args() {
        return List.of("chassis", "power", word);
    }

    /** How messages name it: {@code chassis power on}. */
    String text() {
        return String.join(" ", args());
    }
}
