package net.dcihandlers.ipmi;

import net.dcihandlers.core.tool.ToolRun;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What ipmitool printed, cut down to something an error text can quote. */
final class ToolSaid {
    static final int MAX_CHARS = 300;
    /** Lines ipmitool prints on success as well, which only hide the real message. */
    private static final Pattern NOISE = Pattern.compile(
            "Unable to Get Channel Cipher Suites|Loading IANA PEN Registry.*", Pattern.CASE_INSENSITIVE);

    private ToolSaid() {
    }

    /** stdout and stderr, trimmed, one line after another, without the password. */
    static String quote(ToolRun.Result r, String password) {
        List<String> lines = new ArrayList<>();
        for (String stream : new String[] {r.stdout(), r.stderr()}) {
            for (String line : stream.split("\\R")) {
                String t = line.replaceAll("\\p{Cntrl}", " ").strip();
                if (!t.isEmpty() && !NOISE.matcher(t).matches()) {
                    lines.add(t);
                }
            }
        }
        String s = lines.isEmpty() ? "nothing" : String.join(" / ", lines);
        if (password != null && !password.isEmpty()) {
            s = s.replace(password, "***");
        }
        return s.length() > MAX_CHARS ? s.substring(0, MAX_CHARS) + "..." : s;
    }
}
