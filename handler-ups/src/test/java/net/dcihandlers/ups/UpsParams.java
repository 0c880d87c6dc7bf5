package net.dcihandlers.ups;

import net.dcihandlers.core.testing.Doc;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the panel reads from a UPS handler: an answer's eq_params, numbers as numbers, and the functions -info declares. */
public final class UpsParams {
    private UpsParams() {
    }

    /** The floatvalue parameters of an answer, by name. */
    public static Map<String, BigDecimal> numbers(Doc doc) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        doc.params().forEach((name, value) -> {
            if (!name.equals("device_status")) {
                out.put(name, new BigDecimal(value));
            }
        });
        return out;
    }

    public static String status(Doc doc) {
        return doc.params().get("device_status");
    }

    /** Asserts the answer holds exactly these numbers (equal as numbers: 0.35 is 0.350) and a status first. */
    public static void assertNumbers(Map<String, BigDecimal> expected, Doc doc) {
        assertTrue(doc.params().keySet().iterator().next().equals("device_status"), doc::text);
        Map<String, BigDecimal> got = numbers(doc);
        assertEquals(new TreeMap<>(expected).keySet(), new TreeMap<>(got).keySet(), doc::text);
        expected.forEach((name, value) -> assertEquals(0, value.compareTo(got.get(name)),
                () -> name + ": expected " + value + ", got " + got.get(name) + "\n" + doc.text()));
    }

    /** The functions an -info document declares, as the panel offers them. */
    public static List<String> supportedFuncs(String info) {
        String funcs = info.substring(info.indexOf("<supported_funcs>"), info.indexOf("</supported_funcs>"));
        return java.util.regex.Pattern.compile("<([a-z_]+)/>").matcher(funcs).results().map(m -> m.group(1)).toList();
    }
}
