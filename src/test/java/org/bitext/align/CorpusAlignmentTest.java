package org.bitext.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.bitext.Bitext;
import org.bitext.segment.BlockKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** CD/1937 aligned end to end (segmenter, CC-CEDICT, aligner) against the gold alignment. */
class CorpusAlignmentTest {

    private static DocumentAlignment alignment;

    @BeforeAll
    static void align() {
        alignment = Bitext.align(Path.of("corpus/CD-1937.zh.txt"), Path.of("corpus/CD-1937.en.txt"),
                AlignOptions.defaults());
    }

    @Test
    void all24NumberedParagraphsArePairedByNumber() {
        Set<String> anchored = new HashSet<>();
        for (ParagraphBead p : alignment.paragraphs()) {
            if (p.anchored() && p.en().size() == 1 && p.zh().size() == 1) {
                AlignUnit e = alignment.enUnits().get(p.en().get(0));
                AlignUnit z = alignment.zhUnits().get(p.zh().get(0));
                if (e.number() != null) {
                    assertEquals(e.number(), z.number());
                    anchored.add(e.label());
                }
            }
        }
        for (int n = 1; n <= 24; n++) {
            assertTrue(anchored.contains(Integer.toString(n)), "paragraph " + n + " not paired by number");
        }
        assertTrue(alignment.warnings().stream().noneMatch(w -> w.contains("only in")), alignment.warnings().toString());
    }

    @Test
    void frontMatterBlocksArePairedByKind() {
        Set<BlockKind> paired = new HashSet<>();
        for (ParagraphBead p : alignment.paragraphs()) {
            if (p.en().size() == 1 && p.zh().size() == 1) {
                BlockKind e = alignment.enUnits().get(p.en().get(0)).kind();
                BlockKind z = alignment.zhUnits().get(p.zh().get(0)).kind();
                if (e != null && e == z) {
                    paired.add(e);
                }
            }
        }
        assertTrue(paired.containsAll(List.of(BlockKind.LETTER_TITLE, BlockKind.LETTER, BlockKind.SIGNATURE,
                BlockKind.TITLE, BlockKind.PLACE_DATE)), paired.toString());
    }

    @Test
    void sentenceBeadsOfParagraphs1To24EqualTheGold() throws IOException {
        Map<String, Set<String>> gold = new TreeMap<>();
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/corpus/CD-1937.alignment.tsv"),
                StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            if (!f[0].equals("0")) {
                gold.computeIfAbsent(f[0], k -> new HashSet<>()).add("[" + f[1] + "]:[" + f[2].replace(" ", "") + "]");
            }
        }
        Map<String, Set<String>> test = new TreeMap<>();
        for (ParagraphBead p : alignment.paragraphs()) {
            if (!gold.containsKey(p.label())) {
                continue;
            }
            Set<String> beads = new HashSet<>();
            for (Bead b : p.sentences()) {
                beads.add(b.src().stream().map(x -> Integer.toString(x + 1)).collect(Collectors.joining(",", "[", "]"))
                        + ":" + b.tgt().stream().map(x -> Integer.toString(x + 1)).collect(Collectors.joining(",", "[", "]")));
            }
            test.put(p.label(), beads);
        }
        assertEquals(gold, test);
        int count = gold.values().stream().mapToInt(Set::size).sum();
        long twoOne = gold.values().stream().flatMap(Set::stream).filter(b -> b.matches("\\[\\d+\\]:\\[\\d+,\\d+\\]")).count();
        assertEquals(68, count);
        assertEquals(5, twoOne);
    }
}
