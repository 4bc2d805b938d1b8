package org.bitext.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.bitext.Bitext;
import org.bitext.align.AlignedPair;
import org.bitext.align.Level;
import org.bitext.format.Tmx;
import org.bitext.format.UnitExport;
import org.bitext.terms.ExtractedTerm;
import org.bitext.terms.TermPair;
import org.bitext.terms.TermsOptions;
import org.bitext.terms.TermsReport;
import org.bitext.text.BadInputException;
import org.bitext.text.OutputFile;

/**
 * {@code bitext bench terms --units N}: the terms job (through the facade, as {@code bitext terms} runs it)
 * on N units of a {@link ZipfCorpus}, with wall time, process CPU, the peak heap after garbage collection
 * ({@link HeapWatch}) against a budget, and how many planted term pairs the output list holds: recall over
 * the planted pairs that occur in at least min-freq units (exact Chinese and English), by frequency band,
 * the share of planted pairs among the top of the list, and precision: the pairs whose Chinese is what the
 * generator gives their English (planted or not), at the top and over the whole list.
 */
public final class TermsBench {

    /** The top of the list whose planted share is reported. */
    public static final int TOP = 100;
    /** Lower bounds of the frequency bands recall is given for (besides min-freq). */
    private static final int[] BANDS = {10, 100};

    private TermsBench() {
    }

    /**
     * Recall of planted pairs that occur in at least {@code minUnits} units.
     *
     * @param minUnits  lower bound of the band
     * @param eligible  planted pairs occurring in at least that many units
     * @param recovered of those, pairs in the output list with exactly their Chinese and English
     */
    public record Recall(int minUnits, int eligible, int recovered) {
        public double value() {
            return eligible == 0 ? Double.NaN : (double) recovered / eligible;
        }
    }

    /**
     * What one run measured.
     *
     * @param units          units generated
     * @param unitsUsed      units the job used as evidence
     * @param pairs          term pairs in the output list
     * @param wallSeconds    wall time of the job
     * @param cpuSeconds     CPU time of the whole process during the job (all threads)
     * @param peakAfterGc    largest heap in use right after a collection, bytes
     * @param peakLive       largest heap in use right after a major (full) collection, bytes (0: none ran)
     * @param majors         major collections during the job
     * @param peakCommitted  largest committed heap after a collection, bytes
     * @param collections    garbage collections during the job
     * @param budget         the job's heap budget (--memory), which the peak is checked against, bytes
     * @param recall         recall at min-freq, then in the bands of at least 10 and 100 units
     * @param plantedInTop   planted pairs among the first {@code top} pairs of the list
     * @param correctInTop   correct pairs among them: the Chinese is what the generator gives the English
     *                       ({@link ZipfCorpus#translation})
     * @param correct        correct pairs in the whole list
     * @param top            min(TOP, pairs)
     * @param missed         the most frequent eligible planted pairs not in the list, "zh ⇄ en (units)", ≤ 10
     * @param head           the first pairs of the list
     * @param warnings       the job's warnings (a raised frequency threshold among them)
     */
    public record Result(long units, long unitsUsed, int pairs, double wallSeconds, double cpuSeconds,
                         long peakAfterGc, long peakLive, long majors, long peakCommitted, long collections,
                         long budget, List<Recall> recall,
                         int plantedInTop, int correctInTop, int correct, int top, List<String> missed,
                         List<TermPair> head, List<String> warnings) {
        public Result {
            warnings = List.copyOf(warnings);
            recall = List.copyOf(recall);
            missed = List.copyOf(missed);
            head = List.copyOf(head);
        }
    }

    /**
     * Runs the job on {@code units} generated units and measures it.
     *
     * @param budget   the job's heap budget in bytes (--memory), also the yardstick of the peak
     * @param progress the job's progress lines
     */
    public static Result run(long units, long seed, int minFreq, long budget, Consumer<String> progress) {
        ZipfCorpus corpus = new ZipfCorpus(units, seed);
        // Occurrences of the planted pairs, counted by generating the corpus once (no segmentation: cheap).
        Map<String, Integer> occurrences = plantedOccurrences(corpus);
        Path dir;
        try {
            dir = Files.createTempDirectory("bitext-bench-terms");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TermsReport report;
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        long peak;
        long live;
        long majors;
        long committed;
        long collections;
        try (HeapWatch heap = new HeapWatch()) {
            // The budget is the job's own (--memory), not only the yardstick the peak is compared with.
            report = Bitext.extractTerms(new TermsOptions(dir, null, null, minFreq, 0, null,
                    TermsOptions.DEFAULT_CONFIDENCE_FLOOR, budget, null), corpus, progress);
            peak = heap.peakAfterGc();
            live = heap.peakAfterMajor();
            majors = heap.majorCollections();
            committed = heap.peakCommitted();
            collections = heap.collections();
        } finally {
            try {
                Files.deleteIfExists(dir);
            } catch (IOException e) {
                progress.accept("bench terms: cannot remove " + dir + ": " + e.getMessage());
            }
        }
        double wall = (System.nanoTime() - start) / 1e9;
        double cpu = (processCpuNanos() - cpuStart) / 1e9;
        Set<String> listed = new HashSet<>();
        List<ExtractedTerm> terms = report.terms();
        int plantedInTop = 0;
        int correctInTop = 0;
        int correct = 0;
        int top = Math.min(TOP, terms.size());
        for (int i = 0; i < terms.size(); i++) {
            TermPair p = terms.get(i).pair();
            String key = key(p.zh(), p.en());
            listed.add(key);
            boolean right = p.zh().equals(corpus.translation(p.en()));
            if (right) {
                correct++;
            }
            if (i < top && occurrences.containsKey(key)) {
                plantedInTop++;
            }
            if (i < top && right) {
                correctInTop++;
            }
        }
        List<Recall> recall = new ArrayList<>();
        recall.add(recall(occurrences, listed, minFreq));
        for (int band : BANDS) {
            if (band > minFreq) {
                recall.add(recall(occurrences, listed, band));
            }
        }
        List<String> missed = occurrences.entrySet().stream()
                .filter(e -> e.getValue() >= minFreq && !listed.contains(e.getKey()))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .limit(10)
                .map(e -> e.getKey().replace("\t", " ⇄ ") + " (" + e.getValue() + ")")
                .toList();
        return new Result(units, report.unitsUsed(), terms.size(), wall, cpu, peak, live, majors, committed,
                collections, budget,
                recall, plantedInTop, correctInTop, correct, top, missed,
                terms.stream().limit(20).map(ExtractedTerm::pair).toList(), report.warnings());
    }

    /** Units holding each planted pair (full forms, and acronym ⇄ Chinese abbreviation), keyed zh TAB en. */
    static Map<String, Integer> plantedOccurrences(ZipfCorpus corpus) {
        List<PlantedTerms.Term> planted = corpus.planted();
        int[] full = new int[planted.size()];
        int[] shortForms = new int[planted.size()];
        for (long i = 0; i < corpus.size(); i++) {
            ZipfCorpus.Unit u = corpus.unit(i);
            for (int t : u.fullForms()) {
                full[t]++;
            }
            for (int t : u.shortForms()) {
                shortForms[t]++;
            }
        }
        Map<String, Integer> out = new HashMap<>();
        for (int t = 0; t < planted.size(); t++) {
            PlantedTerms.Term term = planted.get(t);
            out.put(key(term.zh(), term.en()), full[t]);
            if (term.isAcronym()) {
                out.put(key(term.zhShort(), term.acronym()), shortForms[t]);
            }
        }
        return out;
    }

    private static Recall recall(Map<String, Integer> occurrences, Set<String> listed, int minUnits) {
        int eligible = 0;
        int recovered = 0;
        for (Map.Entry<String, Integer> e : occurrences.entrySet()) {
            if (e.getValue() >= minUnits) {
                eligible++;
                if (listed.contains(e.getKey())) {
                    recovered++;
                }
            }
        }
        return new Recall(minUnits, eligible, recovered);
    }

    private static String key(String zh, String en) {
        return zh + "\t" + en;
    }

    private static long processCpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    /**
     * Writes the corpus to {@code file} as TMX ({@code .tmx}) or JSON lines ({@code .jsonl}: one object a
     * unit, with its ordinal, document, level, paragraph, unit, en, zh, confidence, address, symbol, date),
     * streaming, whole or not at all; returns the units written.
     */
    public static long write(ZipfCorpus corpus, Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".tmx")) {
            if (corpus.size() > Integer.MAX_VALUE) {
                throw new BadInputException(file, "TMX is written for at most " + Integer.MAX_VALUE + " units");
            }
            // A list view that generates each unit when the writer asks for it: nothing is held.
            List<AlignedPair> view = new AbstractList<>() {
                @Override
                public AlignedPair get(int index) {
                    return corpus.unit(index).pair();
                }

                @Override
                public int size() {
                    return (int) corpus.size();
                }
            };
            OutputFile.writeText(file, w -> Tmx.write(view, Level.SENTENCE, 0, w));
        } else if (name.endsWith(".jsonl")) {
            OutputFile.writeText(file, w -> UnitExport.writeJsonl(corpus, w));
        } else {
            throw new BadInputException(file, "unknown corpus format (use .tmx or .jsonl)");
        }
        return corpus.size();
    }
}
