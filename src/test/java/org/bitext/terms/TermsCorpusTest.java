package org.bitext.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bitext.Bitext;
import org.bitext.index.Hit;
import org.bitext.index.SearchRequest;
import org.bitext.index.SearchResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The terms job on the shipped corpus as the aligner aligns it (not the gold pairs), then search. */
class TermsCorpusTest {

    @Test
    void shippedCorpusGivesTheRequiredPairsAmongTheTopFifty(@TempDir Path tmp) throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.copy(Path.of("corpus/CD-1937.zh.txt"), corpus.resolve("CD-1937.zh.txt"));
        Files.copy(Path.of("corpus/CD-1937.en.txt"), corpus.resolve("CD-1937.en.txt"));
        Path out = tmp.resolve("terms.csv");
        TermsReport report = Bitext.extractTerms(new TermsOptions(corpus, tmp.resolve("index"), out, 2, 0, null,
                TermsOptions.DEFAULT_CONFIDENCE_FLOOR));
        List<String> top = report.terms().subList(0, 50).stream()
                .map(t -> t.pair().zh() + " ⇄ " + t.pair().en()).toList();
        for (String want : List.of("禁产条约 ⇄ FMCT", "不扩散条约 ⇄ NPT", "筹委会 ⇄ PrepCom", "裁谈会 ⇄ CD",
                "禁核试条约 ⇄ CTBT", "原子能机构 ⇄ IAEA", "附加议定书 ⇄ Additional Protocol",
                "不扩散和裁军倡议 ⇄ NPDI", "审议大会 ⇄ Review Conference")) {
            assertTrue(top.contains(want), want + " not in " + top);
        }
        assertTrue(Files.size(out) > 0);
        assertEquals(report.terms().size(), TermTable.readFrom(tmp.resolve("index")).orElseThrow().pairs().size());
        // The corpus was indexed on the way, so search reads the same units and the new term table.
        try (Bitext b = Bitext.open(tmp.resolve("index"))) {
            SearchResult r = b.search(SearchRequest.of("禁产条约"));
            assertFalse(r.hits().isEmpty());
            for (Hit h : r.hits()) {
                assertEquals("FMCT", h.spotted(), h.en());
            }
        }
    }

    @Test
    void aCorpusMovedElsewhereIsIndexedAgainLikeIndexDoes(@TempDir Path tmp) throws IOException {
        Path old = Files.createDirectories(tmp.resolve("old/corpus"));
        Files.copy(Path.of("corpus/CD-1937.zh.txt"), old.resolve("CD-1937.zh.txt"));
        Files.copy(Path.of("corpus/CD-1937.en.txt"), old.resolve("CD-1937.en.txt"));
        Path index = tmp.resolve("index");
        Bitext.extractTerms(new TermsOptions(old, index, null, 2, 0, null, TermsOptions.DEFAULT_CONFIDENCE_FLOOR));
        // The checkout is copied elsewhere; the index folder still names the old corpus path.
        Path moved = Files.createDirectories(tmp.resolve("new/corpus"));
        Files.copy(old.resolve("CD-1937.zh.txt"), moved.resolve("CD-1937.zh.txt"));
        Files.copy(old.resolve("CD-1937.en.txt"), moved.resolve("CD-1937.en.txt"));
        TermsReport report = Bitext.extractTerms(new TermsOptions(moved, index, null, 2, 0, null,
                TermsOptions.DEFAULT_CONFIDENCE_FLOOR));
        assertFalse(report.terms().isEmpty());
        assertEquals(moved.toAbsolutePath().normalize().toString(),
                org.bitext.index.IndexFolder.corpusOf(index).orElseThrow());
    }
}
