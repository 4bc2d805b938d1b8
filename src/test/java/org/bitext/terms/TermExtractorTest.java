package org.bitext.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bitext.align.AlignedPair;
import org.bitext.align.Level;
import org.bitext.lexicon.Glossary;
import org.bitext.text.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extractor on the real CD/1937 sentence pairs (gold alignment) and on hostile input. */
class TermExtractorTest {

    private static TermExtractor.Result run(Glossary glossary) {
        return new TermExtractor(new TermExtractor.Settings(2, 0.5, glossary), m -> { })
                .extract(GoldUnits.source(), GoldUnits.GOLD);
    }

    private static int rank(List<ExtractedTerm> terms, String zh, String en) {
        for (int i = 0; i < terms.size(); i++) {
            if (terms.get(i).pair().zh().equals(zh) && terms.get(i).pair().en().equals(en)) {
                return i + 1;
            }
        }
        return -1;
    }

    @Test
    void requiredPairsAreAmongTheTopFifty() {
        List<ExtractedTerm> terms = run(Glossary.none()).terms();
        String[][] required = {{"禁产条约", "FMCT"}, {"不扩散条约", "NPT"}, {"筹委会", "PrepCom"}, {"裁谈会", "CD"},
            {"禁核试条约", "CTBT"}, {"原子能机构", "IAEA"}, {"附加议定书", "Additional Protocol"},
            {"不扩散和裁军倡议", "NPDI"}, {"审议大会", "Review Conference"}};
        for (String[] r : required) {
            int rank = rank(terms, r[0], r[1]);
            assertTrue(rank >= 1 && rank <= 50, r[0] + " ⇄ " + r[1] + " ranked " + rank);
        }
    }

    @Test
    void definitionsCarryTheirFullFormsAndKinds() {
        List<ExtractedTerm> terms = run(Glossary.none()).terms();
        TermPair fmct = terms.get(rank(terms, "禁产条约", "FMCT") - 1).pair();
        assertEquals(TermPair.Kind.ACRONYM, fmct.kind());
        assertEquals("definition", fmct.method());
        assertEquals(List.of("CD-1937:8", "CD-1937:9", "CD-1937:10"), fmct.examples());
        assertTrue(rank(terms, "筹备委员会", "Preparatory Committee") > 0);
        assertTrue(rank(terms, "全面禁止核试验条约", "Comprehensive Nuclear-Test-Ban Treaty") > 0);
        assertTrue(rank(terms, "不扩散核武器条约", "Treaty on the Non-Proliferation of Nuclear Weapons") > 0);
        assertEquals(TermPair.Kind.ABBREVIATION, terms.get(rank(terms, "筹委会", "PrepCom") - 1).pair().kind());
    }

    @Test
    void rareCompositionalTermsComeThroughTheDictionaryWithALowerConfidence() {
        List<ExtractedTerm> terms = run(Glossary.none()).terms();
        int ims = rank(terms, "国际监测系统", "International Monitoring System");
        assertTrue(ims > 0);
        TermPair p = terms.get(ims - 1).pair();
        assertEquals("lexicon", p.method());
        assertEquals(1, p.frequency());
        // Seen once: less sure than any definition, whatever the termhood.
        TermPair fmct = terms.get(rank(terms, "禁产条约", "FMCT") - 1).pair();
        assertTrue(p.confidence() < fmct.confidence(), p + " vs " + fmct);
        // A phrase held together by "to" or "by" is not taken as a term.
        assertTrue(terms.stream().noneMatch(t -> t.pair().method().equals("lexicon")
                && t.pair().en().matches(".*\\b(to|by|are|with)\\b.*")), terms.toString());
        // No Chinese term keeps its title brackets.
        assertTrue(terms.stream().noneMatch(t -> t.pair().zh().contains("《")), terms.toString());
    }

    @Test
    void outputIsDeterministicAndOrdered() {
        List<ExtractedTerm> a = run(Glossary.none()).terms();
        List<ExtractedTerm> b = run(Glossary.none()).terms();
        assertEquals(a, b);
        for (int i = 1; i < a.size(); i++) {
            assertTrue(a.get(i - 1).pair().confidence() >= a.get(i).pair().confidence(), "order at " + i);
        }
        for (ExtractedTerm t : a) {
            assertTrue(t.pair().frequency() >= 1 && t.pair().examples().size() <= 3, t.toString());
        }
    }

    @Test
    void glossaryWithBadLinesIsReportedByLineAndTheRestUsed(@TempDir Path dir) throws IOException {
        Path g = dir.resolve("g.tsv");
        Files.writeString(g, "zh\ten\n出口管制\texport controls\nno tab here\n\tempty\n民间社会\tcivil society\n"
                + "abc\tnot chinese\n", StandardCharsets.UTF_8);
        Glossary glossary = Glossary.read(g);
        assertEquals(2, glossary.entries().size());
        assertEquals(3, glossary.warnings().size());
        assertTrue(glossary.warnings().get(0).contains("line 3"), glossary.warnings().get(0));
        assertTrue(glossary.warnings().get(1).contains("line 4"), glossary.warnings().get(1));
        assertTrue(glossary.warnings().get(2).contains("line 6"), glossary.warnings().get(2));
        TermExtractor.Result r = run(glossary);
        List<ExtractedTerm> terms = r.terms();
        int civil = rank(terms, "民间社会", "civil society");
        assertTrue(civil > 0);
        assertEquals("glossary", terms.get(civil - 1).pair().method());
        assertEquals(3, r.warnings().size());
    }

    @Test
    void emptyCorpusIsAClearError() {
        BadInputException e = assertThrows(BadInputException.class, () -> new TermExtractor(
                new TermExtractor.Settings(2, 0.5, Glossary.none()), m -> { }).extract(c -> { }, Path.of("corpus")));
        assertTrue(e.getMessage().contains("no aligned units"), e.getMessage());
    }

    @Test
    void unitsBelowTheConfidenceFloorAreNotUsed() {
        List<AlignedPair> weak = GoldUnits.read(GoldUnits.GOLD).stream().map(p -> new AlignedPair(p.document(),
                p.level(), p.paragraph(), p.unit(), p.en(), p.zh(), 0.2)).toList();
        BadInputException e = assertThrows(BadInputException.class, () -> new TermExtractor(
                new TermExtractor.Settings(2, 0.5, Glossary.none()), m -> { }).extract(weak::forEach, Path.of("c")));
        assertTrue(e.getMessage().contains("none of the 74 aligned units"), e.getMessage());
    }

    @Test
    void unbalancedBracketsInBothLanguagesDoNotBreakTheRun() {
        List<AlignedPair> pairs = new java.util.ArrayList<>(GoldUnits.read(GoldUnits.GOLD));
        pairs.addAll(List.of(
                new AlignedPair("d", Level.SENTENCE, "1", 1, "The Preparatory Committee (PrepCom met. PrepCom) ((",
                        "筹备委员会(筹委会开会。筹委会)）（", 1.0),
                new AlignedPair("d", Level.SENTENCE, "2", 1, "The PrepCom agreed (.", "筹委会同意（。", 1.0),
                new AlignedPair("d", Level.SENTENCE, "3", 1, ") PrepCom (", ")筹委会《", 1.0)));
        TermExtractor.Result r = new TermExtractor(new TermExtractor.Settings(2, 0.5, Glossary.none()), m -> { })
                .extract(pairs::forEach, Path.of("c"));
        int rank = rank(r.terms(), "筹委会", "PrepCom");
        assertTrue(rank > 0, r.terms().toString());
        assertEquals(7 + 3, r.terms().get(rank - 1).pair().frequency());
    }
}
