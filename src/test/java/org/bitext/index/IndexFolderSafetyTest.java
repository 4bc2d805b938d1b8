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
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.bitext.Bitext;
import org.bitext.align.AlignedPair;
import org.bitext.align.Level;
import org.bitext.text.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, points 1 and 8: the index folder is bitext's only when its marker is there; a user's files in it
 * are never deleted or overwritten, and runs that would destroy an index say so.
 */
class IndexFolderSafetyTest {

    @TempDir
    Path tmp;

    private Path corpus(String name) throws IOException {
        Path c = Files.createDirectories(tmp.resolve(name));
        write(c.resolve("a.zh.txt"), "禁产条约谈判\n附加议定书\n");
        write(c.resolve("a.en.txt"), "FMCT negotiations\nAdditional Protocol\n");
        return c;
    }

    private static void write(Path p, String s) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, s, StandardCharsets.UTF_8);
    }

    private static IndexReport index(Path corpus, Path index) {
        return Bitext.index(corpus, index, LinePairs.source(), IndexProgress.NONE);
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void filesThatLookLikeLucenesAreNeverDeleted() throws IOException {
        Path corpus = corpus("corpus");
        for (String name : List.of("_notes.txt", "_thesis_draft.docx", "_2024.csv", "segments_backup.txt")) {
            Path index = Files.createDirectories(tmp.resolve("x-" + name));
            write(index.resolve(name), "precious");
            BadInputException e = assertThrows(BadInputException.class, () -> index(corpus, index));
            assertTrue(e.getMessage().contains(name) && e.getMessage().contains("did not write"), e.getMessage());
            assertEquals(List.of(name), files(index), "nothing written, nothing deleted");
            assertEquals("precious", Files.readString(index.resolve(name), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aUsersFileDroppedIntoABuiltIndexIsRefusedAndKept() throws IOException {
        Path corpus = corpus("corpus");
        Path index = tmp.resolve("index");
        assertTrue(index(corpus, index).committed());
        assertTrue(Files.exists(index.resolve(IndexFolder.MARKER)));
        write(index.resolve("_2024.csv"), "precious");
        write(corpus.resolve("b.zh.txt"), "原子能机构\n");
        write(corpus.resolve("b.en.txt"), "IAEA\n");
        assertThrows(BadInputException.class, () -> index(corpus, index));
        assertEquals("precious", Files.readString(index.resolve("_2024.csv"), StandardCharsets.UTF_8));
        Files.delete(index.resolve("_2024.csv"));
        write(index.resolve("write.lock"), "my lock notes");
        BadInputException e = assertThrows(BadInputException.class, () -> index(corpus, index));
        assertTrue(e.getMessage().contains("write.lock"), e.getMessage());
        assertEquals("my lock notes", Files.readString(index.resolve("write.lock"), StandardCharsets.UTF_8));
    }

    @Test
    void aRunThatWouldDeleteEveryDocumentNeedsReplace() throws IOException {
        Path corpus = corpus("corpus");
        Path index = tmp.resolve("index");
        index(corpus, index);
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        BadInputException e = assertThrows(BadInputException.class, () -> index(empty, index));
        assertTrue(e.getMessage().contains("--replace"), e.getMessage());
        Path other = Files.createDirectories(tmp.resolve("other"));
        write(other.resolve("z.zh.txt"), "原子能机构\n");
        write(other.resolve("z.en.txt"), "IAEA\n");
        assertThrows(BadInputException.class, () -> index(other, index));
        try (Bitext b = Bitext.open(index)) {
            assertEquals(1, b.search(SearchRequest.of("FMCT")).totalHits(), "the index is intact");
        }
        IndexReport replaced = Bitext.index(other, index, IndexProgress.NONE, true);
        assertEquals(1, replaced.deleted());
    }

    @Test
    void aSecondIndexerIsToldAnotherIsIndexing() throws IOException {
        Path corpus = corpus("corpus");
        Path index = tmp.resolve("index");
        index(corpus, index);
        write(corpus.resolve("b.zh.txt"), "原子能机构\n");
        write(corpus.resolve("b.en.txt"), "IAEA\n");
        try (FSDirectory d = FSDirectory.open(index);
             IndexWriter held = new IndexWriter(d, new IndexWriterConfig().setCommitOnClose(false))) {
            BadInputException e = assertThrows(BadInputException.class, () -> index(corpus, index));
            assertTrue(e.getMessage().contains("another bitext is indexing"), e.getMessage());
            held.rollback();
        }
        assertEquals(1, index(corpus, index).added());
    }

    @Test
    void anIndexOfAnOlderBitextWithoutMarkerIsAdopted() throws IOException {
        Path corpus = corpus("corpus");
        Path index = tmp.resolve("index");
        index(corpus, index);
        Files.delete(index.resolve(IndexFolder.MARKER));
        IndexReport again = index(corpus, index);
        assertEquals(1, again.unchanged());
        assertTrue(Files.exists(index.resolve(IndexFolder.MARKER)));
    }

    @Test
    void leftoversOfAFailedCommitAreRemovedByTheNextRun() throws IOException {
        Path corpus = corpus("corpus");
        Path index = tmp.resolve("index");
        index(corpus, index);
        List<String> committed = files(index);
        write(index.resolve("_zz.fdt"), "orphan segment data");
        write(index.resolve("_zz.si"), "orphan segment info");
        IndexReport noop = index(corpus, index);
        assertFalse(noop.committed());
        assertEquals(committed, files(index), "the orphans are gone, nothing else changed");
    }

    @Test
    void documentNamesThatDifferOnlyInCaseAreReportedNotAnInternalError() throws IOException {
        Path corpus = corpus("corpus");
        write(corpus.resolve("a.ZH.TXT"), "另一个\n");
        IndexReport r = index(corpus, tmp.resolve("index"));
        assertEquals(1, r.added());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("a.ZH.TXT") && w.contains("case")), r.warnings().toString());
    }

    @Test
    void symbolicLinksLeavingTheCorpusAreNotFollowed() throws IOException {
        Path corpus = corpus("corpus");
        Path outside = tmp.resolve("secret.txt");
        write(outside, "root:x:0:0\n");
        Files.createSymbolicLink(corpus.resolve("p.en.txt"), outside);
        write(corpus.resolve("p.zh.txt"), "秘密\n");
        Files.createSymbolicLink(corpus.resolve("q.en.txt"), corpus.resolve("a.en.txt"));
        write(corpus.resolve("q.zh.txt"), "禁产条约\n");
        IndexReport r = index(corpus, tmp.resolve("index"));
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("p.en.txt") && w.contains("outside")),
                r.warnings().toString());
        assertEquals(2, r.added(), "a and the link inside the corpus (q)");
        try (Bitext b = Bitext.open(tmp.resolve("index"))) {
            assertEquals(0, b.search(SearchRequest.of("root")).totalHits());
        }
    }

    @Test
    void aTmxClaimingADocumentPairsNameIsRefused() throws IOException {
        Path corpus = corpus("corpus");
        write(corpus.resolve("import.tmx"), "<tmx/>");
        PairSource source = new CorpusPairSource(
                (name, zh, en) -> LinePairs.source().pairs(new Source(name, Source.Kind.PAIR, List.of(zh, en), "h")),
                tmx -> List.of(new AlignedPair("a", Level.SENTENCE, "1", 1, "injected", "注入", 1.0)));
        IndexReport r = Bitext.index(corpus, tmp.resolve("index"), source, IndexProgress.NONE);
        assertEquals(1, r.errors().size());
        assertTrue(r.errors().get(0).contains("import.tmx") && r.errors().get(0).contains("'a'"), r.errors().get(0));
        try (Bitext b = Bitext.open(tmp.resolve("index"))) {
            assertEquals(0, b.search(SearchRequest.of("injected")).totalHits());
        }
    }
}
