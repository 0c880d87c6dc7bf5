package net.dcihandlers.core.snmp;

import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.Trace;
import org.snmp4j.smi.Counter64;
import org.snmp4j.smi.IpAddress;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.SMIConstants;
import org.snmp4j.smi.Variable;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Walks every subtree a handler could read from a device and writes what the device holds there as
 * an snmpsim recording ({@code OID|TAG|VALUE} lines in OID order), which snmpsim serves as it is:
 * an operator whose device is read wrongly sends the file, and a developer replays it in a test.
 * The file never holds the community, the SNMPv3 user or a pass phrase: the client's credentials
 * travel in no value, and any string value that contains one of them all the same (a device
 * echoing its community in a description) is written as a placeholder.
 */
public final class SnmpDump {
    /** SNMPv2-MIB system group: sysDescr, sysObjectID, sysName ..., in every dump. */
    static final OID SYSTEM = new OID("1.3.6.1.2.1.1");
    /** What a string value that contained a credential is written as. */
    static final String PLACEHOLDER = "(removed by dci-handlers: it contained a credential)";

    private final Path file;
    private final Path partial;

    private SnmpDump(Path file, Path partial) {
        this.file = file;
        this.partial = partial;
    }

    /**
     * Makes the temporary file beside {@code file} that the dump is written to, so a file that
     * cannot be written is known before anything is sent to the device.
     */
    public static SnmpDump to(Path file) throws IOException {
        Path target = file.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new IOException("it is a folder");
        }
        Path dir = target.getParent();
        if (!Files.isDirectory(dir)) {
            throw new IOException("there is no folder " + dir);
        }
        if (Files.exists(target) && !Files.isWritable(target)) {
            throw new IOException("it is not writable");
        }
        // made as any new file is (not createTempFile's owner-only mode): the file is for sending on
        Path partial = dir.resolve("." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current()
                .nextLong()) + ".partial");
        return new SnmpDump(target, Files.createFile(partial));
    }

    /** Where the dump goes. */
    public Path file() {
        return file;
    }

    /**
     * Walks the subtrees (and the system group) and puts the file in place, whole; returns how many
     * values it holds. On any failure the file is left as it was.
     *
     * @param subtrees MIB objects, columns or tables; a scalar's instance ({@code sysName.0})
     *                 stands for its object
     * @param secrets  the credentials of the session, which no value in the file may contain
     */
    public int write(SnmpClient snmp, List<OID> subtrees, List<String> secrets, Trace trace)
            throws HandlerException, IOException {
        List<OID> roots = roots(subtrees);
        trace.line("dump: walking " + roots.size() + " subtrees of " + snmp.address() + ": " + roots);
        SnmpTable table = snmp.walkAsSent(roots);
        NavigableMap<OID, Variable> values = new TreeMap<>();
        for (OID root : roots) {
            Map<OID, Variable> under = table.column(root);
            trace.line("dump: " + root + ": " + under.size() + " values");
            under.forEach((index, v) -> values.put(new OID(root).append(index), v));
        }
        int written = 0;
        List<byte[]> hidden = secrets.stream().filter(s -> !s.isEmpty())
                .map(s -> s.getBytes(StandardCharsets.UTF_8)).toList();
        try (Writer w = Files.newBufferedWriter(partial, StandardCharsets.US_ASCII)) {
            for (Map.Entry<OID, Variable> e : values.entrySet()) {
                Variable v = e.getValue();
                if (v instanceof OctetString s && containsAny(s.getValue(), hidden)) {
                    trace.line("dump: the value of " + e.getKey() + " contains a credential; written as a placeholder");
                    v = new OctetString(PLACEHOLDER);
                }
                String line = line(e.getKey(), v);
                if (line == null) {
                    trace.line("dump: " + e.getKey() + " left out: snmpsim has no type for " + v.getSyntaxString());
                } else {
                    w.write(line);
                    w.write('\n');
                    written++;
                }
            }
        }
        try {
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        }
        trace.line("dump: " + written + " values written to " + file);
        return written;
    }

    /** Removes the temporary file of a dump that was not written whole; nothing once it was. */
    public void discard() {
        try {
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            // a stray temporary file in the dump's folder is all that remains
        }
    }

    /**
     * The table (entry) a column belongs to, for a handler that declares whole tables by one of
     * their columns.
     */
    public static OID tableOf(OID column) {
        return new OID(column.getValue(), 0, column.size() - 1);
    }

    /** The system group and the declared subtrees, in order, none inside another. */
    static List<OID> roots(List<OID> subtrees) {
        TreeSet<OID> all = new TreeSet<>();
        all.add(SYSTEM);
        for (OID s : subtrees) {
            // a MIB object's own sub-identifiers start at 1: a final 0 is a scalar's instance
            all.add(s.size() > 1 && s.last() == 0 ? tableOf(s) : s);
        }
        List<OID> roots = new ArrayList<>();
        for (OID s : all) {
            // in OID order, a subtree comes right after the one it lies in, if any
            if (roots.isEmpty() || !s.startsWith(roots.get(roots.size() - 1))) {
                roots.add(s);
            }
        }
        return roots;
    }

    /** One snmprec line, or null for a type snmpsim cannot serve. */
    static String line(OID oid, Variable v) {
        String o = oid.toDottedString();
        return switch (v.getSyntax()) {
            case SMIConstants.SYNTAX_INTEGER, SMIConstants.SYNTAX_COUNTER32, SMIConstants.SYNTAX_GAUGE32,
                    SMIConstants.SYNTAX_TIMETICKS -> o + "|" + v.getSyntax() + "|" + v.toLong();
            case SMIConstants.SYNTAX_COUNTER64 -> o + "|70|" + Long.toUnsignedString(((Counter64) v).getValue());
            case SMIConstants.SYNTAX_OCTET_STRING -> {
                byte[] b = ((OctetString) v).getValue();
                yield printable(b) ? o + "|4|" + new String(b, StandardCharsets.US_ASCII)
                        : o + "|4x|" + HexFormat.of().formatHex(b);
            }
            case SMIConstants.SYNTAX_OPAQUE -> o + "|68x|" + HexFormat.of().formatHex(((OctetString) v).getValue());
            case SMIConstants.SYNTAX_OBJECT_IDENTIFIER -> o + "|6|" + ((OID) v).toDottedString();
            case SMIConstants.SYNTAX_IPADDRESS -> o + "|64|" + ((IpAddress) v).getInetAddress().getHostAddress();
            case SMIConstants.SYNTAX_NULL -> o + "|5|";
            default -> null;
        };
    }

    /**
     * Whether a string can stand in the file as it is: printable ASCII, without the field separator,
     * and without spaces at its ends, which a reader of the line strips.
     */
    private static boolean printable(byte[] b) {
        for (byte c : b) {
            if (c < 0x20 || c > 0x7e || c == '|') {
                return false;
            }
        }
        return b.length == 0 || (b[0] != ' ' && b[b.length - 1] != ' ');
    }

    private static boolean containsAny(byte[] value, List<byte[]> secrets) {
        for (byte[] s : secrets) {
            for (int i = 0; i + s.length <= value.length; i++) {
                if (Arrays.equals(value, i, i + s.length, s, 0, s.length)) {
                    return true;
                }
            }
        }
        return false;
    }
}
