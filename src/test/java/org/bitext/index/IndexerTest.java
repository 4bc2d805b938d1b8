package org.bitext.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.bitext.Bitext;
import org.bitext.align.Level;
import org.bitext.text.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexerTest {

    @TempDir
    Path tmp;

    private Path corpus() throws IOException {
        Path c = Files.createDirectories(tmp.resolve("corpus"));
        write(c.resolve("a.zh.txt"), "禁产条约谈判\n附加议定书\n");
        write(c.resolve("a.en.txt"), "FMCT negotiations\nAdditional Protocol\n");
        write(c.resolve("b.zh.txt"), "原子能机构\n");
        write(c.resolve("b.en.txt"), "IAEA\n");
        return c;
    }

    private static void write(Path p, String s) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, s, StandardCharsets.UTF_8);
    }

    private static IndexReport index(Path corpus, Path index) {
        return Bitext.index(corpus, index, LinePairs.source(), IndexProgress.NONE);
    }

    private static long hits(Path index, String q) {
        try (Bitext b = Bitext.open(index)) {
            return b.search(SearchRequest.of(q)).totalHits();
        }
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void incrementalRunsReplaceChangedDeleteRemovedAndSkipUnchanged() throws IOException {
        Path corpus = corpus();
        Path index = tmp.resolve("index");
        IndexReport first = index(corpus, index);
        assertTrue(first.committed());
        assertEquals(2, first.added());
        assertEquals(3, first.units() / 2);
        assertEquals(1, hits(index, "IAEA"));

        List<String> before = files(index);
        IndexReport again = index(corpus, index);
        assertFalse(again.committed(), "an unchanged corpus writes nothing");
        assertEquals(2, again.unchanged());
        assertEquals(0, again.units());
        assertEquals(before, files(index), "no file written or removed");

        write(corpus.resolve("b.en.txt"), "International Atomic Energy Agency\n");
        Files.delete(corpus.resolve("a.zh.txt"));
        Files.delete(corpus.resolve("a.en.txt"));
        IndexReport changed = index(corpus, index);
        assertEquals(1, changed.updated());
        assertEquals(1, changed.deleted());
        assertEquals(0, hits(index, "IAEA"), "the old version of b is gone");
        assertEquals(1, hits(index, "agency"));
        assertEquals(0, hits(index, "FMCT"), "a was removed from the corpus");
        try (Bitext b = Bitext.open(index)) {
            assertEquals(1, b.unitCount(Level.SENTENCE));
        }
    }

    @Test
    void refreshPicksUpANewCommitWhileOpen() throws IOException {
        Path corpus = corpus();
        Path index = tmp.resolve("index");
        index(corpus, index);
        try (Bitext open = Bitext.open(index)) {
            assertEquals(1, open.search(SearchRequest.of("IAEA")).totalHits());
            write(corpus.resolve("c.zh.txt"), "国际原子能机构\n");
            write(corpus.resolve("c.en.txt"), "IAEA\n");
            index(corpus, index);
            assertEquals(1, open.search(SearchRequest.of("IAEA")).totalHits(), "the open searcher is stable");
            open.refresh();
            assertEquals(2, open.search(SearchRequest.of("IAEA")).totalHits(), "refresh sees the new commit");
        }
    }

    @Test
    void folderWithSomethingElseIsRefused() throws IOException {
        Path corpus = corpus();
        Path index = Files.createDirectories(tmp.resolve("notes"));
        write(index.resolve("thesis.docx"), "precious");
        BadInputException e = assertThrows(BadInputException.class, () -> index(corpus, index));
        assertTrue(e.getMessage().contains("thesis.docx") && e.getMessage().contains("did not write"), e.getMessage());
        assertEquals(List.of("thesis.docx"), files(index), "nothing written");

        Path foreign = tmp.resolve("foreign");
        try (FSDirectory d = FSDirectory.open(foreign);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
            Document doc = new Document();
            doc.add(new TextField("body", "someone else's index", Field.Store.YES));
            w.addDocument(doc);
            w.commit();
        }
        BadInputException e2 = assertThrows(BadInputException.class, () -> index(corpus, foreign));
        assertTrue(e2.getMessage().contains("did not write"), e2.getMessage());
        assertThrows(BadInputException.class, () -> Bitext.open(foreign));
    }

    @Test
    void readmeInTheIndexFolderIsTolerated() throws IOException {
        Path index = Files.createDirectories(tmp.resolve("index"));
        write(index.resolve("README.md"), "# index/\n");
        assertTrue(index(corpus(), index).committed());
        assertEquals(1, hits(index, "原子能机构"));
        assertTrue(Files.exists(index.resolve("README.md")));
    }

    @Test
    void missingIndexSaysHowToBuildOne() {
        BadInputException e = assertThrows(BadInputException.class, () -> Bitext.open(tmp.resolve("nothing")));
        assertTrue(e.getMessage().contains("bitext index"), e.getMessage());
    }

    @Test
    void badSourceIsReportedAndTheOthersAreStillIndexed() throws IOException {
        Path corpus = corpus();
        write(corpus.resolve("sub/bad.tmx"), "<tmx><body><tu>");
        PairSource failingTmx = new CorpusPairSource(
                (name, zh, en) -> LinePairs.source().pairs(new Source(name, Source.Kind.PAIR, List.of(zh, en), "h")),
                tmx -> {
                    throw new BadInputException(tmx, "line 1: unexpected end of file");
                });
        Path index = tmp.resolve("index");
        IndexReport r = Bitext.index(corpus, index, failingTmx, IndexProgress.NONE);
        assertEquals(1, r.errors().size());
        assertTrue(r.errors().get(0).contains("bad.tmx") && r.errors().get(0).contains("line 1"), r.errors().get(0));
        assertEquals(2, r.added());
        assertEquals(1, hits(index, "IAEA"));
        // The failed source is not recorded as indexed: the next run tries it again.
        IndexReport again = Bitext.index(corpus, index, failingTmx, IndexProgress.NONE);
        assertEquals(1, again.errors().size());
    }

    @Test
    void unpairedTextIsReportedNotDropped() throws IOException {
        Path corpus = corpus();
        write(corpus.resolve("c.zh.txt"), "孤儿\n");
        IndexReport r = index(corpus, tmp.resolve("index"));
        assertEquals(1, r.warnings().size());
        assertTrue(r.warnings().get(0).contains("c.zh.txt"), r.warnings().get(0));
    }

    /**
     * A phrase ending in a lone character expands into every bigram the character begins: here 2,000 of them,
     * more than Lucene's 1,024 clauses of a boolean query (a multi-phrase query has no such limit).
     */
    @Test
    void phraseEndingInACommonCharacterIsNotTooManyTerms() throws IOException {
        Path c = Files.createDirectories(tmp.resolve("many"));
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (int k = 0; k < 2_000; k++) {
            zh.append("2014年").appendCodePoint(0x4E00 + 2 * k).append('\n');
            en.append("line ").append(k).append('\n');
        }
        zh.append("2014年。\n2015年度\n");
        en.append("lone\nother year\n");
        write(c.resolve("y.zh.txt"), zh.toString());
        write(c.resolve("y.en.txt"), en.toString());
        Path index = tmp.resolve("many-index");
        assertTrue(index(c, index).committed());
        try (Bitext b = Bitext.open(index)) {
            assertEquals(2_001, b.search(new SearchRequest("2014年", 10, 0, Level.SENTENCE, null)).totalHits());
            assertEquals(1, b.search(new SearchRequest("年度", 10, 0, Level.SENTENCE, null)).totalHits());
        }
    }
}
