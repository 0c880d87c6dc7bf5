package net.dcihandlers.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Commands that change a running {@link SimulatedUps}, one per line, for the demo (the standalone
 * {@code Main ups} reads them on stdin): pull the plug, drain the battery, raise an alarm.
 */
final class UpsConsole {
    static final String HELP = String.join(System.lineSeparator(),
            "commands (one per line):",
            "  mains fail|return        a blackout: on battery with the input at 0 V and 0 W; and its end",
            "  source normal|battery|bypass|booster|reducer|none|other",
            "  battery normal|low|depleted|unknown",
            "  minutes N | seconds-on-battery N | charge PERCENT",
            "  input-voltage LINE VOLTS | input-power LINE WATTS",
            "  output-voltage LINE VOLTS | output-power LINE WATTS | load LINE PERCENT",
            "                           (a value of - stops serving it)",
            "  alarms [on-battery low-battery ...]   the alarms present now; none clears them",
            "  help");

    private final SimulatedUps ups;

    UpsConsole(SimulatedUps ups) {
        this.ups = ups;
    }

    /** Applies one command line; returns what to print. Throws IllegalArgumentException for a bad one. */
    String apply(String line) {
        String[] w = line.trim().split("\\s+");
        if (w.length == 0 || w[0].isEmpty()) {
            return "";
        }
        switch (w[0]) {
            case "mains" -> {
                switch (arg(w, 1)) {
                    case "fail" -> ups.mainsFails();
                    case "return" -> ups.mainsReturns();
                    default -> throw new IllegalArgumentException("mains fail or mains return, not '" + w[1] + "'");
                }
            }
            case "source" -> ups.setOutputSource(constant(SimulatedUps.OutputSource.class, arg(w, 1)));
            case "battery" -> ups.setBatteryStatus(constant(SimulatedUps.BatteryStatus.class, arg(w, 1)));
            case "minutes" -> ups.setMinutesRemaining(number(arg(w, 1)));
            case "seconds-on-battery" -> ups.setSecondsOnBattery(number(arg(w, 1)));
            case "charge" -> ups.setChargeRemaining(number(arg(w, 1)));
            case "input-voltage" -> ups.setInputVoltage(number(arg(w, 1)), optional(arg(w, 2)));
            case "input-power" -> ups.setInputTruePower(number(arg(w, 1)), optional(arg(w, 2)));
            case "output-voltage" -> ups.setOutputVoltage(number(arg(w, 1)), optional(arg(w, 2)));
            case "output-power" -> ups.setOutputPower(number(arg(w, 1)), optional(arg(w, 2)));
            case "load" -> ups.setOutputPercentLoad(number(arg(w, 1)), optional(arg(w, 2)));
            case "alarms" -> {
                List<SimulatedUps.Alarm> alarms = new ArrayList<>();
                for (int i = 1; i < w.length; i++) {
                    alarms.add(constant(SimulatedUps.Alarm.class, w[i]));
                }
                ups.setAlarms(alarms.toArray(new SimulatedUps.Alarm[0]));
            }
            case "help" -> {
                return HELP;
            }
            default -> throw new IllegalArgumentException("unknown command '" + w[0] + "'; try help");
        }
        return "ok: " + ups;
    }

    private static String arg(String[] w, int i) {
        if (i >= w.length) {
            throw new IllegalArgumentException(w[0] + " needs " + (i == 1 ? "a value" : "a line and a value"));
        }
        return w[i];
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String word) {
        try {
            return Enum.valueOf(type, word.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            List<String> names = new ArrayList<>();
            for (E c : type.getEnumConstants()) {
                names.add(c.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
            throw new IllegalArgumentException("'" + word + "' is not one of " + String.join(", ", names));
        }
    }

    private static Integer optional(String word) {
        return word.equals("-") ? null : number(word);
    }

    private static int number(String word) {
        try {
            return Integer.parseInt(word);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + word + "' is not a whole number");
        }
    }
}
