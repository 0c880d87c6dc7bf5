package net.dcihandlers.sim;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Runs the net-snmp command-line tools (Debian package {@code snmp}) as an independent client: an
 * argument list through ProcessBuilder, never a shell. OIDs are printed numerically (-On), so no
 * MIB files are needed.
 */
final class NetSnmp {
    /**
     * net-snmp's -t for a request the simulator should answer, in seconds: far beyond an answer's
     * time on a loaded machine, where the test JVM that runs the simulator competes for the CPU.
     * Only requests expected to go unanswered wait less ({@link #getExpectingSilence}).
     */
    static final String ANSWER_TIMEOUT = "10";
    private static final long TOOL_TIME_LIMIT_SECONDS = 120;

    private NetSnmp() {
    }

    /** What a tool printed, and its exit code. */
    record Result(int exitCode, String stdout, String stderr) {
        /** Every "OID = value" line, in order, keyed by numeric OID without the leading dot. */
        Map<String, String> values() {
            Map<String, String> values = new LinkedHashMap<>();
            for (String line : stdout.split("\n")) {
                int eq = line.indexOf(" = ");
                if (eq > 0) {
                    values.put(line.substring(0, eq).replaceFirst("^\\.", ""), line.substring(eq + 3));
                }
            }
            return values;
        }

        /** The values of a walk or bulk response, in order, as text without type and quotes. */
        List<String> texts() {
            List<String> texts = new ArrayList<>();
            for (String value : values().values()) {
                texts.add(text(value));
            }
            return texts;
        }

        String output() {
            return stdout + stderr;
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\nstdout:\n" + stdout + "\nstderr:\n" + stderr;
        }
    }

    /** "STRING: \"a&b\"" becomes "a&b", "INTEGER: 2" becomes "2", "Counter64: 7" becomes "7". */
    static String text(String value) {
        int colon = value.indexOf(": ");
        String text = colon >= 0 ? value.substring(colon + 2) : value;
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        return text;
    }

    /** An SNMPv2c request: a generous timeout and no retries, so each call is exactly one request. */
    static Result v2c(String tool, SimulatedSwitch sw, String community, List<String> options, String... operands) {
        List<String> args = new ArrayList<>(List.of("-v2c", "-c", community, "-On", "-t", ANSWER_TIMEOUT, "-r", "0"));
        args.addAll(options);
        args.add(sw.address());
        args.addAll(List.of(operands));
        return run(tool, args);
    }

    static Result get(SimulatedSwitch sw, String community, String... oids) {
        return v2c("snmpget", sw, community, List.of(), oids);
    }

    /** A GET that gives up after half a second, for agents expected not to answer. */
    static Result getExpectingSilence(SimulatedSwitch sw, String community, String oid) {
        return v2c("snmpget", sw, community, List.of("-t", "0.5"), oid);
    }

    static Result walk(SimulatedSwitch sw, String oid) {
        return v2c("snmpwalk", sw, "public", List.of(), oid);
    }

    static Result bulkWalk(SimulatedSwitch sw, int maxRepetitions, String oid) {
        return v2c("snmpbulkwalk", sw, "public", List.of("-Cr" + maxRepetitions), oid);
    }

    static Result bulkGet(SimulatedSwitch sw, int maxRepetitions, String... oids) {
        return v2c("snmpbulkget", sw, "public", List.of("-Cr" + maxRepetitions), oids);
    }

    /** snmpset with a net-snmp type letter: i INTEGER, s STRING. */
    static Result set(SimulatedSwitch sw, String community, String oid, String type, String value) {
        return v2c("snmpset", sw, community, List.of(), oid, type, value);
    }

    static Result run(String tool, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(executable(tool));
        command.addAll(args);
        try {
            Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            CompletableFuture<String> stdout = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
            CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            if (!process.waitFor(TOOL_TIME_LIMIT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(tool + " did not finish within " + TOOL_TIME_LIMIT_SECONDS + " s: " + command);
            }
            return new Result(process.exitValue(), stdout.get(), stderr.get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static String executable(String tool) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            File candidate = new File(dir, tool);
            if (candidate.isFile() && candidate.canExecute()) {
                return candidate.getPath();
            }
        }
        return fail("'" + tool + "' is not on the PATH: these tests drive the simulator with net-snmp's tools;"
                + " install the Debian package 'snmp' (apt-get install snmp)");
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
