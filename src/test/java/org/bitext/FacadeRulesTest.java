package org.bitext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.bitext.index.IndexProgress;
import org.bitext.index.IndexReport;
import org.bitext.index.SearchRequest;
import org.bitext.index.Translation;
import org.bitext.terms.TermPair;
import org.bitext.terms.TermTable;
import org.bitext.text.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The facade's two shared rules, which every command and the server go through: when an index is brought up
 * to date with its corpus ({@link Bitext#indexIfStale}), and when the term table is re-read (search spotting
 * and {@link Bitext#termTable()} see a new table at once, without a refresh, and always the same one).
 */
class FacadeRulesTest {

    @TempDir
    Path tmp;

    private Path corpus(String name) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name));
        for (String lang : List.of("zh", "en")) {
            Files.copy(Path.of("corpus", "CD-1937." + lang + ".txt"), dir.resolve("CD-1937." + lang + ".txt"));
        }
        return dir;
    }

    @Test
    void oneReindexRule() throws IOException {
        Path corpus = corpus("corpus");
        Path index = tmp.resolve("index");
        Optional<IndexReport> first = Bitext.indexIfStale(corpus, index, IndexProgress.NONE);
        assertTrue(first.isPresent() && first.get().committed() && first.get().added() == 1, first.toString());
        Optional<IndexReport> again = Bitext.indexIfStale(corpus, index, IndexProgress.NONE);
        assertTrue(again.isPresent() && !again.get().committed() && again.get().unchanged() == 1, again.toString());
        // A changed document is re-aligned on the next use.
        Files.writeString(corpus.resolve("CD-1937.en.txt"), "\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        Optional<IndexReport> changed = Bitext.indexIfStale(corpus, index, IndexProgress.NONE);
        assertTrue(changed.isPresent() && changed.get().updated() == 1, changed.toString());
        // An index built from another folder, or an index whose corpus folder is gone, is used as it is.
        assertTrue(Bitext.indexIfStale(corpus("other"), index, IndexProgress.NONE).isEmpty());
        assertTrue(Bitext.indexIfStale(tmp.resolve("gone"), index, IndexProgress.NONE).isEmpty());
        // Neither an index nor a corpus folder: the corpus folder is what to fix.
        BadInputException e = assertThrows(BadInputException.class,
                () -> Bitext.indexIfStale(tmp.resolve("gone"), tmp.resolve("none"), IndexProgress.NONE));
        assertTrue(e.getMessage().contains("gone") && e.getMessage().contains("not found"), e.getMessage());
        // Every source failing is bad input naming the first failure, not an empty index.
        Path broken = Files.createDirectories(tmp.resolve("broken"));
        Files.write(broken.resolve("X.zh.txt"), new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0, 1, 2, 3});
        Files.write(broken.resolve("X.en.txt"), new byte[0]);
        e = assertThrows(BadInputException.class,
                () -> Bitext.indexIfStale(broken, tmp.resolve("broken-index"), IndexProgress.NONE));
        assertTrue(e.getMessage().contains("nothing could be indexed"), e.getMessage());
    }

    @Test
    void oneTermTableReloadRule() throws IOException {
        Path index = tmp.resolve("index");
        Bitext.indexIfStale(corpus("corpus"), index, IndexProgress.NONE);
        try (Bitext b = Bitext.open(index)) {
            assertTrue(b.termTable().isEmpty());
            assertFalse(translations(b).contains("negotiations"), translations(b).toString());
            // The terms job writes the table while the index is open (a server running): no refresh follows.
            new TermTable(List.of(new TermPair("禁产条约", "negotiations", TermPair.Kind.TERM, 2, 5.0, "glossary",
                    List.of(), 1.0))).writeTo(index);
            assertEquals("negotiations", b.termTable().orElseThrow().byZh("禁产条约").get(0).en());
            assertTrue(translations(b).contains("negotiations"), translations(b).toString());
            Files.delete(index.resolve(TermTable.FILE_NAME));
            assertTrue(b.termTable().isEmpty());
            assertFalse(translations(b).contains("negotiations"), translations(b).toString());
        }
    }

    private static List<String> translations(Bitext b) {
        return b.search(SearchRequest.of("禁产条约")).translations().stream().map(Translation::text).toList();
    }
}
