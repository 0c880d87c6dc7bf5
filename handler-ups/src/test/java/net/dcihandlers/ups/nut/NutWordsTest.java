package net.dcihandlers.ups.nut;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Reading and writing the words of NUT's protocol lines as upsd does. */
class NutWordsTest {

    @Test
    void upsdsQuotedValuesAreOneWordEachWithEscapesResolved() {
        assertEquals(Optional.of(List.of("VAR", "rack1", "ups.status", "OB DISCHRG")),
                NutWords.split("VAR rack1 ups.status \"OB DISCHRG\""));
        assertEquals(Optional.of(List.of("VAR", "u", "ups.model", "Smart-UPS \"1500\" \\ RM")),
                NutWords.split("VAR u ups.model \"Smart-UPS \\\"1500\\\" \\\\ RM\""));
        assertEquals(Optional.of(List.of("VAR", "u", "x", "")), NutWords.split("VAR u x \"\""));
        assertEquals(Optional.of(List.of("ERR", "ACCESS-DENIED")), NutWords.split("ERR  ACCESS-DENIED "));
    }

    @Test
    void anOpenQuoteIsNoLine() {
        assertEquals(Optional.empty(), NutWords.split("VAR u ups.status \"OL"));
    }

    @Test
    void wordsAreQuotedOnlyWhereUpsdNeedsIt() {
        assertEquals("rack1", NutWords.quote("rack1"));
        assertEquals("\"s3cret pass\"", NutWords.quote("s3cret pass"));
        assertEquals("\"a\\\"b\\\\c\"", NutWords.quote("a\"b\\c"));
        assertEquals("\"\"", NutWords.quote(""));
    }

    @Test
    void anyWordSurvivesQuotingAndSplitting() {
        // printable ASCII (blanks, quotes and backslashes included), tabs and a little beyond ASCII
        String alphabet = "\t\u00e9\u0416" + java.util.stream.IntStream.rangeClosed(' ', '~')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        Random random = new Random(1628);
        for (int i = 0; i < 3000; i++) {
            StringBuilder word = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                word.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String w = word.toString();
            assertEquals(Optional.of(List.of("PASSWORD", w)), NutWords.split("PASSWORD " + NutWords.quote(w)), w);
        }
    }
}
