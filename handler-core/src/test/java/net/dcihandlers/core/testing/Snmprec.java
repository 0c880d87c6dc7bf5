package net.dcihandlers.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Reads an snmpsim recording (oid|type|value lines), so tests compare a handler's answer with the
 * values the recorded device really held, instead of with numbers copied into the test.
 */
public final class Snmprec {
    private final Map<String, String> values;

    private Snmprec(Map<String, String> values) {
        this.values = values;
    }

    public static Snmprec read(Path file) {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            Map<String, String> m = new TreeMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split("\\|", 3);
                if (f.length < 3 || line.startsWith("#")) {
                    continue;
                }
                String v = f[2].strip();
                if (f[1].endsWith("x")) {
                    v = new String(HexFormat.of().parseHex(v), StandardCharsets.ISO_8859_1);
                }
                m.put(f[0], v);
            }
            return new Snmprec(m);
        } catch (IOException e) {
            throw new AssertionError("cannot read recording " + file, e);
        }
    }

    /** The value at an OID (text of strings, decimal of numbers), or null. */
    public String get(String oid) {
        return values.get(oid);
    }

    /** The column's values by index suffix, in OID order. */
    public Map<String, String> column(String columnOid) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        String prefix = columnOid + ".";
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (e.getKey().startsWith(prefix)) {
                out.put(e.getKey().substring(prefix.length()), e.getValue());
            }
        }
        return out;
    }
}
