package org.bitext.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bitext.Bitext;
import org.bitext.cli.Main;
import org.bitext.index.IndexProgress;
import org.bitext.lexicon.Glossary;
import org.bitext.text.BadInputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review decisions file, the terms job applying it, and {@code bitext terms --reviewed}. */
class ReviewedTermsTest {

    @TempDir
    static Path tmp;
    static Path corpus;
    static Path index;
    static List<org.bitext.align.AlignedPair> gold;

    @BeforeAll
    static void build() throws IOException {
        corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.copy(Path.of("corpus/CD-1937.zh.txt"), corpus.resolve("CD-1937.zh.txt"));
        Files.copy(Path.of("corpus/CD-1937.en.txt"), corpus.resolve("CD-1937.en.txt"));
        index = tmp.resolve("index");
        gold = GoldUnits.read(GoldUnits.GOLD);
        Bitext.index(corpus, index, source -> gold, IndexProgress.NONE);
    }

    private static int cli(StringWriter out, StringWriter err, String... args) {
        return Main.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    }

    @Test
    void decisionsRoundTripAndTheLatestWins(@TempDir Path dir) throws IOException {
        ReviewedTerms r = ReviewedTerms.none()
                .with(TermReview.of(TermReview.Status.REJECTED, "禁产条约", "FMCT"))
                .with(new TermReview(TermReview.Status.EDITED, "执行", "NPT Review Conference",
                        "《不扩散条约》审议大会", "NPT Review Conference"))
                .with(TermReview.of(TermReview.Status.ACCEPTED, "禁产条约", "FMCT"));
        r.writeTo(dir);
        ReviewedTerms back = ReviewedTerms.readFrom(dir);
        assertEquals(r.reviews(), back.reviews());
        assertEquals(2, back.reviews().size());
        assertEquals(TermReview.Status.ACCEPTED, back.decisionOn("禁产条约", "FMCT").orElseThrow().status());

        TermPair listed = new TermPair("执行", "NPT Review Conference", TermPair.Kind.TERM, 2, 1, "association",
                List.of(), 0.4);
        TermPair edited = new TermPair("《不扩散条约》审议大会", "NPT Review Conference", TermPair.Kind.TERM, 2, 1,
                "glossary", List.of(), 1);
        assertTrue(back.hides(listed), "the listed form of an edited pair is not listed again");
        assertFalse(back.hides(edited));
        assertEquals(TermReview.Status.EDITED, back.decisionFor(edited).orElseThrow().status());

        Glossary g = back.asGlossary(new Glossary(List.of(new Glossary.Entry("出口管制", "export controls", 1)),
                List.of()));
        assertEquals(List.of("禁产条约=FMCT", "《不扩散条约》审议大会=NPT Review Conference", "出口管制=export controls"),
                g.entries().stream().map(e -> e.zh() + "=" + e.en()).toList());
    }

    @Test
    void aBrokenFileNamesTheLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(ReviewedTerms.FILE_NAME), ReviewedTerms.HEADER + "\naccepted\t禁产条约\tFMCT\t禁产条约\tFMCT\n"
                + "maybe\t裂变材料\tfissile material\t裂变材料\tfissile material\n", StandardCharsets.UTF_8);
        BadInputException e = assertThrows(BadInputException.class, () -> ReviewedTerms.readFrom(dir));
        assertTrue(e.getMessage().contains("line 3") && e.getMessage().contains("maybe"), e.getMessage());
        Files.writeString(dir.resolve(ReviewedTerms.FILE_NAME), "zh\ten\n禁产条约\tFMCT\n", StandardCharsets.UTF_8);
        assertTrue(assertThrows(BadInputException.class, () -> ReviewedTerms.readFrom(dir)).getMessage()
                .contains("not a bitext review file"));
    }

    @Test
    void onlyAnEditChangesThePairAndSidesAreOneLine() {
        assertThrows(IllegalArgumentException.class, () -> new TermReview(TermReview.Status.ACCEPTED, "执行",
                "NPT Review Conference", "审议大会", "NPT Review Conference"));
        assertThrows(IllegalArgumentException.class, () -> TermReview.of(TermReview.Status.REJECTED, "a\tb", "x"));
        assertThrows(IllegalArgumentException.class, () -> TermReview.of(TermReview.Status.REJECTED, "禁产条约", " "));
        assertThrows(IllegalArgumentException.class, () -> TermReview.Status.parse("ok"));
    }

    @Test
    void theNextRunAppliesTheDecisionsAndTheCliExportsThem() throws IOException {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        Path csv = tmp.resolve("reviewed.csv");
        assertEquals(2, cli(o, e, "terms", "--reviewed", "--index", index.toString(), "-o", csv.toString()));
        assertTrue(e.toString().contains("no accepted or edited term pairs"), e.toString());
        assertFalse(Files.exists(csv));

        Bitext.extractTerms(new TermsOptions(null, index, null, 2, 0, null, 0.5));
        TermTable first = TermTable.readFrom(index).orElseThrow();
        TermPair rejected = first.pairs().get(first.pairs().size() - 1);
        TermPair accepted = first.byZh("禁产条约").get(0);
        try (Bitext b = Bitext.open(index)) {
            b.review(TermReview.of(TermReview.Status.ACCEPTED, accepted.zh(), accepted.en()));
            b.review(TermReview.of(TermReview.Status.REJECTED, rejected.zh(), rejected.en()));
            b.review(new TermReview(TermReview.Status.EDITED, "执行", "NPT Review Conference",
                    "《不扩散条约》审议大会", "NPT Review Conference"));
        }
        // The index folder keeps the review file as bitext's own: re-indexing is not refused.
        Bitext.index(corpus, index, source -> gold, IndexProgress.NONE);

        Bitext.extractTerms(new TermsOptions(null, index, null, 2, 0, null, 0.5));
        TermTable second = TermTable.readFrom(index).orElseThrow();
        assertTrue(second.byZh(rejected.zh()).stream().noneMatch(p -> p.en().equals(rejected.en())));
        assertEquals(List.of("NPT Review Conference"),
                second.byZh("《不扩散条约》审议大会").stream().map(TermPair::en).toList());
        assertEquals("FMCT", second.byZh("禁产条约").get(0).en());

        o = new StringWriter();
        e = new StringWriter();
        assertEquals(0, cli(o, e, "terms", "--reviewed", "--index", index.toString(), "-o", csv.toString()),
                e.toString());
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals(3, lines.size(), "header and the two kept pairs: " + lines);
        assertTrue(lines.get(1).contains("禁产条约") && lines.get(1).contains("FMCT"), lines.get(1));
        assertTrue(lines.get(2).contains("《不扩散条约》审议大会"), lines.get(2));
        Path tbx = tmp.resolve("reviewed.tbx");
        assertEquals(0, cli(o, e, "terms", "--reviewed", "--index", index.toString(), "-o", tbx.toString()));
        assertTrue(Files.readString(tbx, StandardCharsets.UTF_8).contains("《不扩散条约》审议大会"));
        assertEquals(2, cli(o, e, "terms", "--reviewed", "--index", index.toString()), "-o is required");
    }
}
