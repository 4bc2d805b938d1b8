package org.bitext.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Recognises the front matter of a UN document (covering letter title and paragraphs, signature block,
 * header block, title, place and date) from line patterns ({@code patterns.txt}) and the order in which
 * these parts appear; each part becomes one {@link Piece}.
 */
final class FrontMatter {

    /** One front-matter block before assembly: its kind, its lines, and whether its line breaks are items. */
    record Piece(BlockKind kind, List<Line> lines, boolean lineBreaksAreSpaces) {
        Piece {
            lines = List.copyOf(lines);
            if (lines.isEmpty()) {
                throw new IllegalArgumentException("A front-matter piece needs at least one line: " + kind);
            }
        }
    }

    /** A signature block is a name and a function or two; longer runs of short lines are something else. */
    private static final int MAX_SIGNATURE_LINES = 6;
    private static final int MAX_LINES_AFTER_MARKER = 3;
    /** The header is at the top of the first page or two. */
    private static final int ANCHOR_SEARCH_LINES = 80;

    private final Layout layout;
    private final SegmentRules rules;

    FrontMatter(Layout layout, SegmentRules rules) {
        this.layout = layout;
        this.rules = rules;
    }

    /**
     * The index of the header's anchor, or -1: the first line (among the first few dozen) that is the
     * document symbol, alone or set apart by wide spacing ("Conference on Disarmament      CD/1937").
     */
    int headerAnchor(List<Line> lines) {
        for (int i = 0; i < Math.min(lines.size(), ANCHOR_SEARCH_LINES); i++) {
            Line line = lines.get(i);
            if (line.end() - line.start() <= 120 && is("anchor", line)) {
                return i;
            }
        }
        return -1;
    }

    /** Classifies {@code lines} (everything before the body) into front-matter pieces. */
    List<Piece> pieces(List<Line> lines) {
        // "Original: English", "Chinese": language-version lines are furniture wherever they stand here.
        lines = lines.stream().filter(l -> !is("language-line", l)).toList();
        int anchor = headerAnchor(lines);
        if (anchor >= 0) {
            // Repeated symbol lines (page headers of the letter's pages) are furniture; keep the anchor.
            Line anchorLine = lines.get(anchor);
            lines = lines.stream().filter(l -> l == anchorLine || !is("symbol", l)).toList();
            anchor = lines.indexOf(anchorLine);
        }
        List<List<Line>> blocks = new ArrayList<>();
        List<Line> header = new ArrayList<>();
        int headerAt = -1;
        if (anchor < 0) {
            blocks.addAll(layout.group(lines));
        } else {
            int from = anchor;
            while (from > 0 && isHeaderLine(lines.get(from - 1), lines.get(from), from - 1 == anchor - 1)) {
                from--;
            }
            int to = anchor + 1;
            while (to < lines.size() && isHeaderLine(lines.get(to), lines.get(to - 1), to == anchor + 1)) {
                to++;
            }
            blocks.addAll(layout.group(lines.subList(0, from)));
            headerAt = blocks.size();
            for (Line l : lines.subList(from, to)) {
                if (!is("language-line", l)) {
                    header.add(l);
                }
            }
            blocks.add(header);
            blocks.addAll(layout.group(lines.subList(to, lines.size())));
        }
        return classify(blocks, headerAt);
    }

    private List<Piece> classify(List<List<Line>> blocks, int headerAt) {
        List<Piece> pieces = new ArrayList<>();
        boolean letterTitle = false;
        boolean letter = false;
        boolean signatureDone = false;
        boolean title = false;
        int linesAfterMarker = -1;
        for (int i = 0; i < blocks.size(); i++) {
            List<Line> b = blocks.get(i);
            if (i == headerAt && letter) {
                signatureDone = true; // a header after the letter ends the letter part
            }
            if (i == headerAt) {
                if (!b.isEmpty()) {
                    pieces.add(new Piece(BlockKind.HEADER, b, true));
                }
                continue;
            }
            Piece last = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
            boolean signed = b.stream().anyMatch(l -> is("signed", l));
            boolean itemLine = b.size() == 1 && layout.isShort(b.get(0)) && !layout.endsSentence(b.get(0));
            if (!letterTitle && !letter && isLetterTitle(b)) {
                letterTitle = true;
                pieces.add(new Piece(BlockKind.LETTER_TITLE, b, false));
            } else if (!signatureDone && !is("other-line", b.get(0))
                    && (signed || (letter && itemLine && !is("date", b.get(0))))) {
                List<Line> merged = new ArrayList<>();
                if (last != null && last.kind() == BlockKind.SIGNATURE) {
                    merged.addAll(last.lines());
                    pieces.remove(pieces.size() - 1);
                }
                merged.addAll(b);
                pieces.add(new Piece(BlockKind.SIGNATURE, merged, true));
                // "(Signed)" closes a block it ends ("Name / Title / (Signed)"); when it opens the block
                // ("(Signed) Name"), a few function lines may follow.
                if (signed) {
                    signatureDone = merged.size() > b.size();
                    linesAfterMarker = 0;
                } else if (linesAfterMarker >= 0 && ++linesAfterMarker >= MAX_LINES_AFTER_MARKER) {
                    signatureDone = true;
                }
                signatureDone |= merged.size() >= MAX_SIGNATURE_LINES;
            } else if (letterTitle && !signatureDone && (last == null || last.kind() != BlockKind.SIGNATURE)
                    && !itemLine) {
                letter = true;
                pieces.add(new Piece(BlockKind.LETTER, b, false));
            } else if (b.size() == 1 && layout.isShort(b.get(0)) && !layout.endsSentence(b.get(0))
                    && is("date", b.get(0))) {
                pieces.add(new Piece(BlockKind.PLACE_DATE, b, false));
            } else if (!title && !is("other-line", b.get(0))) {
                title = true;
                pieces.add(new Piece(BlockKind.TITLE, b, false));
            } else {
                pieces.add(new Piece(BlockKind.OTHER, b, false));
            }
            if (last != null && last.kind() == BlockKind.SIGNATURE
                    && pieces.get(pieces.size() - 1).kind() != BlockKind.SIGNATURE) {
                signatureDone = true;
            }
        }
        return pieces;
    }

    /**
     * A header line: a symbol, distribution, date or language line; or, directly next to the symbol line
     * with no blank line between, one short line such as the organ's name ("Conference on Disarmament").
     */
    private boolean isHeaderLine(Line line, Line neighbour, boolean nextToAnchor) {
        if (is("symbol", line) || is("header-line", line) || is("language-line", line)) {
            return true;
        }
        Line later = line.start() < neighbour.start() ? neighbour : line;
        return nextToAnchor && !later.blankBefore() && layout.key(line) != null && layout.isShort(line)
                && !layout.endsSentence(line) && !is("signed", line) && !is("letter-title", line);
    }

    /** Letter titles wrap over several lines, so the pattern sees the block's lines joined. */
    private boolean isLetterTitle(List<Line> block) {
        StringBuilder sb = new StringBuilder();
        for (Line l : block) {
            String key = layout.key(l);
            if (key == null) {
                return false;
            }
            sb.append(sb.isEmpty() ? "" : " ").append(key);
        }
        return rules.matches("letter-title", sb);
    }

    private boolean is(String pattern, Line line) {
        String key = layout.key(line);
        return key != null && rules.matches(pattern, key);
    }
}
