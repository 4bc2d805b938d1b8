package org.bitext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.bitext.align.AlignedPair;
import org.bitext.align.Level;
import org.bitext.index.BitextIndex;
import org.bitext.index.CorpusPairSource;
import org.bitext.index.CorpusScanner;
import org.bitext.index.IndexFolder;
import org.bitext.index.IndexProgress;
import org.bitext.index.IndexReport;
import org.bitext.index.Indexer;
import org.bitext.index.PairSource;
import org.bitext.index.SearchRequest;
import org.bitext.index.SearchResult;
import org.bitext.index.Source;
import org.bitext.index.LexiconDictionary;
import org.bitext.text.BadInputException;

/**
 * The one facade over bitext's stages (text, segment, align, index, terms, search). The command line and
 * the web page are thin adapters over it and hold no logic of their own. An instance is an open index.
 */
public final class Bitext implements AutoCloseable {

    // --- text + segment -------------------------------------------------------------------------

    // --- align + format -------------------------------------------------------------------------

    // --- index + search -------------------------------------------------------------------------

    private final BitextIndex index;

    private Bitext(BitextIndex index) {
        this.index = index;
    }

    /** Indexes {@code corpusDir} into {@code indexDir} incrementally (see {@link Indexer}). */
    public static IndexReport index(Path corpusDir, Path indexDir) {
        return index(corpusDir, indexDir, IndexProgress.NONE);
    }

    /** As {@link #index(Path, Path)}, reporting progress. */
    public static IndexReport index(Path corpusDir, Path indexDir, IndexProgress progress) {
        return index(corpusDir, indexDir, corpusPairSource(), progress);
    }

    /** As {@link #index(Path, Path)} with another source of aligned units (tests, benchmarks, imports). */
    public static IndexReport index(Path corpusDir, Path indexDir, PairSource pairs, IndexProgress progress) {
        List<String> warnings = new ArrayList<>();
        List<Source> sources = CorpusScanner.scan(corpusDir, warnings);
        try {
            return new Indexer(indexDir, pairs).update(sources, corpusLabel(corpusDir), warnings, progress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Brings {@code indexDir} up to date with {@code corpusDir} when the index is missing or was built from
     * that same corpus (a no-op when nothing changed); leaves an index built from another corpus alone.
     *
     * @return the report of the run, or empty when nothing was attempted
     */
    public static Optional<IndexReport> indexIfStale(Path corpusDir, Path indexDir, IndexProgress progress) {
        if (!Files.isDirectory(corpusDir)) {
            return Optional.empty();
        }
        if (IndexFolder.exists(indexDir)) {
            String label = IndexFolder.corpusOf(indexDir).orElse(null);
            if (!corpusLabel(corpusDir).equals(label)) {
                return Optional.empty();
            }
        }
        return Optional.of(index(corpusDir, indexDir, progress));
    }

    /** Opens the index in {@code indexDir} for searching (thread-safe); close it when done. */
    public static Bitext open(Path indexDir) {
        try {
            return new Bitext(BitextIndex.open(indexDir, LexiconDictionary.cedict()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SearchResult search(SearchRequest request) {
        try {
            return index.search(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sentence units of one paragraph pair, in order. */
    public List<AlignedPair> paragraph(String document, String paragraph) {
        try {
            return index.paragraph(document, paragraph);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every unit of {@code level} (the terms job reads the corpus this way). */
    public void forEachUnit(Level level, Consumer<AlignedPair> consumer) {
        try {
            index.forEachUnit(level, consumer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Picks up a newer commit (a re-index while serving). */
    public void refresh() {
        try {
            index.refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Units at {@code level} in the open index. */
    public long unitCount(Level level) {
        try {
            return index.count(level);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            index.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String corpusLabel(Path corpusDir) {
        return corpusDir.toAbsolutePath().normalize().toString();
    }

    /** Aligner for document pairs and reader for TMX, from the align and format stages. */
    private static PairSource corpusPairSource() {
        return new CorpusPairSource(
                (name, zh, en) -> {
                    throw new BadInputException(zh, "this build has no aligner yet; document pairs cannot be indexed");
                },
                tmx -> {
                    throw new BadInputException(tmx, "this build has no TMX reader yet");
                });
    }

    // --- terms ----------------------------------------------------------------------------------
}
