package net.dcihandlers.ipmi;

import java.util.List;

/** What {@code ipmitool chassis power ...} is asked to do. */
enum PowerCommand {
    STATUS("status"), ON("on"), OFF("off"), RESET("reset");

    private final String word;

    PowerCommand(String word) {
        this.word = word;
    }

    List<String> args() {
        return List.of("chassis", "power", word);
    }

    /** How messages name it: {@code chassis power on}. */
    String text() {
        return String.join(" ", args());
    }
}
