package org.bitext.align;

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

/**
 * The alignment benchmark: aligns the Bible sets {@code 001} and {@code 006} (when present) in a fresh JVM
 * with a 512 MB heap and the launcher's start-up flags, the way a user runs {@code bitext align
 * --presegmented}, and reports whole-process
 * wall time (JVM start included), peak memory when {@code /usr/bin/time} is there, and strict/lax F1
 * against the gold beads.
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
                List<String> cmd = new ArrayList<>();
                boolean timed = Files.isExecutable(Path.of("/usr/bin/time"));
                if (timed) {
                    cmd.addAll(List.of("/usr/bin/time", "-f", "BITEXT_RSS_KB=%M\nBITEXT_CPU=%U %S"));
                }
                cmd.addAll(javaCommand());
                cmd.addAll(List.of("align", "--presegmented", en.toString(), zh.toString(), "-o", test.toString()));
                long t0 = System.nanoTime();
                Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
                int rc = p.waitFor();
                double wall = (System.nanoTime() - t0) / 1e9;
                String output = Files.readString(log, StandardCharsets.UTF_8);
                if (rc != 0) {
                    throw new IOException("aligning " + set + " failed (exit " + rc + "): " + output.strip());
                }
                Matcher m = RSS.matcher(output);
                long rss = m.find() ? Long.parseLong(m.group(1)) : -1;
                Matcher c = CPU.matcher(output);
                double cpu = c.find() ? Double.parseDouble(c.group(1)) + Double.parseDouble(c.group(2)) : -1;
                AlignmentEval.Scores s = new AlignmentEval().add(BeadFile.read(gold), BeadFile.read(test)).scores();
                out.add(new Result(set, lines(en), lines(zh), wall, cpu, rss, s));
            } finally {
                Files.deleteIfExists(test);
                Files.deleteIfExists(log);
            }
        }
        return out;
    }

    /**
     * {@code java -Xmx512m <launcher flags> -jar bitext.jar} (or {@code -cp} the class path when run from
     * classes): the start-up flags of the {@code ./bitext} launcher, read from the same file, so that the
     * benchmark measures what a user runs. The class-data-sharing archive is dropped when the jar is newer.
     */
    static List<String> javaCommand() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m"));
        boolean jar = cp.endsWith(".jar") && !cp.contains(File.pathSeparator);
        Path target = jar ? Path.of(cp).toAbsolutePath().getParent() : null;
        if (target != null) {
            Path jsa = target.resolve("bitext.jsa");
            boolean stale = Files.exists(jsa)
                    && Files.getLastModifiedTime(jsa).compareTo(Files.getLastModifiedTime(Path.of(cp))) < 0;
            if (stale) {
                Files.delete(jsa);
            }
        }
        for (String flag : launcherFlags()) {
            if (!flag.contains("@TARGET@")) {
                cmd.add(flag);
            } else if (target != null) {
                cmd.add(flag.replace("@TARGET@", target.toString()));
            }
        }
        if (jar) {
            cmd.addAll(List.of("-jar", cp));
        } else {
            cmd.addAll(List.of("-cp", cp, "org.bitext.cli.Main"));
        }
        return cmd;
    }

    /** The launcher's JVM flags (from {@code org/bitext/cli/jvm.options}; {@code @TARGET@} = the jar's folder). */
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
