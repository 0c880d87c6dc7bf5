package net.dcihandlers.core.tool;

import net.dcihandlers.core.Trace;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** No process a handler started outlives it, wherever it hangs in the process tree by then. */
class ChildrenTest {

    @Test
    void everyChildCarriesTheCallsMark() throws Exception {
        ToolRun.Result r = ToolRun.run(List.of("/bin/sh", "-c", "printf %s \"$" + Children.MARK + "\""), Map.of(), 10_000,
                Trace.off());
        assertEquals(Children.token(), r.stdout());
    }

    /**
     * In a JVM of its own (endAll ends the whole process's children): a child that traps every
     * signal it can, and a grandchild whose parent has exited so that it hangs under init, are
     * both gone when endAll returns.
     */
    @Test
    void endAllKillsChildrenThatTrapSignalsAndGrandchildrenThatLeftTheTree() throws Exception {
        Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Probe.class.getName())
                .redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(probe.getInputStream(), StandardCharsets.UTF_8))) {
            for (String l = in.readLine(); l != null; l = in.readLine()) {
                lines.add(l);
            }
        }
        assertTrue(probe.waitFor(60, TimeUnit.SECONDS), "the probe ended");
        assertTrue(lines.contains("ended"), String.join("\n", lines));
        assertTrue(lines.contains("refused after the end"), String.join("\n", lines));
        List<Long> pids = lines.stream().filter(l -> l.startsWith("pid ")).map(l -> Long.parseLong(l.substring(4))).toList();
        assertEquals(2, pids.size(), String.join("\n", lines));
        for (long pid : pids) {
            ProcessHandle.of(pid).ifPresent(h -> assertFalse(Children.alive(h), "process " + pid + " still runs"));
        }
    }

    /** Run by the test above in its own JVM. */
    public static final class Probe {
        public static void main(String[] args) throws Exception {
            // a child that ignores TERM, INT and HUP and never ends
            Process trapping = Children.start(new ProcessBuilder("/bin/sh", "-c",
                    "trap '' TERM INT HUP; while :; do sleep 1; done").redirectOutput(ProcessBuilder.Redirect.DISCARD));
            System.out.println("pid " + trapping.pid());
            // a grandchild left behind by a child that has exited
            ToolRun.Result r = ToolRun.run(List.of("/bin/sh", "-c", "sleep 300 >/dev/null 2>&1 </dev/null & echo $!"),
                    Map.of(), 10_000, Trace.off());
            long orphan = Long.parseLong(r.stdout().trim());
            System.out.println("pid " + orphan);
            boolean wasOurs = ProcessHandle.current().descendants().anyMatch(h -> h.pid() == orphan);
            System.out.println(wasOurs ? "the grandchild is still a descendant" : "the grandchild left the tree");
            Children.endAll();
            System.out.println("ended");
            try {
                ToolRun.run(List.of("/bin/true"), Map.of(), 1000, Trace.off());
                System.out.println("started after the end");
            } catch (net.dcihandlers.core.HandlerException e) {
                System.out.println("refused after the end");
            }
        }
    }
}
