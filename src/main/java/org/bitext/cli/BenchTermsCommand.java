package org.bitext.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.bitext.Bitext;
import org.bitext.bench.TermsBench;
import org.bitext.bench.ZipfCorpus;
import org.bitext.terms.BeadFileUnits;
import org.bitext.terms.TermPair;
import org.bitext.terms.TermsOptions;
import org.bitext.terms.TermsReport;
import org.bitext.text.BadInputException;
import org.bitext.text.InputFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bitext bench terms}: runs the terms job on a Bible set's gold beads and prints wall time, peak heap
 * and the top pairs (run with {@code BITEXT_JAVA_OPTS=-Xmx1g} to check the 1 GB target); with
 * {@code --units N}, on N units of a generated corpus ({@link TermsBench}), printing time, CPU, the peak heap
 * after garbage collection against the budget, and the planted terms recovered.
 */
@Command(name = "terms", description = {
    "Time and peak memory of the terms job on the Bible gold beads, or with --units N on N generated units",
    "(Zipf vocabulary, planted terms and acronyms): time, CPU, peak heap after GC, planted terms recovered."})
final class BenchTermsCommand implements Callable<Integer> {

    @Option(names = "--units", paramLabel = "N", description = "Run on N units of the generated corpus instead of"
            + " the Bible.")
    Long units;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the generated corpus (default:"
            + " ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--memory", defaultValue = "2g", paramLabel = "SIZE", description = "Heap budget of the job"
            + " (as bitext terms --memory), which the peak heap is checked against (default: ${DEFAULT-VALUE}).")
    String memory;

    @Option(names = "--min-freq", defaultValue = "2", description = "Minimum units for a term and a pair"
            + " (default: ${DEFAULT-VALUE}).")
    int minFreq;

    @Option(names = "--write", paramLabel = "FILE", description = "Only write the generated corpus to FILE"
            + " (.tmx or .jsonl), streaming, and stop.")
    Path write;

    @Parameters(index = "0", arity = "0..1", paramLabel = "BIBLE_DIR", defaultValue = "../shared/bench/bible",
            description = "Folder with NNN.en, NNN.zh and gold/NNN.align (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--set", defaultValue = "006", description = "Which set (default: ${DEFAULT-VALUE}).")
    String set;

    @Option(names = "--show", defaultValue = "20", description = "Top pairs to print (default: ${DEFAULT-VALUE}).")
    int show;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (units != null) {
            return generated();
        }
        Path en = dir.resolve(set + ".en");
        Path zh = dir.resolve(set + ".zh");
        Path beads = dir.resolve("gold").resolve(set + ".align");
        for (Path p : new Path[] {en, zh, beads}) {
            if (!Files.isRegularFile(p)) {
                throw new BadInputException(p, "benchmark file not found");
            }
        }
        Path tmp = Files.createTempDirectory("bitext-bench-terms");
        Path out = tmp.resolve("terms.tsv");
        PrintWriter w = spec.commandLine().getOut();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long start = System.nanoTime();
        TermsReport report = Bitext.extractTerms(new TermsOptions(dir, null, out, 2, 0, null,
                TermsOptions.DEFAULT_CONFIDENCE_FLOOR), new BeadFileUnits(en, zh, beads), line -> {
                    // Phase times on stderr, so that a slow phase can be found without a profiler.
                    spec.commandLine().getErr().printf(Locale.ROOT, "%6.1f s  %s%n", (System.nanoTime() - start) / 1e9,
                            line);
                    spec.commandLine().getErr().flush();
                });
        double seconds = (System.nanoTime() - start) / 1e9;
        // CPU of this thread only: candidate extraction also runs on the common pool (see CandidateCounter).
        double cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9;
        // Sum of the heap pools' peaks: an upper bound of the peak heap (the pools peak at different times).
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        w.printf(Locale.ROOT, "bench terms: set %s, %d units, %d pairs, %.1f s wall, %.1f s CPU of the calling"
                + " thread, peak heap %d MB (max heap %d MB)%n", set, report.unitsUsed(), report.terms().size(),
                seconds, cpu, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
        for (int i = 0; i < Math.min(show, report.terms().size()); i++) {
            TermPair p = report.terms().get(i).pair();
            w.printf(Locale.ROOT, "%3d  %s ⇄ %s  (%s, freq %d, score %.1f)%n", i + 1, p.zh(), p.en(), p.method(),
                    p.frequency(), p.score());
        }
        w.flush();
        Files.deleteIfExists(out);
        Files.deleteIfExists(tmp);
        return 0;
    }

    private int generated() {
        if (units < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--units must be >= 1, was " + units);
        }
        if (minFreq < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--min-freq must be >= 1, was " + minFreq);
        }
        long budget;
        try {
            budget = InputFiles.parseSize(memory);
        } catch (BadInputException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--memory must be a positive size such as"
                    + " 2g or 500m, was '" + memory + "'");
        }
        PrintWriter w = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        if (write != null) {
            long n = TermsBench.write(new ZipfCorpus(units, seed), write);
            w.printf(Locale.ROOT, "bench terms: wrote %,d generated units (seed %d) to %s in %.1f s%n", n, seed,
                    write, (System.nanoTime() - start) / 1e9);
            w.flush();
            return 0;
        }
        TermsBench.Result r = TermsBench.run(units, seed, minFreq, budget, line -> {
            // Phase times on stderr, so that a slow phase can be found without a profiler.
            err.printf(Locale.ROOT, "%6.1f s  %s%n", (System.nanoTime() - start) / 1e9, line);
            err.flush();
        });
        w.printf(Locale.ROOT, "bench terms: %,d generated units (seed %d), %,d used, %,d pairs, min-freq %d%n",
                r.units(), seed, r.unitsUsed(), r.pairs(), minFreq);
        w.printf(Locale.ROOT, "  time     %.1f s wall, %.1f s CPU (process, all threads)%n", r.wallSeconds(),
                r.cpuSeconds());
        // Judged by the heap after any collection, an upper bound: after a young collection the old generation
        // still holds garbage. The figure after full collections is the live data, but only at those moments.
        w.printf(Locale.ROOT, "  heap     peak after GC %,d MB (after full GCs: %s), max committed %,d MB, %d"
                        + " collections; budget %,d MB: %s; max heap %,d MB%n", r.peakAfterGc() >> 20,
                r.majors() > 0 ? String.format(Locale.ROOT, "%,d MB in %d", r.peakLive() >> 20, r.majors())
                        : "none ran", r.peakCommitted() >> 20, r.collections(), r.budget() >> 20,
                r.peakAfterGc() <= r.budget() ? "within" : "EXCEEDED", Runtime.getRuntime().maxMemory() >> 20);
        for (String warning : r.warnings()) {
            w.printf(Locale.ROOT, "  warning  %s%n", warning);
        }
        for (TermsBench.Recall rec : r.recall()) {
            w.printf(Locale.ROOT, "  recall   planted pairs in >= %d units: %d/%d found (%.3f)%n", rec.minUnits(),
                    rec.recovered(), rec.eligible(), rec.value());
        }
        w.printf(Locale.ROOT, "  top      %d of the first %d pairs are planted pairs%n", r.plantedInTop(), r.top());
        w.printf(Locale.ROOT, "  correct  %d of the first %d pairs (%.3f), %,d of all %,d (%.3f): the Chinese is the"
                        + " generator's for the English%n", r.correctInTop(), r.top(), (double) r.correctInTop() / r.top(),
                r.correct(), r.pairs(), (double) r.correct() / r.pairs());
        if (!r.missed().isEmpty()) {
            w.printf(Locale.ROOT, "  missed   %s%n", String.join("; ", r.missed()));
        }
        for (int i = 0; i < Math.min(show, r.head().size()); i++) {
            TermPair p = r.head().get(i);
            w.printf(Locale.ROOT, "%3d  %s ⇄ %s  (%s, freq %d, score %.1f)%n", i + 1, p.zh(), p.en(), p.method(),
                    p.frequency(), p.score());
        }
        w.flush();
        return 0;
    }
}
