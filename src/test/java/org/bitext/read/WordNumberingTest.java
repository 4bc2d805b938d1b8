package org.bitext.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Word's number formats and list counters, as Word shows them. */
class WordNumberingTest {

    @Test
    void formats() {
        assertEquals("iv", NumberFormats.format(4, "lowerRoman"));
        assertEquals("XLIX", NumberFormats.format(49, "upperRoman"));
        assertEquals("z", NumberFormats.format(26, "lowerLetter"));
        assertEquals("aa", NumberFormats.format(27, "lowerLetter")); // Word repeats the letter, not base 26
        assertEquals("BB", NumberFormats.format(28, "upperLetter"));
        assertEquals("bbb", NumberFormats.format(54, "lowerLetter"));
        assertEquals("07", NumberFormats.format(7, "decimalZero"));
        assertEquals("十", NumberFormats.format(10, "chineseCounting"));
        assertEquals("十一", NumberFormats.format(11, "chineseCounting"));
        assertEquals("二十一", NumberFormats.format(21, "chineseCounting"));
        assertEquals("一百零一", NumberFormats.format(101, "chineseCounting"));
        assertEquals("丙", NumberFormats.format(3, "ideographTraditional"));
        assertEquals("③", NumberFormats.format(3, "decimalEnclosedCircle"));
        assertEquals("⑵", NumberFormats.format(2, "decimalEnclosedParen"));
        assertEquals("１２", NumberFormats.format(12, "decimalFullWidth"));
        assertEquals("3rd", NumberFormats.format(3, "ordinal"));
        assertEquals("11th", NumberFormats.format(11, "ordinal"));
    }

    private static final ListCounters.Level[] UN = {
        new ListCounters.Level(1, "upperRoman", "%1.", -1, false, "\t"),
        new ListCounters.Level(1, "upperLetter", "%2.", -1, false, "\t"),
        new ListCounters.Level(1, "decimal", "%3.", 0, false, "\t"), // paragraphs numbered through the document
        new ListCounters.Level(1, "lowerLetter", "(%4)", -1, false, "\t"),
        new ListCounters.Level(1, "lowerRoman", "(%5)", -1, false, "\t"),
        null, null, null, null};

    @Test
    void deeperLevelsRestartUnlessTheirRestartRuleSaysOtherwise() {
        ListCounters c = new ListCounters();
        List<String> shown = new ArrayList<>();
        int[] levels = {0, 1, 2, 3, 3, 4, 4, 3, 2, 1, 2, 3, 0, 2};
        for (int l : levels) {
            shown.add(c.next(l, UN));
        }
        // Paragraph numbers (level 2, lvlRestart 0) run on across headings; (a) and (i) restart.
        assertEquals(List.of("I.", "A.", "1.", "(a)", "(b)", "(i)", "(ii)", "(c)", "2.", "B.", "3.", "(a)", "II.", "4."),
                shown);
    }

    @Test
    void legalNumberingShowsEveryLevelInDecimal() {
        ListCounters.Level[] legal = {
            new ListCounters.Level(1, "upperRoman", "%1.", -1, false, "\t"),
            new ListCounters.Level(1, "lowerLetter", "%1.%2", -1, true, " "),
            null, null, null, null, null, null, null};
        ListCounters c = new ListCounters();
        assertEquals("I.", c.next(0, legal));
        assertEquals("1.1", c.next(1, legal));
        assertEquals("1.2", c.next(1, legal));
        assertEquals("II.", c.next(0, legal));
        assertEquals("2.1", c.next(1, legal));
    }

    @Test
    void startValuesAndRestart() {
        ListCounters.Level[] fromFive = {new ListCounters.Level(5, "decimal", "%1)", -1, false, "\t"),
            null, null, null, null, null, null, null, null};
        ListCounters c = new ListCounters();
        assertEquals("5)", c.next(0, fromFive));
        assertEquals("6)", c.next(0, fromFive));
        c.restart(0);
        assertEquals("5)", c.next(0, fromFive));
    }
}
