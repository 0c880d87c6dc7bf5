package net.dcihandlers.core;

/**
 * The guarantee behind deadline.ms: one thread that, at a set moment, runs the call's ending
 * (an error document, the children killed, the process halted) whatever the call is stuck on:
 * a configuration file that never finishes reading, a stdin that never closes, a device, a tool.
 * The moment can be moved: it is first set from the default deadline, before the configuration
 * that may change it has been read.
 */
final class Watchdog {
    private final Runnable atDeadline;
    private long fireAtNanos;
    private boolean armed;

    private Watchdog(Runnable atDeadline) {
        this.atDeadline = atDeadline;
    }

    /** A watchdog thread (a daemon), not armed yet. */
    static Watchdog start(Runnable atDeadline) {
        Watchdog w = new Watchdog(atDeadline);
        Thread t = new Thread(w::watch, "deadline-watchdog");
        t.setDaemon(true);
        t.start();
        return w;
    }

    /** Fires at {@code nanos} (a {@link System#nanoTime()} reading), instead of any moment set before. */
    synchronized void arm(long nanos) {
        fireAtNanos = nanos;
        armed = true;
        notifyAll();
    }

    private void watch() {
        synchronized (this) {
            try {
                while (true) {
                    if (!armed) {
                        wait();
                        continue;
                    }
                    long left = fireAtNanos - System.nanoTime();
                    if (left <= 0) {
                        break;
                    }
                    wait(Math.max(1, left / 1_000_000L), (int) (left % 1_000_000L));
                }
            } catch (InterruptedException e) {
                return;
            }
        }
        atDeadline.run();
    }
}
