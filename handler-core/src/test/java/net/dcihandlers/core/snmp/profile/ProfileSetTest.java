package net.dcihandlers.core.snmp.profile;

import net.dcihandlers.core.Config;
import net.dcihandlers.core.HandlerException;
import net.dcihandlers.core.Trace;
import net.dcihandlers.core.protocol.ErrorType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snmp4j.smi.OID;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The profile files: what they declare, how the operator's change the built-in ones, and every error at its line. */
class ProfileSetTest {
    private static final String BUILT_IN = """
            # a comment line
            object fooState 1.3.6.1.4.1.99.1.2 integer 1=on 2=off required
            object fooName  1.3.6.1.4.1.99.1.3 text
            object fooWatts 1.3.6.1.4.1.99.1.4 gauge32 /10 whole   # tenths of watts

            profile foo
              name   Foo PDU (FOO-MIB)
              enterprise 1.3.6.1.4.1.99
              probe  fooState
              state  fooState
            profile any
              state  fooState
            """;

    private static ProfileSet parse(String... texts) throws HandlerException {
        List<ProfileSet.Source> sources = new java.util.ArrayList<>();
        sources.add(new ProfileSet.Source("foo.profile", BUILT_IN, true));
        for (int i = 0; i < texts.length; i++) {
            sources.add(new ProfileSet.Source("/etc/profiles/site" + i + ".profile", texts[i], false));
        }
        return ProfileSet.parse(sources);
    }

    private static String error(String... texts) {
        HandlerException e = assertThrows(HandlerException.class, () -> {
            ProfileSet set = parse(texts);
            for (Profile p : set.profiles()) {
                p.required("state").object(0);
                p.done();
            }
        });
        assertEquals(ErrorType.UNEXPECTED_DATA, e.type());
        return e.getMessage();
    }

    @Test
    void objectsAndProfilesReadAsDeclared() throws HandlerException {
        ProfileSet set = parse();
        MibObject state = set.objects().get("fooState");
        assertEquals(new OID("1.3.6.1.4.1.99.1.2"), state.oid());
        assertEquals(Map.of(1, "on", 2, "off"), state.values());
        assertTrue(state.has("required"));
        MibObject watts = set.objects().get("fooWatts");
        assertEquals(0, new BigDecimal("10").compareTo(watts.divisor()));
        assertTrue(watts.has("whole"));
        assertEquals("foo.profile, line 4", watts.where());

        assertEquals(List.of("foo", "any"), set.profiles().stream().map(Profile::id).toList());
        Profile foo = set.profiles().get(0);
        assertEquals("Foo PDU (FOO-MIB)", foo.name());
        assertEquals(List.of(state), foo.probes());
        assertEquals("any", set.profiles().get(1).name(), "a profile without a name is called by its id");
    }

    @Test
    void aProfileAppliesByEnterpriseAndProbeAndOneWithNeitherToAnyDevice() throws HandlerException {
        ProfileSet set = parse();
        Profile foo = set.profiles().get(0);
        MibObject state = set.objects().get("fooState");
        assertTrue(foo.appliesTo(new OID("1.3.6.1.4.1.99.7"), Set.of(state)));
        assertFalse(foo.appliesTo(new OID("1.3.6.1.4.1.98.7"), Set.of(state)), "another enterprise");
        assertFalse(foo.appliesTo(new OID("1.3.6.1.4.1.99.7"), Set.of()), "the probe is missing");
        assertTrue(set.profiles().get(1).appliesTo(null, Set.of()));
    }

    @Test
    void aScalarIsProbedThroughItsObjectAndPresentOnlyAsItsInstance() throws HandlerException {
        MibObject scalar = parse("object s 1.3.6.1.4.1.99.5.0 integer\nprofile x\n  state s\n").objects().get("s");
        assertTrue(scalar.scalar());
        assertEquals(new OID("1.3.6.1.4.1.99.5"), scalar.probe());
        assertTrue(scalar.presentIn(new OID("1.3.6.1.4.1.99.5.0")));
        assertFalse(scalar.presentIn(new OID("1.3.6.1.4.1.99.6.0")));
        MibObject column = parse().objects().get("fooState");
        assertTrue(column.presentIn(new OID("1.3.6.1.4.1.99.1.2.7")));
        assertFalse(column.presentIn(new OID("1.3.6.1.4.1.99.1.3.1")), "the next column is not this one");
    }

    @Test
    void anOperatorsProfileWithABuiltInIdTakesItsPlaceAndANewOneIsTriedFirst() throws HandlerException {
        ProfileSet set = parse("""
                profile foo
                  name Foo PDU, as this site reads it
                  state fooName
                profile mine
                  state fooState
                """);
        assertEquals(List.of("mine", "foo", "any"), set.profiles().stream().map(Profile::id).toList());
        assertEquals("Foo PDU, as this site reads it", set.profiles().get(1).name());
        assertEquals(List.of("/etc/profiles/site0.profile"), set.operatorFiles());
    }

    @Test
    void anOperatorsObjectWithABuiltInNameReplacesItForEveryProfile() throws HandlerException {
        ProfileSet set = parse("object fooState 1.3.6.1.4.1.99.1.9 integer 0=off 1=on\n");
        assertEquals(new OID("1.3.6.1.4.1.99.1.9"),
                set.profiles().get(0).required("state").object(0).oid());
    }

    @Test
    void everyMistakeIsReportedWithItsFileAndLine() {
        assertTrue(error("profile mine\n  stat fooState\n  state fooState\n").startsWith("profile file"
                + " /etc/profiles/site0.profile, line 2: profile mine has 'stat', which this handler does not read;"
                + " it reads: "), "a misspelt key");
        assertTrue(error("profile mine\n\n  state barState\n")
                .startsWith("profile file /etc/profiles/site0.profile, line 3: 'state' names barState, which no"
                        + " 'object' line declares"));
        assertTrue(error("object x 1.3.6.1.4.1.99.9 integr\n").startsWith(
                "profile file /etc/profiles/site0.profile, line 1: 'integr' is no syntax; one of counter32,"));
        assertTrue(error("object x 1.3.6.1.4.1.99.9.x integer\n").contains("line 1: '1.3.6.1.4.1.99.9.x' is no numeric OID"));
        assertTrue(error("object x 1.3.6.1.4.1.99.9 integer /0\n").contains("line 1: '/0': a divisor is"));
        assertTrue(error("object x 1.3.6.1.4.1.99.9 integer one=on\n").contains("line 1: 'one=on': a value is N=word"));
        assertTrue(error("object x 1.3 integer\nobject x 1.4 integer\n").contains("line 2: x is declared twice in this file"));
        assertTrue(error("  state fooState\n").contains("line 1: 'state' before any 'profile' line"));
        assertTrue(error("profile a b\n").contains("line 1: 'profile' takes one word"));
        assertTrue(error("profile m\n  state fooState\n  state fooName\n")
                .contains("line 3: 'state' is given twice in profile m (first at /etc/profiles/site0.profile, line 2)"));
        assertTrue(error("profile m\n  name x\n").contains("site0.profile, line 1: profile m has no 'state' line"));
        assertTrue(error("profile m\n  state\n").contains("line 2: 'state' needs 1 word after it, it has 0"));
    }

    @Test
    void valueWordsAreCheckedAgainstWhatTheHandlerKnows() throws HandlerException {
        ProfileSet set = parse("object fooState 1.3.6.1.4.1.99.1.2 integer 1=on 2=of\n");
        HandlerException e = assertThrows(HandlerException.class, () -> Profile.values(set.objects().get("fooState"),
                Map.of("on", true, "off", false)::get, "on or off"));
        assertEquals("profile file /etc/profiles/site0.profile, line 1: fooState value 2 is 'of', but it may only be on"
                + " or off", e.getMessage());
        assertTrue(assertThrows(HandlerException.class, () -> Profile.values(set.objects().get("fooName"),
                Map.of("on", true)::get, "on")).getMessage().contains("fooName needs its values (N=word)"));
    }

    @Test
    void theInstallationsFilesAreReadInNameOrderAndOnlyRegularOnes(@TempDir Path home) throws Exception {
        Path dir = Files.createDirectories(home.resolve("etc/profiles/dci-test"));
        Files.writeString(dir.resolve("b.profile"), "profile b\n  state fooState\n");
        Files.writeString(dir.resolve("a.profile"), "profile a\n  state fooState\n");
        Files.writeString(dir.resolve("notes.txt"), "not a profile\n");
        List<ProfileSet.Source> s = ProfileSet.operator(dir);
        assertEquals(List.of(dir.resolve("a.profile").toString(), dir.resolve("b.profile").toString()),
                s.stream().map(ProfileSet.Source::name).toList());
        assertEquals(List.of(), ProfileSet.operator(home.resolve("etc/profiles/absent")));

        Files.delete(dir.resolve("b.profile"));
        Process p = new ProcessBuilder("mkfifo", dir.resolve("b.profile").toString()).start();
        assertEquals(0, p.waitFor());
        HandlerException e = assertThrows(HandlerException.class, () -> ProfileSet.operator(dir));
        assertEquals("profile file " + dir.resolve("b.profile") + " is not a regular file; remove it or replace it"
                + " with one", e.getMessage());
    }

    @Test
    void loadingReadsTheJarsIndexThenTheInstallationsFolder(@TempDir Path home) throws Exception {
        Path dir = Files.createDirectories(home.resolve("etc/profiles/dci-test"));
        Files.writeString(dir.resolve("site.profile"), "profile site\n  state fooState\n");
        Trace trace = Trace.to(null);
        trace.keep();
        ProfileSet set = ProfileSet.load("dci-test", ProfileSetTest.class,
                Config.load(Map.of(), home.toString()), trace);
        assertEquals(List.of("site", "foo", "any"), set.profiles().stream().map(Profile::id).toList());
        assertNull(set.objects().get("absent"));
        assertTrue(String.join("\n", trace.kept()).contains("profiles of this installation: "
                + dir.resolve("site.profile")), trace.kept().toString());
    }
}
