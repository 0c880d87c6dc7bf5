package net.dcihandlers.core.testing;

import net.dcihandlers.core.HandlerMain;
import net.dcihandlers.core.HandlerSpec;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs a handler inside the test's JVM exactly as its launcher would (same entry point, same
 * stdin/stdout contract), minus the process. Tests of the built launchers live in packaging.
 */
public final class InProcess {
    private final HandlerSpec spec;
    private final Map<String, String> env = new HashMap<>();
    private String home;

    private InProcess(HandlerSpec spec) {
        this.spec = spec;
    }

    public static InProcess of(HandlerSpec spec) {
        return new InProcess(spec);
    }

    /** Sets an environment variable the handler sees (DCI_HANDLERS_CONF, ...). */
    public InProcess env(String name, String value) {
        env.put(name, value);
        return this;
    }

    /** Runs as if installed in this folder (its etc/profiles/, say), as the launcher's dci.home says. */
    public InProcess home(java.nio.file.Path folder) {
        home = folder.toString();
        return this;
    }

    /** Uses a configuration file with the given lines. */
    public InProcess config(String... lines) {
        try {
            java.nio.file.Path f = java.nio.file.Files.createTempFile("dci-handlers", ".conf");
            f.toFile().deleteOnExit();
            java.nio.file.Files.writeString(f, String.join("\n", lines) + "\n");
            return env("DCI_HANDLERS_CONF", f.toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public RunResult run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new HandlerMain(spec, env, home).run(args,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                false);
        return new RunResult(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs a request document and returns the answer document. */
    public Doc call(String request) {
        RunResult r = run(request);
        if (r.exit() != 0) {
            throw new AssertionError("exit " + r.exit() + "\n" + r.stderr());
        }
        return r.doc();
    }
}
