package org.bitext.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Separates page furniture and footnotes from running text. A footnote block is what stands between a
 * rule line ("__________") and the end of the page (a page number, job number or symbol line, or the end
 * of the document) when it begins with a note mark ("1 See ...", "* ..."); it is kept, as notes, rather
 * than being run into the paragraph that the page break interrupted.
 */
final class Footnotes {

    /** A page's notes are a few lines; a longer run after a rule is text, not notes. */
    private static final int MAX_NOTE_LINES = 15;

    /** The lines of running text (furniture removed) and the footnotes (each a list of lines). */
    record Split(List<Line> text, List<List<Line>> notes) {
    }

    private Footnotes() {
    }

    static Split split(String source, List<Line> all, SegmentRules rules) {
        List<Line> text = new ArrayList<>(all.size());
        List<List<Line>> notes = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Line line = all.get(i);
            if (line.key() != null && rules.matches("footnote-rule", line.key())) {
                int j = i + 1;
                while (j < all.size() && j - i <= MAX_NOTE_LINES && !isPageEnd(all.get(j), rules)) {
                    j++;
                }
                boolean pageEnds = j == all.size() || isPageEnd(all.get(j), rules);
                if (pageEnds && j > i + 1 && startsNote(source, all.get(i + 1))) {
                    List<Line> note = new ArrayList<>();
                    for (Line l : all.subList(i + 1, j)) {
                        if (startsNote(source, l) && !note.isEmpty()) {
                            notes.add(note);
                            note = new ArrayList<>();
                        }
                        note.add(l);
                    }
                    notes.add(note);
                    i = j - 1;
                    continue;
                }
            }
            if (!isFurniture(line, rules)) {
                text.add(line);
            }
        }
        return new Split(text, notes);
    }

    static boolean isFurniture(Line l, SegmentRules rules) {
        return l.key() != null && rules.matches("furniture", l.key());
    }

    private static boolean isPageEnd(Line l, SegmentRules rules) {
        return isFurniture(l, rules) || (l.key() != null && rules.matches("symbol", l.key()));
    }

    /** "1 See ...", "12\tIbid.", "* Reissued ...", "¹ See ...": a note mark, then the note. */
    private static boolean startsNote(String source, Line l) {
        int i = l.start();
        int digits = 0;
        while (i < l.end() && digits < 4 && (Character.isDigit(source.charAt(i)) || "¹²³⁴⁵⁶⁷⁸⁹⁰".indexOf(source.charAt(i)) >= 0)) {
            i++;
            digits++;
        }
        if (digits == 0) {
            while (i < l.end() && source.charAt(i) == '*') {
                i++;
            }
        }
        return i > l.start() && digits <= 3 && i < l.end() && LineScanner.isSpace(source.charAt(i));
    }
}
