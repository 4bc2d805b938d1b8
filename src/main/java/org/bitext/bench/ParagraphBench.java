package org.bitext.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bitext.Bitext;
import org.bitext.align.AlignOptions;
import org.bitext.align.DocumentAlignment;
import org.bitext.align.Level;

/**
 * Scaling of a document pair with very many numbered paragraphs (issue 14: the paragraph-anchor chain was
 * quadratic, 100k paragraphs took 46-65 s against 10 s for 50k). Writes an English and a Chinese document of
 * N numbered paragraphs (sentences of UN disarmament texts in rotation, numbers and one paragraph missing on
 * the Chinese side so that anchors and gaps both occur), segments and aligns them through the facade, and
 * reports the time per size: linear time means a constant time per thousand paragraphs.
 */
public final class ParagraphBench {

    private static final String[] EN = {
        "The Conference on Disarmament resumed its consideration of item %d of its agenda.",
        "We call upon all nuclear-weapon States to cease the production of fissile material. The delegation of"
            + " %d States supported the proposal.",
        "The negotiation of a fissile material cut-off treaty remains a priority for %d delegations.",
        "The President thanked the Secretary-General for his message of %d pages."};
    private static final String[] ZH = {
        "裁军谈判会议继续审议其议程项目%d。",
        "我们呼吁所有核武器国家停止生产裂变材料。%d个国家的代表团支持这项提案。",
        "谈判禁产条约仍然是%d个代表团的优先事项。",
        "主席感谢秘书长发来的%d页的致辞。"};

    /** One size: paragraphs, the whole segment-and-align time, and the resulting beads. */
    public record Result(int paragraphs, double seconds, double cpuSeconds, int paragraphBeads, int sentenceUnits) {
        public String summary() {
            return String.format(Locale.ROOT, "%,d numbered paragraphs: segmented and aligned in %.2f s wall, %.2f s"
                    + " CPU (%.1f ms CPU per 1,000 paragraphs), %,d paragraph beads, %,d sentence units", paragraphs,
                    seconds, cpuSeconds, cpuSeconds * 1e6 / paragraphs, paragraphBeads, sentenceUnits);
        }
    }

    /** CPU time of the whole process (every thread, the collector's included): not skewed by other load. */
    private static double processCpuSeconds() {
        return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(-1.0);
    }

    private ParagraphBench() {
    }

    /** Runs every size in {@code sizes} (ascending order recommended), files written under {@code dir}. */
    public static List<Result> run(List<Integer> sizes, Path dir) throws IOException {
        List<Result> out = new ArrayList<>();
        // An untimed small run first: the JIT and the dictionary loaded, as in a warm process.
        measure(2_000, dir);
        for (int n : sizes) {
            out.add(measure(n, dir));
        }
        return out;
    }

    private static Result measure(int n, Path dir) throws IOException {
        if (n < 10) {
            throw new IllegalArgumentException("paragraphs must be >= 10, was " + n);
        }
        Path en = dir.resolve("paragraphs-" + n + ".en.txt");
        Path zh = dir.resolve("paragraphs-" + n + ".zh.txt");
        StringBuilder e = new StringBuilder(n * 110);
        StringBuilder z = new StringBuilder(n * 50);
        e.append("CD/9999\n\nConference on Disarmament\n\n");
        z.append("CD/9999\n\n裁军谈判会议\n\n");
        for (int p = 1; p <= n; p++) {
            e.append(p).append(". ").append(String.format(Locale.ROOT, EN[p % EN.length], p)).append("\n\n");
            if (p % 1000 != 500) { // one paragraph in a thousand has no translation
                z.append(p).append(". ").append(String.format(Locale.ROOT, ZH[p % ZH.length], p)).append("\n\n");
            }
        }
        Files.writeString(en, e, StandardCharsets.UTF_8);
        Files.writeString(zh, z, StandardCharsets.UTF_8);
        System.gc();
        double cpu0 = processCpuSeconds();
        long t0 = System.nanoTime();
        DocumentAlignment a = Bitext.align(zh, en, AlignOptions.defaults());
        double seconds = (System.nanoTime() - t0) / 1e9;
        Result r = new Result(n, seconds, processCpuSeconds() - cpu0, a.paragraphs().size(),
                a.pairs(Level.SENTENCE).size());
        Files.delete(en);
        Files.delete(zh);
        return r;
    }
}
