package org.bitext.index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.bitext.text.Language;

/**
 * The analysis CAT tools print before a job: each sentence of a new document looked up, counted in the band
 * of its best match (segments and words), a sentence met earlier in the same document counted as a
 * repetition instead (it will be translated once). Words are the lookup's tokens: English words, Chinese
 * characters (CAT tools count Chinese by characters too).
 *
 * @param bands    the bands in {@link Band} order, with their counts
 * @param segments every sentence in document order with its best match (or none) and whether it repeats one
 */
public record TmAnalysis(List<BandCount> bands, List<Segment> segments) {

    /** The bands of the analysis table, best first. */
    public enum Band {
        EXACT("100%", 100, 100), HIGH("95-99%", 95, 99), MID("85-94%", 85, 94), LOW("75-84%", 75, 84),
        FUZZY("50-74%", 50, 74), NO_MATCH("no match", -1, -1), REPETITION("repetitions", -1, -1);

        private final String label;
        private final int from;
        private final int to;

        Band(String label, int from, int to) {
            this.label = label;
            this.from = from;
            this.to = to;
        }

        public String label() {
            return label;
        }

        /** The band of a best match's percentage (below 50: no match). */
        public static Band of(int percent) {
            for (Band b : values()) {
                if (percent >= b.from && percent <= b.to) {
                    return b;
                }
            }
            return NO_MATCH;
        }
    }

    /** Lowest percentage a match must have to count in a band. */
    public static final int MIN = 50;

    /** Segments and words in one band. */
    public record BandCount(Band band, int segments, int words) {
        public BandCount {
            Objects.requireNonNull(band, "band");
            if (segments < 0 || words < 0) {
                throw new IllegalArgumentException("negative count in " + band + ": " + segments + ", " + words);
            }
        }
    }

    /**
     * One sentence of the document.
     *
     * @param result     its lookup (null for a repetition: not looked up again)
     * @param band       where it is counted
     * @param words      its words (English) or characters (Chinese)
     */
    public record Segment(String text, TmResult result, Band band, int words) {
        public Segment {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(band, "band");
        }

        /** The best match, or null. */
        public TmMatch best() {
            return result == null || result.matches().isEmpty() ? null : result.matches().get(0);
        }
    }

    public TmAnalysis {
        bands = List.copyOf(bands);
        segments = List.copyOf(segments);
    }

    /**
     * Analyses {@code sentences} (one language), looking each first occurrence up with {@code lookup}
     * (which should ask for matches of {@link #MIN} % or more).
     */
    public static TmAnalysis of(List<String> sentences, Function<String, TmResult> lookup) {
        Set<String> seen = new HashSet<>();
        List<Segment> segments = new ArrayList<>();
        int[] segs = new int[Band.values().length];
        int[] words = new int[Band.values().length];
        for (String s : sentences) {
            if (s.isBlank()) {
                continue;
            }
            Language lang = TmText.detect(s);
            int n = lang == null ? 0 : TmText.of(s, lang).size();
            Segment seg;
            if (!seen.add(s.strip().replaceAll("\\s+", " "))) {
                seg = new Segment(s, null, Band.REPETITION, n);
            } else {
                TmResult r = lookup.apply(s);
                seg = new Segment(s, r, r.matches().isEmpty() ? Band.NO_MATCH : Band.of(r.matches().get(0).percent()),
                        n);
            }
            segments.add(seg);
            segs[seg.band().ordinal()]++;
            words[seg.band().ordinal()] += n;
        }
        List<BandCount> bands = new ArrayList<>();
        for (Band b : Band.values()) {
            bands.add(new BandCount(b, segs[b.ordinal()], words[b.ordinal()]));
        }
        return new TmAnalysis(bands, segments);
    }

    /**
     * The best match of each looked-up sentence when it reaches {@code min} %, in document order (repetitions
     * and weaker matches left out): what the project memory holds.
     */
    public List<TmResult> best(int min) {
        List<TmResult> out = new ArrayList<>();
        for (Segment s : segments) {
            TmMatch m = s.best();
            if (m != null && m.percent() >= min) {
                out.add(new TmResult(s.result().query(), s.result().language(), List.of(m), null));
            }
        }
        return out;
    }
}
