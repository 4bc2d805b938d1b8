package org.bitext.terms;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bitext.Bitext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The term list of the shipped corpus, as a terminologist runs it (aligned by bitext, not the gold
 * alignment), judged against the hand-made gold list and the cases issue 13 names.
 */
class TermsGoldTest {

    @TempDir
    static Path tmp;
    private static List<TermPair> pairs;
    private static final GoldTerms GOLD = new GoldTerms();

    @BeforeAll
    static void extract() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.copy(Path.of("corpus/CD-1937.zh.txt"), corpus.resolve("CD-1937.zh.txt"));
        Files.copy(Path.of("corpus/CD-1937.en.txt"), corpus.resolve("CD-1937.en.txt"));
        TermsReport report = Bitext.extractTerms(new TermsOptions(corpus, tmp.resolve("index"), null, 2, 0, null,
                TermsOptions.DEFAULT_CONFIDENCE_FLOOR));
        pairs = report.terms().stream().map(ExtractedTerm::pair).toList();
        double p50 = GOLD.precisionAt(pairs, 50);
        double recall = GOLD.recall(pairs);
        System.out.printf(java.util.Locale.ROOT, "CD/1937 against the gold list (%d entries): P@50 %.2f, recall %.2f"
                + " (%d pairs)%n", GOLD.size(), p50, recall, pairs.size());
        for (int i = 0; i < Math.min(100, pairs.size()); i++) {
            TermPair p = pairs.get(i);
            System.out.printf(java.util.Locale.ROOT, "%3d %s %s ⇄ %s  (%s, %.3f)%n", i + 1,
                    GOLD.contains(p) ? "+" : "-", p.zh(), p.en(), p.method(), p.confidence());
        }
        GOLD.missed(pairs).forEach(e -> System.out.println("missed: " + e.zh() + " ⇄ " + e.en()));
    }

    @Test
    void precisionOfTheTopFiftyAndRecallAgainstTheGoldList() {
        double p50 = GOLD.precisionAt(pairs, 50);
        double recall = GOLD.recall(pairs);
        assertTrue(p50 >= 0.8, "P@50 " + p50);
        assertTrue(recall >= 0.6, "recall " + recall);
    }

    private static int rank(String zh, String en) {
        for (int i = 0; i < pairs.size(); i++) {
            if (pairs.get(i).zh().equals(zh) && GoldTerms.normalize(pairs.get(i).en()).equals(GoldTerms.normalize(en))) {
                return i + 1;
            }
        }
        return -1;
    }

    /** The issue's "Missing" pairs, all of them (纪实性总结 ⇄ factual summary occurs once: a dictionary pair). */
    @Test
    void theMissingPairsOfTheIssueAreFound() {
        for (String[] want : new String[][] {{"大规模毁灭性武器", "weapons of mass destruction"},
                {"和平利用核能", "peaceful uses of nuclear energy"}, {"无核武器区", "nuclear-weapon-free zones"},
                {"无核武器国家", "non-nuclear-weapon States"}, {"早期预警机制", "early-warning mechanism"},
                {"国际监测系统", "International Monitoring System"},
                {"现场视察", "on-site inspections"}, {"纪实性总结", "factual summary"}}) {
            assertTrue(rank(want[0], want[1]) > 0, want[0] + " ⇄ " + want[1] + " not found");
        }
    }

    @Test
    void noWrongBoundaryNonTermOrWrongPairOfTheIssueIsInTheTopHundred() {
        List<TermPair> top = pairs.subList(0, Math.min(100, pairs.size()));
        String[][] wrong = {{"扩散制度", null}, {"全球核", null}, {"国际核", null}, {"报告格式草案", "reporting form"},
                {"区域", "States of the region"}, {"最终消除", null}, {null, "reduce and ultimately eliminate"},
                {"和平利用", null}, {null, "mass destruction"}, {"实现无核武器世界", null}, {"国家", "States"},
                {"全球", "global"}, {"材料", null}, {"国际", null}, {"行动", null}, {"裁军和不扩散", null},
                {"成功举行", null}, {null, "successful conference"}, {"生产用于核武器", null}};
        for (TermPair p : top) {
            for (String[] w : wrong) {
                boolean zh = w[0] == null || w[0].equals(p.zh());
                boolean en = w[1] == null || w[1].equalsIgnoreCase(p.en());
                assertTrue(!(zh && en), "wrong pair in the top 100: " + p.zh() + " ⇄ " + p.en());
            }
        }
    }
}
