package org.bitext.bench;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bitext.align.AlignmentEval;
import org.bitext.align.Presegmented;
import org.bitext.format.Beads;

/**
 * The alignment benchmark: aligns the Bible sets {@code 001} and {@code 006} (when present) the way a user
 * runs {@code bitext align --presegmented}: through the {@code ./bitext} launcher (its start-up flags and
 * cache, after one untimed run that makes the cache after a build) with a 512 MB heap, each set in a fresh
 * JVM; reports whole-process wall time (JVM start included), CPU time and peak memory when
 * {@code /usr/bin/time} is there, and strict/lax F1 against the gold beads.
 */
public final class AlignBench {

    private static final Pattern RSS = Pattern.compile("(?m)^BITEXT_RSS_KB=(\\d+)$");
    private static final Pattern CPU = Pattern.compile("(?m)^BITEXT_CPU=([0-9.]+) ([0-9.]+)$");

    private AlignBench() {
    }

    /**
     * One measured set. {@code cpuSeconds} (user + system, all threads) and {@code peakRssKb} are -1 when
     * they could not be measured; CPU time is the figure to trust on a loaded machine.
     */
    public record Result(String set, int enSentences, int zhSentences, double wallSeconds, double cpuSeconds,
                         long peakRssKb,
                         AlignmentEval.Scores scores) {
    }

    /** Runs every set of {@code sets} found in {@code benchDir} (e.g. ../shared/bench/bible). */
    public static List<Result> run(Path benchDir, List<String> sets) throws IOException, InterruptedException {
        List<Result> out = new ArrayList<>();
        boolean warmedUp = false;
        for (String set : sets) {
            Path en = benchDir.resolve(set + ".en");
            Path zh = benchDir.resolve(set + ".zh");
            Path gold = benchDir.resolve("gold").resolve(set + ".align");
            if (!Files.isRegularFile(en) || !Files.isRegularFile(zh) || !Files.isRegularFile(gold)) {
                continue;
            }
            Path test = Files.createTempFile("bitext-bench-" + set, ".align");
            Path log = Files.createTempFile("bitext-bench-" + set, ".log");
            try {
                List<String> align = new ArrayList<>(bitextCommand());
                align.addAll(List.of("align", "--presegmented", en.toString(), zh.toString(), "-o", test.toString()));
                if (!warmedUp) {
                    // untimed: the first run after a build makes the launcher's start-up cache
                    start(align, log).waitFor();
                    warmedUp = true;
                }
                List<String> cmd = new ArrayList<>();
                boolean timed = Files.isExecutable(Path.of("/usr/bin/time"));
                if (timed) {
                    cmd.addAll(List.of("/usr/bin/time", "-f", "BITEXT_RSS_KB=%M\nBITEXT_CPU=%U %S"));
                }
                cmd.addAll(align);
                long t0 = System.nanoTime();
                int rc = start(cmd, log).waitFor();
                double wall = (System.nanoTime() - t0) / 1e9;
                String output = Files.readString(log, StandardCharsets.UTF_8);
                if (rc != 0) {
                    throw new IOException("aligning " + set + " failed (exit " + rc + "): " + output.strip());
                }
                Matcher m = RSS.matcher(output);
                long rss = m.find() ? Long.parseLong(m.group(1)) : -1;
                Matcher c = CPU.matcher(output);
                double cpu = c.find() ? Double.parseDouble(c.group(1)) + Double.parseDouble(c.group(2)) : -1;
                AlignmentEval.Scores s = new AlignmentEval().add(Beads.read(gold), Beads.read(test)).scores();
                out.add(new Result(set, lines(en), lines(zh), wall, cpu, rss, s));
            } finally {
                Files.deleteIfExists(test);
                Files.deleteIfExists(log);
            }
        }
        return out;
    }

    /**
     * How a user runs bitext: the {@code ./bitext} launcher beside the jar's folder (with its start-up flags
     * and cache) under {@code BITEXT_JAVA_OPTS=-Xmx512m} and this JDK; without a launcher (run from classes),
     * {@code java -Xmx512m} with the launcher's flags of {@code jvm.options}.
     */
    static List<String> bitextCommand() throws IOException {
        Path launcher = launcher();
        if (launcher != null) {
            return List.of(launcher.toString());
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m"));
        cmd.addAll(launcherFlags());
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.bitext.cli.Main"));
        return cmd;
    }

    /** The command the figures are for, to print beside them. */
    public static String describeCommand() throws IOException {
        return launcher() != null ? "BITEXT_JAVA_OPTS=-Xmx512m ./bitext align --presegmented EN ZH -o FILE"
                : "java -Xmx512m " + String.join(" ", launcherFlags()) + " -cp CLASSES org.bitext.cli.Main align "
                        + "--presegmented EN ZH -o FILE";
    }

    /** {@code ../bitext} of {@code target/bitext.jar} when running from the jar and it is there, else null. */
    private static Path launcher() {
        String cp = System.getProperty("java.class.path");
        if (!cp.endsWith(".jar") || cp.contains(File.pathSeparator)) {
            return null;
        }
        Path target = Path.of(cp).toAbsolutePath().getParent();
        Path launcher = target == null || target.getParent() == null ? null : target.getParent().resolve("bitext");
        return launcher != null && Files.isExecutable(launcher) ? launcher : null;
    }

    private static Process start(List<String> cmd, Path log) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("BITEXT_JAVA_OPTS", "-Xmx512m");
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        return pb.start();
    }

    /** The launcher's JVM flags, from {@code org/bitext/cli/jvm.options} (its start-up cache aside). */
    public static List<String> launcherFlags() throws IOException {
        try (InputStream in = AlignBench.class.getResourceAsStream("/org/bitext/cli/jvm.options")) {
            if (in == null) {
                throw new IllegalStateException("resource org/bitext/cli/jvm.options is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }

    private static int lines(Path file) throws IOException {
        return Presegmented.read(file).size();
    }
}
