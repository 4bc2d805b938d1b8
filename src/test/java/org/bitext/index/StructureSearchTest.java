package org.bitext.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bitext.Bitext;
import org.bitext.align.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The structural address and the document symbol reach the index and the search hits. */
class StructureSearchTest {

    @TempDir
    Path tmp;

    @Test
    void hitsShowTheSymbolAndTheStructuralAddress() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        for (String name : List.of("UDHR.zh.txt", "UDHR.en.txt", "CD-1937.zh.txt", "CD-1937.en.txt")) {
            Files.copy(Path.of("corpus").resolve(name), corpus.resolve(name));
        }
        Path res = Path.of("src/test/resources/structure");
        Files.copy(res.resolve("A-RES-99-1.zh.txt"), corpus.resolve("A-RES-99-1.zh.txt"));
        Files.copy(res.resolve("A-RES-99-1.en.txt"), corpus.resolve("A-RES-99-1.en.txt"));
        Path index = tmp.resolve("index");
        Bitext.index(corpus, index);
        try (Bitext bitext = Bitext.open(index)) {
            SearchResult property = bitext.search(new SearchRequest("任意剥夺", 10, 0, Level.PARAGRAPH, null));
            List<String> refs = property.hits().stream().map(Hit::reference).toList();
            // UDHR has no masthead: its name stands for the symbol; art. 17 ¶2 and art. 15 ¶2 are paragraphs
            // numbered inside their articles.
            assertTrue(refs.contains("UDHR art. 17 ¶2"), refs.toString());
            assertTrue(refs.contains("UDHR art. 15 ¶2"), refs.toString());

            SearchResult launches = bitext.search(new SearchRequest("发射通知", 10, 0, Level.SENTENCE, null));
            assertEquals(List.of("A/RES/99/1 ¶2 (b)(i).1"), launches.hits().stream().map(Hit::reference).toList());
            assertEquals("Notifications of launches;", launches.hits().get(0).en());

            SearchResult fmct = bitext.search(new SearchRequest("禁产条约", 1, 0, Level.SENTENCE, null));
            assertTrue(fmct.hits().get(0).reference().startsWith("CD/1937 ¶"), fmct.hits().get(0).reference());
        }
    }
}
