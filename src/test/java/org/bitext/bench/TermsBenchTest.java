package org.bitext.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bitext.align.AlignedPair;
import org.bitext.format.Tmx;
import org.bitext.text.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's parts that are not the job: corpus files, planted counts, the heap watch. */
class TermsBenchTest {

    @TempDir
    Path tmp;

    @Test
    void theCorpusWrittenAsTmxReadsBackAsTheSameUnits() {
        ZipfCorpus corpus = new ZipfCorpus(300, 5);
        Path file = tmp.resolve("corpus.tmx");
        assertEquals(300, TermsBench.write(corpus, file));
        List<AlignedPair> read = Tmx.read(file);
        List<AlignedPair> generated = new ArrayList<>();
        corpus.forEachUnit(generated::add);
        assertEquals(generated.size(), read.size());
        for (int i = 0; i < read.size(); i++) {
            assertEquals(generated.get(i).en(), read.get(i).en());
            assertEquals(generated.get(i).zh(), read.get(i).zh());
            assertEquals(generated.get(i).document(), read.get(i).document());
        }
    }

    @Test
    void theCorpusWrittenAsJsonLinesHasOneObjectAUnit() throws IOException {
        ZipfCorpus corpus = new ZipfCorpus(120, 5);
        Path file = tmp.resolve("corpus.jsonl");
        TermsBench.write(corpus, file);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(120, lines.size());
        AlignedPair p = corpus.unit(77).pair();
        assertTrue(lines.get(77).startsWith("{\"ordinal\":77,\"document\":\"" + p.document() + "\""), lines.get(77));
        assertTrue(lines.get(77).contains("\"zh\":\"" + p.zh() + "\""), lines.get(77));
        assertThrows(BadInputException.class, () -> TermsBench.write(corpus, tmp.resolve("corpus.csv")));
        assertTrue(Files.notExists(tmp.resolve("corpus.csv")));
    }

    @Test
    void plantedOccurrencesCountUnitsOfBothForms() {
        ZipfCorpus corpus = new ZipfCorpus(2_000, 9);
        Map<String, Integer> counts = TermsBench.plantedOccurrences(corpus);
        long acronyms = corpus.planted().stream().filter(PlantedTerms.Term::isAcronym).count();
        assertEquals(corpus.planted().size() + acronyms, counts.size());
        PlantedTerms.Term top = corpus.planted().get(0);
        int units = 0;
        for (long i = 0; i < corpus.size(); i++) {
            String en = corpus.unit(i).pair().en();
            if (en.contains(top.en()) || en.contains(Character.toUpperCase(top.en().charAt(0)) + top.en().substring(1))) {
                units++;
            }
        }
        assertEquals(units, counts.get(top.zh() + "\t" + top.en()));
        assertTrue(units > 20, "the most frequent planted term is in " + units + " of 2,000 units");
    }

    @Test
    void heapWatchSeesWhatSurvivesACollection() throws InterruptedException {
        try (HeapWatch watch = new HeapWatch()) {
            byte[] kept = new byte[64 << 20];
            kept[kept.length - 1] = 1;
            System.gc();
            for (int i = 0; i < 50 && watch.majorCollections() == 0; i++) {
                Thread.sleep(100);
            }
            assertTrue(watch.collections() > 0, "no collection notified");
            // System.gc() is a full collection: what it leaves is the live data, the array among it.
            assertTrue(watch.majorCollections() > 0, "no full collection notified");
            assertTrue(watch.peakAfterMajor() >= kept.length, "peak after full GC " + watch.peakAfterMajor());
            assertTrue(watch.peakAfterGc() >= kept.length, "peak after GC " + watch.peakAfterGc());
            assertTrue(watch.peakCommitted() >= watch.peakAfterGc());
            assertEquals(1, kept[kept.length - 1]);
        }
    }
}
