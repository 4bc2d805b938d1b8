package org.bitext.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.bitext.format.Beads;
import org.bitext.text.Language;
import org.junit.jupiter.api.BeforeAll;
import org.bitext.Seeded;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Property tests on real sentences (the gold pairs of CD/1937) under perturbation: sentences dropped,
 * merged, split and locally shuffled on one side. Whatever happens, every sentence is in exactly one bead
 * and beads are in order; unperturbed identical documents align all 1-1.
 */
@ExtendWith(Seeded.class)
class SentenceAlignerPropertyTest {

    private static final List<String> EN = new ArrayList<>();
    private static final List<String> ZH = new ArrayList<>();
    private final SentenceAligner aligner = new SentenceAligner(Translations.none());

    @BeforeAll
    static void load() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/corpus/CD-1937.alignment.tsv"),
                StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            EN.add(f[3]);
            ZH.add(f[4]);
        }
    }

    @Test
    void identicalDocumentsAlignOneToOne() {
        List<Bead> beads = aligner.align(EN, EN, Language.EN);
        assertEquals(EN.size(), beads.size());
        for (int k = 0; k < beads.size(); k++) {
            assertEquals(List.of(k), beads.get(k).src());
            assertEquals(List.of(k), beads.get(k).tgt());
        }
    }

    @Test
    void goldPairsAlignOneToOneWithHighConfidence() {
        List<Bead> beads = aligner.align(EN, ZH, Language.EN);
        AlignmentProperties.assertPartition(beads, EN.size(), ZH.size());
        long oneToOne = beads.stream().filter(b -> b.src().size() == 1 && b.tgt().size() == 1
                && b.src().get(0).equals(b.tgt().get(0))).count();
        assertTrue(oneToOne >= EN.size() - 2, "1-1 beads: " + oneToOne + " of " + EN.size());
    }

    @Test
    void perturbedInputsKeepEverySentenceInOneBead(Random random) {
        for (int round = 0; round < 25; round++) {
            List<String> zh = new ArrayList<>(ZH);
            List<String> en = new ArrayList<>(EN);
            List<String> side = random.nextBoolean() ? zh : en;
            for (int op = 0; op < 1 + random.nextInt(6); op++) {
                int k = random.nextInt(side.size() - 1);
                switch (random.nextInt(4)) {
                    case 0 -> side.remove(k);
                    case 1 -> side.set(k, side.get(k) + " " + side.remove(k + 1));
                    case 2 -> {
                        String s = side.get(k);
                        int cut = s.length() / 2;
                        side.set(k, s.substring(0, cut));
                        side.add(k + 1, s.substring(cut));
                    }
                    default -> Collections.swap(side, k, k + 1);
                }
            }
            List<Bead> beads = aligner.align(en, zh, Language.EN);
            AlignmentProperties.assertPartition(beads, en.size(), zh.size());
            long twoSided = beads.stream().filter(Bead::isTwoSided).count();
            assertTrue(twoSided >= Math.min(en.size(), zh.size()) / 2, "round " + round + ": " + twoSided);
        }
    }

    @Test
    void chineseAsSourceGivesTheSwappedAlignment() {
        List<Bead> forward = aligner.align(EN, ZH, Language.EN);
        List<Bead> backward = aligner.align(ZH, EN, Language.ZH);
        assertEquals(forward.stream().map(Beads::line).toList(),
                backward.stream().map(Bead::swapped).map(Beads::line).toList());
    }

    @Test
    void longInputsUseTheBandAndStillCoverEverySentence(Random random) {
        // 3,000 x 4,200 sentences: too many cells for the exhaustive search, so the tracked band runs
        List<String> en = new ArrayList<>();
        List<String> zh = new ArrayList<>();
        while (en.size() < 3000) {
            int k = random.nextInt(EN.size());
            en.add(EN.get(k));
            String z = ZH.get(k);
            if (random.nextInt(3) == 0) {
                zh.add(z.substring(0, z.length() / 2));
                zh.add(z.substring(z.length() / 2));
            } else {
                zh.add(z);
            }
        }
        List<Bead> beads = aligner.align(en, zh, Language.EN);
        AlignmentProperties.assertPartition(beads, en.size(), zh.size());
        long twoSided = beads.stream().filter(Bead::isTwoSided).count();
        assertTrue(twoSided > 2500, "two-sided beads: " + twoSided);
    }

    @Test
    void longInputsWithAnchorsAlignNearlyEverySentenceRight(Random random) {
        // 3,000 sentences of the gold pairs, repeated (so words alone are ambiguous), every fifth one citing a
        // document symbol of its own on both sides (the anchors); a third of the Chinese ones split in two
        List<String> en = new ArrayList<>();
        List<String> zh = new ArrayList<>();
        List<Bead> truth = new ArrayList<>();
        while (en.size() < 3000) {
            int k = random.nextInt(EN.size());
            String symbol = en.size() % 5 == 0 ? " (CD/" + (2000 + en.size()) + ")" : "";
            int first = zh.size();
            en.add(EN.get(k) + symbol);
            String z = ZH.get(k) + symbol;
            if (random.nextInt(3) == 0) {
                zh.add(z.substring(0, z.length() / 2));
                zh.add(z.substring(z.length() / 2));
            } else {
                zh.add(z);
            }
            truth.add(Bead.of(en.size() - 1, 1, first, zh.size() - first, 1.0));
        }
        List<Bead> beads = aligner.align(en, zh, Language.EN);
        AlignmentProperties.assertPartition(beads, en.size(), zh.size());
        java.util.Set<String> expected = new java.util.HashSet<>();
        truth.forEach(b -> expected.add(b.src() + ":" + b.tgt()));
        long right = beads.stream().filter(b -> expected.contains(b.src() + ":" + b.tgt())).count();
        assertTrue(right >= 0.95 * en.size(), "beads equal to the truth: " + right + " of " + en.size());
    }

    @Test
    void wildlyDifferentLengthsDoNotGiveUp() {
        List<String> zh = new ArrayList<>();
        for (int r = 0; r < 20; r++) {
            zh.addAll(ZH);
        }
        List<Bead> beads = aligner.align(EN.subList(0, 3), zh, Language.EN);
        AlignmentProperties.assertPartition(beads, 3, zh.size());
        beads = aligner.align(zh.subList(0, 2), EN, Language.ZH);
        AlignmentProperties.assertPartition(beads, 2, EN.size());
        beads = aligner.align(EN, List.of(), Language.EN);
        AlignmentProperties.assertPartition(beads, EN.size(), 0);
    }
}
