package org.bitext.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits the body of a UN document into paragraphs and gives each its {@link StructureKind} and address:
 * article, annex and section headings, the organ line and preambular paragraphs of a resolution, numbered
 * paragraphs (restarting at 1 in each article or annex), sub-items and their nesting. Labels come from
 * {@link Labels} (patterns in {@code structure.txt}); opener words of preambular paragraphs from
 * {@code preamble-openers.*.txt}. In hard-wrapped text a line only starts a paragraph where its label fits
 * the sequence and the line before ends a clause; lines without a label continue the numbered paragraph.
 */
final class Structure {

    /** One body paragraph before assembly: its lines, where its text starts, kind, address and number. */
    record Unit(List<Line> lines, int textStart, StructureKind kind, String address, Integer number) {
        Unit {
            lines = List.copyOf(lines);
            if (lines.isEmpty()) {
                throw new IllegalArgumentException("A unit needs at least one line: " + kind + " " + address);
            }
        }
    }

    /** An article heading is a short line ("Article 17", "Article 17. Freedom of thought"). */
    private static final int MAX_ARTICLE_WIDTH = 80;
    /** A heading in text saved one paragraph a line is at most this wide. */
    private static final int MAX_HEADING_WIDTH = 120;

    private final String source;
    private final Layout layout;
    private final List<String> openers;
    private final boolean cjk;

    // where we are
    private String annex = "";
    private String article = "";
    private int number;
    private String numbered = "";
    private int romanHead;
    private int letterHead;
    private int[] items = new int[3];
    private ItemStyle level1Style;
    private boolean preamble;
    private int preambular;

    private final List<Unit> out = new ArrayList<>();
    private final List<String> warnings;
    private List<Line> lines = new ArrayList<>();
    private int textStart;
    private StructureKind kind;
    private String address;
    private Integer unitNumber;

    private enum ItemStyle { LETTER, ROMAN, DIGIT, CJK }

    private Structure(String source, Layout layout, SegmentRules rules, boolean cjk, List<String> warnings) {
        this.source = source;
        this.warnings = warnings;
        this.layout = layout;
        this.cjk = cjk;
        this.openers = rules.preambleOpeners.get(cjk ? "zh" : "en");
    }

    /**
     * The paragraphs of {@code body}; {@code labels[i]} is the label of {@code body.get(i)} or null, and
     * {@code headings[i]} says that the reader marked the line as a heading; numbering slips are reported
     * in {@code warnings}.
     */
    static List<Unit> scan(String source, Layout layout, SegmentRules rules, boolean cjk, List<Line> body,
            Labels.Label[] labels, boolean[] headings, List<String> warnings) {
        Structure s = new Structure(source, layout, rules, cjk, warnings);
        for (int i = 0; i < body.size(); i++) {
            s.line(body, i, labels[i], headings[i]);
        }
        s.flush();
        return s.out;
    }

    private String scope() {
        return (annex + " " + article).strip();
    }

    private String in(String local) {
        String s = scope();
        return s.isEmpty() ? local : local.isEmpty() ? s : s + " " + local;
    }

    private void line(List<Line> body, int i, Labels.Label label, boolean heading) {
        Line line = body.get(i);
        Line prev = i == 0 ? null : body.get(i - 1);
        boolean brk = prev == null || layout.breaksBetween(prev, line) || heading;
        boolean after = brk || layout.endsClause(prev);
        Labels.Type type = label == null ? null : label.type();
        if (heading) {
            start(line, line.start(), StructureKind.HEADING, scope(), null);
        } else if (type == Labels.Type.ARTICLE && after && isArticleHeading(layout, line)) {
            article = "art. " + Labels.number(label.value());
            resetNumbers();
            preamble = false;
            start(line, line.start(), StructureKind.ARTICLE, scope(), null);
        } else if (type == Labels.Type.ANNEX && after) {
            annex = label.value().isEmpty() ? "annex" : "annex " + romanUpper(Labels.number(label.value()));
            article = "";
            resetNumbers();
            romanHead = 0;
            letterHead = 0;
            preamble = false;
            start(line, line.start(), StructureKind.ANNEX, scope(), null);
        } else if (type == Labels.Type.PREAMBLE && after) {
            preamble = true;
            start(line, line.start(), StructureKind.HEADING, in("preamble"), null);
        } else if (type == Labels.Type.ORGAN && after) {
            preamble = true;
            start(line, line.start(), StructureKind.ORGAN, in("organ"), null);
        } else if (line.number() >= 0 && startsNumber(line.number(), prev, brk)) {
            number = line.number();
            numbered = in("¶" + number);
            clearItems();
            preamble = false;
            start(line, line.bodyStart(), StructureKind.NUMBERED, numbered, number);
        } else if (type == Labels.Type.HIER && after) {
            clearItems();
            start(line, label.end(), StructureKind.NUMBERED, in("¶" + label.value().replace('．', '.')), null);
        } else if (type == Labels.Type.ITEM && after) {
            item(line, label);
        } else if (isHeadingLabel(type) && after && headingLine(body, i)) {
            sectionHeading(line, label);
        } else if (preamble && (brk || endsComma(prev))
                && Labels.opensWith(source, line.start(), line.end(), openers, cjk)) {
            preambular++;
            start(line, line.start(), StructureKind.PREAMBULAR, in("pp. " + preambular), null);
        } else if (brk && !(layout.wrapped() && continues()
                && !(kind == StructureKind.PREAMBULAR && (endsComma(prev) || layout.endsClause(prev))))) {
            // (a preambular paragraph ends with its comma: a block after it is the next part)
            start(line, line.start(), StructureKind.TEXT, scope(), null);
        } else {
            lines.add(line);
        }
    }

    /** An article heading is a short line that ends no clause ("Article 17", "第十七条 思想自由"). */
    static boolean isArticleHeading(Layout layout, Line line) {
        return line.width() <= MAX_ARTICLE_WIDTH && !layout.endsClause(line) && (!layout.wrapped() || layout.isShort(line));
    }

    /** In hard-wrapped text, unlabelled blocks after a numbered paragraph, item or preambular one go on it. */
    private boolean continues() {
        return kind == StructureKind.NUMBERED || kind == StructureKind.ITEM || kind == StructureKind.PREAMBULAR;
    }

    private boolean startsNumber(int n, Line prev, boolean brk) {
        if (n == number + 1) {
            return true;
        }
        boolean clause = prev == null || layout.endsClause(prev) || (!layout.wrapped() && brk);
        // Out-of-sequence numbers start a paragraph only after a clause end: a skip of a few numbers or
        // a repeat is a numbering slip, anything else is text that begins with a number.
        if (clause && n > number && n <= number + 4) {
            warnings.add("paragraph numbering skips from " + number + " to " + n + where());
            return true;
        }
        if (clause && n == number && n > 0) {
            warnings.add("paragraph number " + n + " is repeated" + where());
            return true;
        }
        if (clause && n < number && n > 0) {
            // A number that goes back (1, 2, 5, 4): kept as text, but said.
            warnings.add("paragraph number " + n + ". after paragraph " + number + " is out of order; its text"
                    + (layout.wrapped() ? " is kept in paragraph " + number : " is kept as an unnumbered paragraph")
                    + where());
        }
        return false;
    }

    private String where() {
        return scope().isEmpty() ? "" : " in " + scope();
    }

    private void resetNumbers() {
        number = 0;
        numbered = "";
        clearItems();
    }

    private void clearItems() {
        items = new int[3];
        level1Style = null;
    }

    private void item(Line line, Labels.Label label) {
        String v = label.value();
        int ordinal = Labels.number(v);
        ItemStyle style;
        if (v.chars().allMatch(c -> "ivxl".indexOf(c) >= 0)
                && !(level1Style == ItemStyle.LETTER && Labels.letter(v) == items[1] + 1)
                && (v.length() > 1 || v.equals("i") || level1Style == ItemStyle.LETTER)) {
            style = ItemStyle.ROMAN;
        } else if (Character.isDigit(v.charAt(0))) {
            style = ItemStyle.DIGIT;
        } else if (v.charAt(0) < 0x80) {
            style = ItemStyle.LETTER;
            ordinal = Labels.letter(v);
        } else {
            style = ItemStyle.CJK;
        }
        if (style == ItemStyle.CJK && numbered.isEmpty() && level1Style == null) {
            // An article's paragraphs ㈠ ㈡ are its numbered paragraphs (English "1." "2.").
            number = ordinal;
            start(line, label.end(), StructureKind.NUMBERED, in("¶" + ordinal), ordinal);
            return;
        }
        boolean level2 = level1Style != null && style != level1Style
                && (style == ItemStyle.ROMAN || style == ItemStyle.CJK || style == ItemStyle.DIGIT);
        String base = numbered.isEmpty() ? scope() : numbered;
        if (level2) {
            items[2] = ordinal;
            String a = (base + " (" + Labels.letterOf(items[1]) + ")").strip() + "(" + Labels.romanOf(ordinal) + ")";
            start(line, label.end(), StructureKind.ITEM, a, null);
        } else {
            level1Style = style;
            items[1] = ordinal;
            items[2] = 0;
            String shown = style == ItemStyle.ROMAN ? Labels.romanOf(ordinal) : Labels.letterOf(ordinal);
            start(line, label.end(), StructureKind.ITEM, (base + " (" + shown + ")").strip(), null);
        }
    }

    private static boolean isHeadingLabel(Labels.Type t) {
        return t == Labels.Type.ROMAN_HEADING || t == Labels.Type.LETTER_HEADING || t == Labels.Type.CJK_HEADING;
    }

    /** A heading stands alone: short, ending no clause, with the next line starting a new block. */
    private boolean headingLine(List<Line> body, int i) {
        Line line = body.get(i);
        if (layout.endsClause(line)) {
            return false;
        }
        if (layout.wrapped()) {
            return layout.isShort(line);
        }
        return line.width() <= MAX_HEADING_WIDTH
                && (i + 1 == body.size() || layout.breaksBetween(line, body.get(i + 1)));
    }

    private void sectionHeading(Line line, Labels.Label label) {
        String v = label.value();
        int value = Labels.number(v);
        boolean letter = label.type() == Labels.Type.LETTER_HEADING
                || label.type() == Labels.Type.ROMAN_HEADING && v.length() == 1
                        && (letterHead > 0 && v.charAt(0) - 'A' + 1 == letterHead + 1 || value != romanHead + 1);
        String a;
        if (letter) {
            letterHead = v.charAt(0) - 'A' + 1;
            a = romanHead > 0 ? romanUpper(romanHead) + "." + v : v;
        } else {
            romanHead = value;
            letterHead = 0;
            a = romanUpper(value);
        }
        start(line, line.start(), StructureKind.HEADING, in(a), null);
    }

    private static String romanUpper(int n) {
        return Labels.romanOf(n).toUpperCase(Locale.ROOT);
    }

    private boolean endsComma(Line prev) {
        char c = source.charAt(prev.end() - 1);
        return c == ',' || c == '，' || c == ';' || c == '；';
    }

    private void start(Line line, int text, StructureKind k, String a, Integer n) {
        flush();
        lines = new ArrayList<>();
        lines.add(line);
        textStart = text;
        kind = k;
        address = a;
        unitNumber = n;
    }

    /** Emits the unit being built; in hard-wrapped text its trailing heading lines become headings. */
    private void flush() {
        if (lines.isEmpty()) {
            return;
        }
        int cut = lines.size();
        if (layout.wrapped() && continues()) {
            while (cut > 1 && isHeading(lines.get(cut - 1)) && layout.endsSentence(lines.get(cut - 2))) {
                cut--;
            }
            // Only the lines after the last sentence end can be headings, and all of them must look like one.
            for (int k = cut; k < lines.size(); k++) {
                if (!isHeading(lines.get(k))) {
                    cut = lines.size();
                    break;
                }
            }
        }
        StructureKind k = kind;
        if (k == StructureKind.TEXT && lines.size() == 1 && isHeading(lines.get(0))
                && (layout.wrapped() || lines.get(0).width() <= MAX_HEADING_WIDTH)) {
            k = StructureKind.HEADING;
        }
        out.add(new Unit(lines.subList(0, cut), textStart, k, address, unitNumber));
        for (Line h : lines.subList(cut, lines.size())) {
            out.add(new Unit(List.of(h), h.start(), StructureKind.HEADING, scope(), null));
        }
        lines = new ArrayList<>();
    }

    /** A short line that ends no clause and holds a word ("B. Nuclear testing"; not a lone quote mark). */
    private boolean isHeading(Line line) {
        if (layout.wrapped() && !layout.isShort(line) || layout.endsClause(line) || line.number() >= 0
                || ",，、".indexOf(source.charAt(line.end() - 1)) >= 0) {
            return false;
        }
        for (int i = line.start(); i < line.end(); i++) {
            if (Character.isLetter(source.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
