package net.dcihandlers.core;

import net.dcihandlers.core.protocol.DeviceParams;
import net.dcihandlers.core.protocol.Duplex;
import net.dcihandlers.core.protocol.PortParams;
import net.dcihandlers.core.protocol.JaxbXml;
import net.dcihandlers.core.protocol.Request;
import net.dcihandlers.core.protocol.RequestReader;
import net.dcihandlers.core.protocol.Response;
import net.dcihandlers.core.protocol.Speed;
import net.dcihandlers.core.snmp.SnmpDump;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The command line for people: {@code dci-switch status --ip 10.0.0.2 --community public}. It
 * builds the same request DCImanager would send and runs it through the same dispatcher. A person
 * may also hand it a request document, as a file ({@code dci-pdu request.xml}) or on stdin with
 * {@code --pretty} or {@code -v}; may name a function as the panel does ({@code port_on}) or as the
 * help lists it ({@code port-on}); and gets "did you mean" for a misspelt function or option.
 * Passwords and passphrases come from the environment or a prompt, never from a flag. Exit status:
 * 0 for an answer, 1 for an error document, 2 for a usage mistake.
 */
final class ManualMode {
    static final String ENV_COMMUNITY = "DCI_SNMP_COMMUNITY";
    static final String ENV_AUTH_PHRASE = "DCI_SNMP_AUTH_PHRASE";
    static final String ENV_PRIV_PHRASE = "DCI_SNMP_PRIV_PHRASE";
    static final String ENV_PASSWORD = "DCI_PASSWORD";
    static final String DUMP = "--dump";
    /** The options that go with a request document as well as with a function. */
    private static final Set<String> DOCUMENT_OPTIONS = Set.of("-v", "--verbose", "--pretty");

    private final HandlerSpec spec;
    private final HandlerMain main;

    ManualMode(HandlerSpec spec, HandlerMain main) {
        this.spec = spec;
        this.main = main;
    }

    int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        PrintWriter errWriter = new PrintWriter(err, true);
        if (Arrays.stream(args).anyMatch(a -> a.equals(DUMP) || a.startsWith(DUMP + "="))) {
            return dump(args, in, out, errWriter, err);
        }
        // leading -v/--pretty may come before the function or stand with a request document
        int at = 0;
        while (at < args.length && DOCUMENT_OPTIONS.contains(args[at])) {
            at++;
        }
        List<String> leading = Arrays.asList(args).subList(0, at);
        if (at == args.length) {
            return answerDocument(in, leading, out, err);
        }
        String word = args[at];
        if (word.startsWith("-") && !word.equals("-")) {
            return runFunction(args, out, err);
        }
        Optional<Function> f = function(word);
        if (f.isPresent()) {
            List<String> reordered = new ArrayList<>();
            reordered.add(f.get().command());
            reordered.addAll(Arrays.asList(args).subList(at + 1, args.length));
            reordered.addAll(leading);
            return runFunction(reordered.toArray(new String[0]), out, err);
        }
        List<String> after = Arrays.asList(args).subList(at + 1, args.length);
        boolean documentForm = DOCUMENT_OPTIONS.containsAll(after);
        List<String> options = new ArrayList<>(leading);
        options.addAll(after);
        if (documentForm && word.equals("-")) {
            return answerDocument(in, options, out, err);
        }
        if (documentForm && Files.isRegularFile(Path.of(word))) {
            try (InputStream file = Files.newInputStream(Path.of(word))) {
                return answerDocument(file, options, out, err);
            } catch (IOException e) {
                errWriter.println(spec.command() + ": cannot read the request file " + word + ": " + e.getMessage());
                return 2;
            }
        }
        errWriter.println(spec.command() + ": " + notAFunction(word, documentForm));
        errWriter.println("Try '" + spec.command() + " --help'.");
        return 2;
    }

    /**
     * {@code --dump FILE}: records the device, named by options or by a request document (a file,
     * or stdin), as an snmpsim recording. A file that cannot be written is a usage mistake found
     * before anything is sent; a walk that fails is an error document, and leaves no file.
     */
    private int dump(String[] args, InputStream in, PrintStream out, PrintWriter errWriter, PrintStream err) {
        String c = spec.command();
        if (!spec.dumps()) {
            errWriter.println(c + ": " + DUMP + " records what an SNMP device serves, and " + c
                    + " reads no SNMP device; see '" + c + " --help'.");
            return 2;
        }
        String file = null;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (file == null && args[i].equals(DUMP) && i + 1 < args.length) {
                file = args[++i];
            } else if (file == null && args[i].startsWith(DUMP + "=")) {
                file = args[i].substring(DUMP.length() + 1);
            } else {
                rest.add(args[i]);
            }
        }
        // an option where the file should be is a file name forgotten (a file named so is ./-v)
        if (file == null || file.isEmpty() || file.startsWith("-")) {
            errWriter.println(c + ": " + DUMP + " needs the FILE to write; see '" + c + " --help'.");
            return 2;
        }
        List<String> words = rest.stream().filter(a -> !DOCUMENT_OPTIONS.contains(a)).toList();
        boolean documentForm = words.isEmpty() || (words.size() == 1 && !words.get(0).startsWith("-"))
                || words.equals(List.of("-"));
        Trace trace = rest.contains("-v") || rest.contains("--verbose") ? Trace.to(err) : Trace.off();
        boolean pretty = rest.contains("--pretty");
        ParseResult options = null;
        if (!documentForm) {
            CommandLine cl = new CommandLine(dumpSpec());
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(errWriter);
            try {
                options = cl.parseArgs(rest.toArray(new String[0]));
            } catch (CommandLine.ParameterException e) {
                errWriter.println(e.getMessage());
                errWriter.println("Try '" + c + " --help'.");
                return 2;
            }
            if (CommandLine.printHelpIfRequested(options)) {
                return 0;
            }
        } else if (words.size() == 1 && !words.get(0).equals("-") && !Files.isRegularFile(Path.of(words.get(0)))) {
            errWriter.println(c + ": no request file " + words.get(0) + "; give the device with --ip, or a request file");
            return 2;
        }
        SnmpDump dump;
        try {
            dump = SnmpDump.to(Path.of(file));
        } catch (IOException | java.nio.file.InvalidPathException e) {
            errWriter.println(c + ": cannot write the dump to " + file + " (" + e.getMessage() + "); nothing was sent");
            return 2;
        }
        try {
            RequestSource source;
            if (options != null) {
                Request request = request(Function.STATUS, options, err);
                source = () -> request;
            } else if (words.isEmpty() || words.get(0).equals("-")) {
                source = () -> RequestReader.read(in);
            } else {
                Path requestFile = Path.of(words.get(0));
                source = () -> {
                    try (InputStream f = Files.newInputStream(requestFile)) {
                        return RequestReader.read(f);
                    } catch (IOException e) {
                        throw HandlerException.badData("cannot read the request file " + requestFile + ": "
                                + e.getMessage());
                    }
                };
            }
            Response response;
            try {
                Config config = main.loadConfig(trace);
                int values = main.dump(source.get(), config, trace, HandlerMain.deadlineMillis(config), dump);
                errWriter.println(c + ": " + values + " values written to " + dump.file());
                return 0;
            } catch (HandlerException e) {
                trace.line("refused: " + e.getMessage());
                response = Response.error(e.type(), e.getMessage());
            }
            HandlerMain.emit(new DocumentOut(out), response, pretty);
            return 1;
        } catch (UsageError e) {
            errWriter.println(c + " " + DUMP + ": " + e.getMessage());
            return 2;
        } finally {
            dump.discard();
        }
    }

    /** The device options of {@code --dump FILE}. */
    private CommandSpec dumpSpec() {
        CommandSpec s = CommandSpec.create().name(spec.command() + " " + DUMP + " FILE")
                .version(spec.command() + " " + HandlerMain.version());
        s.mixinStandardHelpOptions(true);
        s.usageMessage().description("Record what the device serves under every subtree " + spec.command()
                + " reads as an snmpsim recording (.snmprec) in FILE, with no community, user or passphrase in it.");
        deviceOptions(s);
        s.addOption(OptionSpec.builder("-v", "--verbose").description("Trace every step on stderr.").build());
        s.addOption(OptionSpec.builder("--pretty").description("Indent an error answer.").build());
        return s;
    }

    /** The function a person means by a word: the panel's name or the help's, in any case. */
    private Optional<Function> function(String word) {
        String dashed = word.toLowerCase(Locale.ROOT).replace('_', '-');
        return spec.functions().keySet().stream().filter(f -> f.command().equals(dashed)).findFirst();
    }

    private String notAFunction(String word, boolean couldBeAFile) {
        String dashed = word.toLowerCase(Locale.ROOT).replace('_', '-');
        String functions = spec.functions().keySet().stream().map(Function::command).collect(Collectors.joining(", "));
        Optional<Function> elsewhere = Arrays.stream(Function.values()).filter(f -> f.command().equals(dashed)).findFirst();
        if (elsewhere.isPresent()) {
            return spec.command() + " does not implement " + elsewhere.get().wire() + " (a " + spec.type().wire()
                    + " has no such function here); its functions: " + functions;
        }
        if (couldBeAFile && (word.contains("/") || word.contains("."))) {
            return "no request file " + word + " (" + (Files.exists(Path.of(word)) ? "not a regular file" : "no such file")
                    + "); name a function (" + functions + ") or a request file";
        }
        List<String> close = closest(dashed);
        return "'" + word + "' is not a function of " + spec.command()
                + (close.isEmpty() ? "" : "; did you mean " + close.stream().map(c -> "'" + c + "'")
                        .collect(Collectors.joining(" or ")) + "?")
                + " (functions: " + functions + ")";
    }

    /**
     * The functions nearest to a misspelt name: fewest edits (at most a third of the name; among
     * equals, those the name begins), or else those the name begins.
     */
    private List<String> closest(String dashed) {
        int allowed = Math.max(1, dashed.length() / 3);
        Map<String, Integer> distance = spec.functions().keySet().stream().map(Function::command)
                .collect(Collectors.toMap(c -> c, c -> editDistance(c, dashed), (x, y) -> x, LinkedHashMap::new));
        int best = distance.values().stream().min(Comparator.naturalOrder()).orElse(Integer.MAX_VALUE);
        List<String> nearest = distance.keySet().stream().filter(c -> distance.get(c) == best && best <= allowed).toList();
        List<String> begun = dashed.length() < 3 ? List.of()
                : distance.keySet().stream().filter(c -> c.startsWith(dashed)).toList();
        List<String> nearestBegun = nearest.stream().filter(begun::contains).toList();
        return !nearestBegun.isEmpty() ? nearestBegun : !nearest.isEmpty() ? nearest : begun;
    }

    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }

    /** A request document from a file or stdin, answered as DCImanager would have it answered. */
    private int answerDocument(InputStream source, List<String> options, PrintStream out, PrintStream err) {
        Trace trace = options.contains("-v") || options.contains("--verbose") ? Trace.to(err) : Trace.off();
        return answer(() -> RequestReader.read(source), trace, options.contains("--pretty"), out);
    }

    private int runFunction(String[] args, PrintStream out, PrintStream err) {
        CommandLine cl = new CommandLine(commandSpec());
        PrintWriter outWriter = new PrintWriter(out, true);
        PrintWriter errWriter = new PrintWriter(err, true);
        cl.setOut(outWriter);
        cl.setErr(errWriter);
        keepExamplesWhole(cl);
        ParseResult parsed;
        try {
            parsed = cl.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            errWriter.println(e.getMessage());
            if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
                errWriter.println("Did you mean " + u.getSuggestions().stream().map(o -> "'" + o + "'")
                        .collect(Collectors.joining(" or ")) + "?");
            }
            CommandLine bad = e.getCommandLine();
            errWriter.println("Try '" + bad.getCommandSpec().qualifiedName() + " --help'.");
            return 2;
        }
        if (CommandLine.printHelpIfRequested(parsed)) {
            return 0;
        }
        if (!parsed.hasSubcommand()) {
            errWriter.println(spec.command() + ": name a function; see '" + spec.command() + " --help'.");
            return 2;
        }
        ParseResult sub = parsed.subcommand();
        Function f = Function.valueOf(sub.commandSpec().name().replace('-', '_').toUpperCase(Locale.ROOT));
        boolean verbose = sub.hasMatchedOption("--verbose");
        boolean pretty = sub.hasMatchedOption("--pretty");
        Trace trace = verbose ? Trace.to(err) : Trace.off();
        Request request;
        try {
            request = request(f, sub, err);
        } catch (UsageError e) {
            errWriter.println(spec.command() + " " + f.command() + ": " + e.getMessage());
            return 2;
        }
        if (sub.hasMatchedOption("--request")) {
            return printRequest(request, out);
        }
        return answer(() -> request, trace, pretty, out);
    }

    /** Where a request comes from; reading it may fail with an error document's worth of reason. */
    private interface RequestSource {
        Request get() throws HandlerException;
    }

    private int answer(RequestSource source, Trace trace, boolean pretty, PrintStream out) {
        Response response;
        try {
            Config config = main.loadConfig(trace);
            long deadlineMs = HandlerMain.deadlineMillis(config);
            response = main.execute(source.get(), config, trace, deadlineMs);
        } catch (HandlerException e) {
            trace.line("refused: " + e.getMessage());
            response = Response.error(e.type(), e.getMessage());
        }
        HandlerMain.emit(new DocumentOut(out), response, pretty);
        return response.isError() ? 1 : 0;
    }

    private int printRequest(Request request, PrintStream out) {
        try {
            String xml = new String(JaxbXml.write(request), java.nio.charset.StandardCharsets.UTF_8);
            for (String s : request.deviceParams().secrets()) {
                xml = xml.replace(">" + escapeForMatch(s) + "<", ">***<");
            }
            out.print(xml);
            out.flush();
            return 0;
        } catch (jakarta.xml.bind.JAXBException e) {
            return 1;
        }
    }

    private static String escapeForMatch(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private CommandSpec commandSpec() {
        CommandSpec top = CommandSpec.create().name(spec.command()).version(spec.command() + " " + HandlerMain.version());
        top.mixinStandardHelpOptions(true);
        String c = spec.command();
        List<String> synopsis = new ArrayList<>(List.of(c + " FUNCTION --ip ADDRESS [OPTIONS]",
                "       " + c + " [--pretty] [-v] REQUEST.xml",
                "       " + c + " [--pretty] [-v] < REQUEST.xml"));
        List<String> description = new ArrayList<>(List.of(
                "DCImanager 5 handler: " + spec.name() + " (" + spec.type().wire() + ").",
                "DCImanager runs it with -info, or with a request document on stdin."));
        if (spec.dumps()) {
            synopsis.add("       " + c + " " + DUMP + " FILE --ip ADDRESS [OPTIONS] | " + DUMP + " FILE REQUEST.xml");
            description.addAll(List.of("When a device is read wrongly, " + DUMP + " FILE records what " + c + " reads",
                    "from it as an snmpsim recording (.snmprec) for the report, without any",
                    "community, user or passphrase (options: " + c + " " + DUMP + " FILE --help)."));
        }
        synopsis.add("       " + c + " -info | --help | --version | FUNCTION --help");
        description.addAll(List.of("By hand, name a function and the device, or give a request document as a file",
                "(or on stdin with --pretty or -v). Functions may be written as the panel",
                "names them (port_on) or as listed here (port-on):"));
        top.usageMessage()
                .customSynopsis(synopsis.toArray(new String[0]))
                .description(description.toArray(new String[0]))
                .footerHeading("%nExamples:%n")
                .footer(examples().stream().map(e -> "  " + e).toArray(String[]::new));
        top.usageMessage().commandListHeading("%nFunctions:%n");
        for (Function f : spec.functions().keySet()) {
            top.addSubcommand(f.command(), functionSpec(f));
        }
        return top;
    }

    /**
     * Command lines a person can copy into a shell as they stand, one to a line: placeholders are
     * only secrets in the environment ({@code ...}) and the file name request.xml, and a remark
     * after a command is a shell comment.
     */
    private List<String> examples() {
        List<String> ex = new ArrayList<>();
        String c = spec.command();
        String ip = spec.addressExample();
        if (spec.credentials() == Credentials.SNMP) {
            ex.add(c + " status --ip " + ip + " --community public --pretty");
            spec.functions().keySet().stream().filter(Function::takesPort).findFirst().ifPresent(f ->
                    ex.add(c + " " + f.command() + " --ip " + ip + ":161 --community private --port 3"));
            ex.add(ENV_AUTH_PHRASE + "=... " + ENV_PRIV_PHRASE + "=... " + c
                    + " status --ip " + ip + " --snmp-version 3 --user admin --auth-level authpriv -v");
        } else if (spec.credentials() == Credentials.USER_PASSWORD) {
            ex.add(ENV_PASSWORD + "=... " + c + " status --ip " + ip + " --user admin --pretty");
            Function last = null;
            for (Function f : spec.functions().keySet()) {
                if (f.takesPort()) {
                    last = f;
                }
            }
            if (last != null) {
                ex.add(c + " " + last.command() + " --ip " + ip + " --user admin   # asks for the password");
            }
        } else {
            ex.add(c + " status --ip " + ip + " --pretty");
        }
        ex.add(c + " --pretty -v request.xml   # a request document, as DCImanager writes it");
        if (spec.dumps()) {
            ex.add(c + " " + DUMP + " device.snmprec --ip " + ip + " --community public -v   # a recording for a report");
        }
        ex.add("echo '" + exampleRequest() + "' | " + c + " --pretty");
        return ex;
    }

    /** A status request as the panel would send it for this handler's device form. */
    private String exampleRequest() {
        String ip = "<ip>" + spec.addressExample() + "</ip>";
        String params = switch (spec.credentials()) {
            case SNMP -> ip + "<snmp_ver>SNMP v2c</snmp_ver><snmp_community>public</snmp_community>";
            case USER_PASSWORD -> ip + "<user>admin</user><pass>...</pass>";
            case NONE -> ip;
        };
        return "<doc><func>" + Function.STATUS.wire() + "</func><device_params>" + params + "</device_params></doc>";
    }

    /**
     * Prints the examples of every help page as they are, one command to a line: picocli would wrap
     * them at the help's width, and a command broken over two lines no longer pastes into a shell.
     */
    private static void keepExamplesWhole(CommandLine cl) {
        List<CommandLine> all = new ArrayList<>(List.of(cl));
        all.addAll(cl.getSubcommands().values());
        for (CommandLine c : all) {
            c.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER, help ->
                    Arrays.stream(help.commandSpec().usageMessage().footer())
                            .map(line -> line + System.lineSeparator()).collect(Collectors.joining()));
        }
    }

    private CommandSpec functionSpec(Function f) {
        CommandSpec s = CommandSpec.create().name(f.command());
        s.mixinStandardHelpOptions(true);
        s.usageMessage().description(spec.describe(f));
        deviceOptions(s);
        if (f.takesPort() && spec.fixedPort() == null) {
            s.addOption(opt("--port", "IDENTITY", "Port identity, as status lists it.", true));
        }
        switch (f) {
            case PORT_SPEED -> s.addOption(opt("--speed", "SPEED", spellings(Speed.values()) + ".", true));
            case PORT_DUPLEX -> s.addOption(opt("--duplex", "DUPLEX", spellings(Duplex.values()) + ".", true));
            case SET_VLAN -> {
                s.addOption(opt("--vlan-id", "ID", "VLAN 1-4095 (the native VLAN of a trunk).", true));
                s.addOption(opt("--vlan-name", "NAME", "VLAN name to set, where the VLAN exists.", false));
                s.addOption(OptionSpec.builder("--trunk").description("Make the port a trunk.").build());
                s.addOption(opt("--trunk-members", "IDS", "Comma-separated VLAN ids the trunk carries.", false));
            }
            default -> {
            }
        }
        s.usageMessage().footerHeading("%nExample:%n").footer("  " + example(f));
        s.addOption(OptionSpec.builder("-v", "--verbose").description("Trace every step on stderr.").build());
        s.addOption(OptionSpec.builder("--pretty").description("Indent the answer.").build());
        s.addOption(OptionSpec.builder("--request")
                .description("Print the request document this would send (secrets masked) and stop.").build());
        return s;
    }

    /** The options that name the device and the credentials to reach it. */
    private void deviceOptions(CommandSpec s) {
        s.addOption(opt("--ip", "ADDRESS", "Device address: " + spec.addressForm() + ".", true));
        if (spec.credentials() == Credentials.SNMP) {
            s.addOption(OptionSpec.builder("--snmp-version").paramLabel("1|2c|3").type(String.class)
                    .defaultValue("2c").description("SNMP version (default: ${DEFAULT-VALUE}).").build());
            s.addOption(opt("--community", "NAME",
                    "SNMP v1/v2c community (or set " + ENV_COMMUNITY + ").", false));
            s.addOption(opt("--user", "NAME", "SNMPv3 user.", false));
            s.addOption(OptionSpec.builder("--auth-level").paramLabel("LEVEL").type(String.class)
                    .defaultValue("authpriv")
                    .description("SNMPv3 level: noauth, authnopriv or authpriv (default: ${DEFAULT-VALUE}). "
                            + "Passphrases come from " + ENV_AUTH_PHRASE + " and " + ENV_PRIV_PHRASE
                            + ", or a prompt.").build());
        } else if (spec.credentials() == Credentials.USER_PASSWORD) {
            s.addOption(opt("--user", "NAME", "User (leave out for the anonymous user). The password comes from "
                    + ENV_PASSWORD + ", or a prompt.", false));
        }
    }

    /** A command line that calls the function, for its help. */
    private String example(Function f) {
        StringBuilder b = new StringBuilder();
        if (spec.credentials() == Credentials.USER_PASSWORD) {
            b.append(ENV_PASSWORD).append("=... ");
        }
        b.append(spec.command()).append(' ').append(f.command()).append(" --ip ").append(spec.addressExample());
        if (spec.credentials() == Credentials.SNMP) {
            b.append(" --community ").append(f.takesPort() ? "private" : "public");
        }
        if (spec.credentials() == Credentials.USER_PASSWORD) {
            b.append(" --user admin");
        }
        if (f.takesPort() && spec.fixedPort() == null) {
            b.append(" --port 3");
        }
        switch (f) {
            case PORT_SPEED -> b.append(" --speed 1gbps");
            case PORT_DUPLEX -> b.append(" --duplex full");
            case SET_VLAN -> b.append(" --vlan-id 10 --trunk --trunk-members 20,30");
            default -> {
            }
        }
        return b.append(" --pretty").toString();
    }

    /** The wire spellings of an enum's values: "a, b or c". */
    private static String spellings(Enum<?>[] values) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < values.length; k++) {
            b.append(k == 0 ? "" : k == values.length - 1 ? " or " : ", ").append(wire(values[k]));
        }
        return b.toString();
    }

    private static String wire(Enum<?> v) {
        return v instanceof Speed s ? s.wire() : v instanceof Duplex d ? d.wire() : v.name();
    }

    private static OptionSpec opt(String name, String label, String description, boolean required) {
        return OptionSpec.builder(name).paramLabel(label).type(String.class).required(required)
                .description(description).build();
    }

    private Request request(Function f, ParseResult p, PrintStream err) throws UsageError {
        Map<String, String> env = envOf(main);
        DeviceParams d = new DeviceParams().ip(p.matchedOptionValue("--ip", null));
        if (spec.credentials() == Credentials.SNMP) {
            String v = p.matchedOptionValue("--snmp-version", "2c");
            switch (v) {
                case "1", "v1" -> d.snmpVersion("SNMP v1");
                case "2c", "v2c", "2" -> d.snmpVersion("SNMP v2c");
                case "3", "v3" -> d.snmpVersion("SNMP v3");
                default -> throw new UsageError("--snmp-version must be 1, 2c or 3, not '" + v + "'");
            }
            if (d.snmpVersion().equals("SNMP v3")) {
                String user = p.matchedOptionValue("--user", null);
                if (user == null) {
                    throw new UsageError("SNMP v3 needs --user");
                }
                String level = p.matchedOptionValue("--auth-level", "authpriv");
                d.snmpUser(user).snmpAuthLevel(level);
                if (!level.equals("noauth")) {
                    d.snmpAuthPhrase(secret(env, ENV_AUTH_PHRASE, "SNMPv3 authentication passphrase", err));
                }
                if (level.equals("authpriv")) {
                    d.snmpPrivPhrase(secret(env, ENV_PRIV_PHRASE, "SNMPv3 privacy passphrase", err));
                }
            } else {
                String c = p.matchedOptionValue("--community", env.get(ENV_COMMUNITY));
                if (c == null) {
                    throw new UsageError("SNMP " + v + " needs --community (or " + ENV_COMMUNITY + ")");
                }
                d.snmpCommunity(c);
            }
        } else if (spec.credentials() == Credentials.USER_PASSWORD) {
            d.user(p.matchedOptionValue("--user", ""));
            d.pass(secret(env, ENV_PASSWORD, "password" + (d.user().isEmpty() ? "" : " of " + d.user()), err));
        }
        PortParams port = null;
        if (f.takesPort()) {
            port = new PortParams().identity(spec.fixedPort() != null ? spec.fixedPort()
                    : p.matchedOptionValue("--port", null));
            port.speed(p.matchedOptionValue("--speed", null))
                    .duplex(p.matchedOptionValue("--duplex", null))
                    .vlanId(p.matchedOptionValue("--vlan-id", null))
                    .vlanName(p.matchedOptionValue("--vlan-name", null))
                    .trunkMembers(p.matchedOptionValue("--trunk-members", null));
            if (f == Function.SET_VLAN) {
                port.isTrunk(p.hasMatchedOption("--trunk") ? "on" : "off");
            }
        }
        return new Request(f.wire(), d, port);
    }

    private static Map<String, String> envOf(HandlerMain main) {
        return main.env();
    }

    private static String secret(Map<String, String> env, String var, String what, PrintStream err) throws UsageError {
        String v = env.get(var);
        if (v != null) {
            return v;
        }
        Console console = System.console();
        if (console == null) {
            throw new UsageError("the " + what + " comes from " + var + " or a prompt, and there is no terminal to ask on");
        }
        char[] pw = console.readPassword("%s: ", what);
        if (pw == null) {
            throw new UsageError("no " + what + " given");
        }
        return new String(pw);
    }

    static final class UsageError extends Exception {
        UsageError(String m) {
            super(m);
        }
    }

}
