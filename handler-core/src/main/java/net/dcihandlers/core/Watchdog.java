package net.dcihandlers.core;

import net.dcihandlers.core.protocol.ErrorType;

/**
 * The guarantee behind deadline.ms: if the operation has not answered in time, whatever it is
 * stuck on, this prints a connection error and ends the process.
 */
final class Watchdog {
    private Watchdog() {
    }

    static void start(DocumentOut out, long afterMillis, String command, Runnable beforeHalt) {
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(Math.max(1, afterMillis));
            } catch (InterruptedException e) {
                return;
            }
            if (out.emit(DocumentOut.plainError(ErrorType.CONNECTION, command + " did not finish within deadline.ms ("
                    + (afterMillis + HandlerMain.WATCHDOG_MARGIN_MS)
                    + " ms): the device is slow or unreachable; check it, or raise deadline.ms"))) {
                beforeHalt.run();
                Runtime.getRuntime().halt(0);
            }
        }, "deadline-watchdog");
        t.setDaemon(true);
        t.start();
    }
}
