package net.dcihandlers.ups.nut;

import net.dcihandlers.core.Deadline;
import net.dcihandlers.core.DeviceAddress;
import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.Trace;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One TCP conversation with upsd in Network UPS Tools' line protocol (docs/net-protocol.txt).
 * Every wait is bounded by nut.timeout.ms and by the call's deadline, every line by
 * {@link #MAX_LINE} bytes and every list by {@link #MAX_LIST_LINES} lines, so a peer that is not
 * upsd (or a broken one) costs an error document, never a hang.
 */
final class NutSession implements AutoCloseable {
    /** Longer than any line upsd writes (its values are at most 256 bytes). */
    static final int MAX_LINE = 8192;
    /** Far more than the variables of any UPS. */
    static final int MAX_LIST_LINES = 10_000;

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final NutTarget target;
    private final int timeoutMs;
    private final Deadline deadline;
    private final Trace trace;
    private final byte[] buffer = new byte[4096];
    private int position;
    private int limit;

    private NutSession(Socket socket, NutTarget target, int timeoutMs, Deadline deadline, Trace trace)
            throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
        this.target = target;
        this.timeoutMs = timeoutMs;
        this.deadline = deadline;
        this.trace = trace;
    }

    static NutSession open(NutTarget target, int timeoutMs, Deadline deadline, Trace trace) throws HandlerException {
        DeviceAddress a = target.upsd();
        deadline.check("connecting to upsd at " + a);
        int connectMs = (int) Math.max(1, Math.min(timeoutMs, deadline.remainingMillis()));
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(a.host(), a.port()), connectMs);
            socket.setTcpNoDelay(true);
            trace.line("connected to upsd at " + a);
            return new NutSession(socket, target, timeoutMs, deadline, trace);
        } catch (UnknownHostException e) {
            closeQuietly(socket);
            throw HandlerException.connection("cannot resolve '" + a.host() + "', the host of upsd: check the device"
                    + " address and the panel host's DNS");
        } catch (ConnectException e) {
            closeQuietly(socket);
            throw HandlerException.connection("upsd at " + a + " refused the connection: check that upsd runs there"
                    + " and LISTENs on that address and port (upsd.conf)");
        } catch (SocketTimeoutException e) {
            closeQuietly(socket);
            throw HandlerException.connection("no connection to upsd at " + a + " within " + connectMs + " ms ("
                    + (connectMs < timeoutMs ? "what deadline.ms left" : "nut.timeout.ms")
                    + "): check the address and the firewall");
        } catch (IOException e) {
            closeQuietly(socket);
            throw HandlerException.connection("cannot connect to upsd at " + a + ": " + e.getMessage());
        }
    }

    /**
     * Sends one command and returns the words of its one-line answer.
     *
     * @param shown the command as traces and messages may show it (a password masked)
     */
    List<String> command(List<String> words, String shown) throws HandlerException, UpsdRefusal {
        send(words, shown);
        List<String> answer = answer(readLine(shown), shown);
        trace.line("upsd: " + String.join(" ", answer));
        return answer;
    }

    List<String> command(String... words) throws HandlerException, UpsdRefusal {
        return command(List.of(words), String.join(" ", words));
    }

    /**
     * {@code LIST <what>}: the rows between BEGIN and END, each without the words every row starts
     * with ({@code VAR dummy} for {@code LIST VAR dummy}).
     */
    List<List<String>> list(String... what) throws HandlerException, UpsdRefusal {
        List<String> words = new ArrayList<>(List.of("LIST"));
        words.addAll(List.of(what));
        String shown = String.join(" ", words);
        send(words, shown);
        List<String> begin = new ArrayList<>(List.of("BEGIN"));
        begin.addAll(words);
        List<String> first = answer(readLine(shown), shown);
        if (!first.equals(begin)) {
            throw notNut(shown, first);
        }
        List<String> end = new ArrayList<>(List.of("END"));
        end.addAll(words);
        List<String> prefix = List.of(what);
        List<List<String>> rows = new ArrayList<>();
        while (true) {
            List<String> row = words(readLine(shown), shown);
            if (row.equals(end)) {
                break;
            }
            if (row.size() <= prefix.size() || !row.subList(0, prefix.size()).equals(prefix)) {
                throw notNut(shown, row);
            }
            if (rows.size() == MAX_LIST_LINES) {
                throw HandlerException.badData("upsd at " + target.upsd() + " answered " + shown + " with more than "
                        + MAX_LIST_LINES + " lines; that is no UPS's list");
            }
            rows.add(List.copyOf(row.subList(prefix.size(), row.size())));
        }
        trace.line("upsd: " + rows.size() + " rows of " + shown);
        return rows;
    }

    /** Leaves politely (upsd logs a LOGIN's end), then closes the connection without waiting for the goodbye. */
    @Override
    public void close() {
        try {
            if (!socket.isClosed()) {
                out.write("LOGOUT\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
        } catch (IOException e) {
            // upsd may be gone already; nothing is lost
        }
        closeQuietly(socket);
    }

    private void send(List<String> words, String shown) throws HandlerException {
        for (String w : words) {
            if (w.indexOf('\n') >= 0 || w.indexOf('\r') >= 0 || w.indexOf('\0') >= 0) {
                throw HandlerException.badData("a line break or NUL cannot be sent to upsd (in " + shown + ")");
            }
        }
        String line = words.stream().map(NutWords::quote).collect(Collectors.joining(" ")) + "\n";
        trace.line("to upsd: " + shown);
        try {
            out.write(line.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw HandlerException.connection("lost the connection to upsd at " + target.upsd() + " while sending "
                    + shown + ": " + e.getMessage());
        }
    }

    /** The words of an answer line; an ERR becomes a refusal. */
    private List<String> answer(String line, String shown) throws HandlerException, UpsdRefusal {
        List<String> w = words(line, shown);
        if (!w.isEmpty() && w.get(0).equals("ERR")) {
            String code = w.size() > 1 ? w.get(1) : "(none)";
            trace.line("upsd: ERR " + code);
            throw new UpsdRefusal(code, shown);
        }
        return w;
    }

    private List<String> words(String line, String shown) throws HandlerException {
        List<String> w = NutWords.split(line).orElse(null);
        if (w == null || w.isEmpty()) {
            throw notNut(shown, List.of(line));
        }
        return w;
    }

    private HandlerException notNut(String shown, List<String> got) {
        String text = net.dcihandlers.core.protocol.XmlText.excerpt(String.join(" ", got), 80);
        return HandlerException.badData("the service at " + target.upsd() + " answered " + shown + " with '"
                + text + "', which is not Network UPS Tools' protocol: check that the"
                + " address names upsd's port (3493 unless upsd.conf says otherwise)");
    }

    /** One line without its end, at most MAX_LINE bytes. */
    private String readLine(String waitingFor) throws HandlerException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        while (true) {
            if (position == limit) {
                fill(waitingFor);
            }
            byte b = buffer[position++];
            if (b == '\n') {
                break;
            }
            if (line.size() == MAX_LINE) {
                throw HandlerException.badData("the service at " + target.upsd() + " answered " + waitingFor
                        + " with a line longer than " + MAX_LINE + " bytes, which upsd never sends: check that the"
                        + " address names upsd's port");
            }
            line.write(b);
        }
        String s = line.toString(StandardCharsets.UTF_8);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    private void fill(String waitingFor) throws HandlerException {
        long remaining = deadline.remainingMillis();
        if (remaining <= 0) {
            deadline.check("waiting for upsd at " + target.upsd() + " to answer " + waitingFor);
        }
        int wait = (int) Math.max(1, Math.min(timeoutMs, remaining));
        int n;
        try {
            socket.setSoTimeout(wait);
            n = in.read(buffer);
        } catch (SocketTimeoutException e) {
            String what = "waiting for upsd at " + target.upsd() + " to answer " + waitingFor;
            deadline.check(what);
            if (wait < timeoutMs) {
                // the wait was cut to what the deadline left: it is the deadline that ran out
                throw HandlerException.connection("no answer within the " + deadline.budgetMillis()
                        + " ms deadline while " + what + " (deadline.ms)");
            }
            throw HandlerException.connection("upsd at " + target.upsd() + " did not answer " + waitingFor + " within "
                    + wait + " ms (nut.timeout.ms)");
        } catch (IOException e) {
            throw HandlerException.connection("lost the connection to upsd at " + target.upsd() + " while waiting for"
                    + " the answer to " + waitingFor + ": " + e.getMessage());
        }
        if (n < 0) {
            throw HandlerException.connection("upsd at " + target.upsd() + " closed the connection before it answered "
                    + waitingFor);
        }
        position = 0;
        limit = n;
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // closing is all that is left to do
        }
    }
}
