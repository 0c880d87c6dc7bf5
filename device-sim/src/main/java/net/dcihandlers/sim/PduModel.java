package net.dcihandlers.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A family of simulated PDUs as data: everything in which one vendor's PDUs differ from another's
 * (how the agent identifies itself, its outlet tables, what each cell shows and which written
 * values switch an outlet), so that {@link SimulatedPdu} serves and switches any family the same
 * way and a new family costs a declaration, as the ones in {@link PduModels}. Objects are named and
 * numbered as in the vendor's MIB; they all lie in the enterprise subtree of the sysObjectID, which
 * is the subtree the agent serves.
 *
 * @param name                  the family as people call it, for messages
 * @param sysObjectId           the sysObjectID, dotted
 * @param sysName               the sysName unless the builder sets one
 * @param modelNumber           the model the agent names (sysDescr, the model-number scalars)
 * @param unmeteredModelNumber  the model built {@linkplain SimulatedPdu.Builder#meteredByOutlet without
 *                              outlet metering}, which drops the metering tables; null if the family
 *                              cannot be built so
 * @param outlets               how many outlets (slots) the family has unless the builder says otherwise
 * @param outletName            the default name of outlet n, a format of n ("Outlet %d")
 * @param emptySlotName         the name an empty slot shows; null for a family whose outlets are always there
 * @param scalars               values of the whole PDU
 * @param tables                tables indexed by outlet number
 */
public record PduModel(String name, String sysObjectId, String sysName, String modelNumber,
                       String unmeteredModelNumber, int outlets, String outletName, String emptySlotName,
                       List<Scalar> scalars, List<Table> tables) {
    private static final String ENTERPRISES = "1.3.6.1.4.1.";

    /** Mains voltage the simulated load runs on, to turn watts into amps. */
    private static final double VOLTS = 230;

    /** What a written command asks of an outlet. */
    public enum Action { ON, OFF, REBOOT, CANCEL }

    /** The SMI type a cell is served as. */
    public enum SmiType { INTEGER, GAUGE32, OCTET_STRING }

    /** How a power reading is given; a current is what the load draws from the simulated mains. */
    public enum Unit {
        WATTS(1),
        /** APC's current. */
        TENTHS_OF_AMPS(10 / VOLTS);

        private final double perWatt;

        Unit(double perWatt) {
            this.perWatt = perWatt;
        }

        long of(int watts) {
            return Math.round(watts * perWatt);
        }
    }

    /**
     * What a cell shows: in a column, of its row's outlet; as a scalar, of the whole PDU (a
     * {@link Power} is then the sum of all outlets), where only the model number, power and
     * constants have a meaning.
     */
    public sealed interface Cell {
        Cell INDEX = new Index();
        Cell NAME = new Name();
        Cell MODEL_NUMBER = new ModelNumber();

        /** The outlet (slot) number. */
        record Index() implements Cell {
        }

        /** The outlet's name; an empty slot's is the model's {@code emptySlotName}. */
        record Name() implements Cell {
        }

        /** The model number the PDU was built as. */
        record ModelNumber() implements Cell {
        }

        /** Whether the outlet is powered, as the MIB numbers it. */
        record State(int on, int off) implements Cell {
        }

        /** Whether a command to the outlet is still being carried out. */
        record Pending(int yes, int no) implements Cell {
        }

        /** Whether the slot holds something (a blade). */
        record Present(int yes, int no) implements Cell {
        }

        /** The power the load draws now (none while off). */
        record Power(Unit unit) implements Cell {
        }

        /** The same value in every row. */
        record Constant(int value) implements Cell {
        }
    }

    /**
     * A column of an outlet table; {@code commands} maps the values a SET may write to what they ask
     * of the outlet (empty: read-only).
     *
     * @param arc the column's number in its table entry
     */
    public record Column(String name, int arc, SmiType type, Cell shows, Map<Integer, Action> commands) {
        public Column {
            commands = Map.copyOf(commands);
            checkType(name, type, shows);
        }

        /** A read-only column, served as an OCTET STRING if it shows text and as an INTEGER otherwise. */
        public Column(String name, int arc, Cell shows) {
            this(name, arc, typeOf(shows), shows, Map.of());
        }

        /** A writable column, read as {@code shows}. */
        public Column(String name, int arc, Cell shows, Map<Integer, Action> commands) {
            this(name, arc, typeOf(shows), shows, commands);
        }
    }

    /** A table entry and its columns, one row an outlet (slot), indexed by its number. */
    public record Table(String entry, boolean outletMetering, List<Column> columns) {
        public Table {
            columns = List.copyOf(columns);
        }

        public Table(String entry, Column... columns) {
            this(entry, false, List.of(columns));
        }

        /** A table of per-outlet metering, absent from a PDU built without it. */
        public static Table outletMetering(String entry, Column... columns) {
            return new Table(entry, true, List.of(columns));
        }
    }

    /** A single value of the whole PDU. */
    public record Scalar(String name, String oid, SmiType type, Cell shows) {
        public Scalar {
            if (!(shows instanceof Cell.ModelNumber || shows instanceof Cell.Power || shows instanceof Cell.Constant)) {
                throw new IllegalArgumentException(name + ": a scalar shows the model number, power or a constant");
            }
            checkType(name, type, shows);
        }

        public Scalar(String name, String oid, Cell shows) {
            this(name, oid, typeOf(shows), shows);
        }
    }

    public PduModel {
        scalars = List.copyOf(scalars);
        tables = List.copyOf(tables);
        if (!sysObjectId.startsWith(ENTERPRISES) || enterprise(sysObjectId).equals(ENTERPRISES)) {
            throw new IllegalArgumentException(name + ": sysObjectID " + sysObjectId + " is not under enterprises");
        }
        String subtree = enterprise(sysObjectId) + ".";
        List<String> oids = new ArrayList<>();
        scalars.forEach(s -> oids.add(s.oid()));
        tables.forEach(t -> oids.add(t.entry()));
        for (String oid : oids) {
            if (!oid.startsWith(subtree)) {
                throw new IllegalArgumentException(name + ": " + oid + " lies outside the subtree " + subtree);
            }
        }
    }

    /** A family of 8 outlets named "Outlet n", without empty slots, tables or scalars yet. */
    public static PduModel of(String name, String sysObjectId, String sysName, String modelNumber) {
        return new PduModel(name, sysObjectId, sysName, modelNumber, null, 8, "Outlet %d", null, List.of(), List.of());
    }

    public PduModel unmeteredModelNumber(String model) {
        return new PduModel(name, sysObjectId, sysName, modelNumber, model, outlets, outletName, emptySlotName,
                scalars, tables);
    }

    public PduModel outlets(int count, String nameFormat) {
        return new PduModel(name, sysObjectId, sysName, modelNumber, unmeteredModelNumber, count, nameFormat,
                emptySlotName, scalars, tables);
    }

    public PduModel emptySlotName(String slotName) {
        return new PduModel(name, sysObjectId, sysName, modelNumber, unmeteredModelNumber, outlets, outletName,
                slotName, scalars, tables);
    }

    public PduModel scalars(Scalar... values) {
        return new PduModel(name, sysObjectId, sysName, modelNumber, unmeteredModelNumber, outlets, outletName,
                emptySlotName, List.of(values), tables);
    }

    public PduModel tables(Table... outletTables) {
        return new PduModel(name, sysObjectId, sysName, modelNumber, unmeteredModelNumber, outlets, outletName,
                emptySlotName, scalars, List.of(outletTables));
    }

    /** Whether a slot may be empty (a blade chassis). */
    public boolean slotsCanBeEmpty() {
        return emptySlotName != null;
    }

    /** The default name of outlet {@code n}. */
    String outletName(int n) {
        return String.format(Locale.ROOT, outletName, n);
    }

    /** The subtree the agent serves: the vendor's, "1.3.6.1.4.1.n". */
    String enterprise() {
        return enterprise(sysObjectId);
    }

    private static String enterprise(String oid) {
        int end = oid.indexOf('.', ENTERPRISES.length());
        return end < 0 ? oid : oid.substring(0, end);
    }

    private static SmiType typeOf(Cell shows) {
        return shows instanceof Cell.Name || shows instanceof Cell.ModelNumber ? SmiType.OCTET_STRING : SmiType.INTEGER;
    }

    private static void checkType(String name, SmiType type, Cell shows) {
        if ((type == SmiType.OCTET_STRING) != (typeOf(shows) == SmiType.OCTET_STRING)) {
            throw new IllegalArgumentException(name + ": " + shows + " cannot be served as " + type);
        }
    }
}
