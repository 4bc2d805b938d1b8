package org.bitext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.bitext.align.AlignSupport;
import org.bitext.align.AlignedPair;
import org.bitext.align.AlignmentEval;
import org.bitext.align.Bead;
import org.bitext.align.BeadFile;
import org.bitext.align.Level;
import org.bitext.align.Presegmented;
import org.bitext.align.SentenceAligner;
import org.bitext.index.BitextIndex;
import org.bitext.index.CorpusPairSource;
import org.bitext.index.CorpusScanner;
import org.bitext.index.IndexFolder;
import org.bitext.index.IndexProgress;
import org.bitext.index.IndexReport;
import org.bitext.index.Indexer;
import org.bitext.index.LexiconDictionary;
import org.bitext.index.PairSource;
import org.bitext.index.SearchRequest;
import org.bitext.index.SearchResult;
import org.bitext.index.Source;
import org.bitext.text.BadInputException;
import org.bitext.text.Language;

/**
 * The one facade over bitext's stages (text, segment, align, index, terms, search). The command line and
 * the web page are thin adapters over it and hold no logic of their own. An instance is an open index.
 */
public final class Bitext implements AutoCloseable {

    // --- text + segment -------------------------------------------------------------------------

    /**
     * Loads (decoding and normalising line ends) and segments a document: front matter, numbered
     * paragraphs and sentences as spans into the cleaned text. The language is detected by script when
     * null, the encoding when null. Bad input is a {@link org.bitext.text.BadInputException}.
     */
    public static org.bitext.segment.Document segment(java.nio.file.Path file,
            org.bitext.text.Language langOrNullForAuto, java.nio.charset.Charset encodingOrNull) {
        return org.bitext.segment.Segmenter.segment(file, langOrNullForAuto, encodingOrNull);
    }

    /** As {@link #segment(Path, Language, java.nio.charset.Charset)}, read in {@code layoutOrNull} when given. */
    public static org.bitext.segment.Document segment(java.nio.file.Path file,
            org.bitext.text.Language langOrNullForAuto, java.nio.charset.Charset encodingOrNull,
            org.bitext.text.TextLayout layoutOrNull) {
        return org.bitext.segment.Segmenter.segment(file, langOrNullForAuto, encodingOrNull, layoutOrNull);
    }

    /** Measures segmentation throughput on a large input built from {@code corpusDir}'s documents. */
    public static org.bitext.segment.SegmentBench.Report benchSegment(java.nio.file.Path corpusDir, int megabytes) {
        return org.bitext.segment.SegmentBench.run(corpusDir, megabytes);
    }

    // --- align + format -------------------------------------------------------------------------

    /**
     * Aligns two pre-segmented files (one sentence per line); {@code srcLanguage} says which file is English.
     * Bead indices are 0-based line numbers of {@code src} and {@code tgt}.
     */
    public static List<Bead> alignPresegmented(Path src, Path tgt, Language srcLanguage) throws IOException {
        org.bitext.align.Translations dictionary = AlignSupport.dictionary(); // starts loading CC-CEDICT
        List<String> s = Presegmented.read(src);
        List<String> t = Presegmented.read(tgt);
        return new SentenceAligner(dictionary).align(s, t, srcLanguage);
    }

    /**
     * Aligns a Chinese document with its English original: paragraphs (by number where numbered), then
     * sentences inside each paragraph pair. A side without any text is bad input.
     */
    public static org.bitext.align.DocumentAlignment align(Path zh, Path en,
            org.bitext.align.AlignOptions options) {
        org.bitext.lexicon.Lexicon.preload();
        org.bitext.segment.Document z = segment(zh, Language.ZH, null, options.layout());
        org.bitext.segment.Document e = segment(en, Language.EN, null, options.layout());
        requireText(zh, z);
        requireText(en, e);
        List<String> warnings = new java.util.ArrayList<>();
        org.bitext.align.Translations dict = AlignSupport.dictionary(options.glossary(), warnings);
        org.bitext.align.DocumentAlignment a = new org.bitext.align.DocumentAligner(dict)
                .align(documentName(en), e, z);
        if (warnings.isEmpty()) {
            return a;
        }
        warnings.addAll(a.warnings());
        return new org.bitext.align.DocumentAlignment(a.name(), a.en(), a.zh(), a.enUnits(), a.zhUnits(),
                a.paragraphs(), warnings);
    }

    /** Aligned pairs of a document pair at paragraph and sentence level, one-sided ones included. */
    public static List<org.bitext.align.AlignedPair> alignedPairs(String name, Path zh, Path en) {
        org.bitext.align.DocumentAlignment a = align(zh, en, org.bitext.align.AlignOptions.defaults());
        List<org.bitext.align.AlignedPair> out = new java.util.ArrayList<>();
        for (org.bitext.align.AlignedPair p : a.pairs(org.bitext.align.Level.PARAGRAPH)) {
            out.add(new org.bitext.align.AlignedPair(name, p.level(), p.paragraph(), p.unit(), p.en(), p.zh(),
                    p.confidence(), p.address()));
        }
        for (org.bitext.align.AlignedPair p : a.pairs(org.bitext.align.Level.SENTENCE)) {
            out.add(new org.bitext.align.AlignedPair(name, p.level(), p.paragraph(), p.unit(), p.en(), p.zh(),
                    p.confidence(), p.address()));
        }
        return out;
    }

    private static void requireText(Path file, org.bitext.segment.Document d) {
        boolean any = d.frontMatter().stream().anyMatch(b -> !b.sentences().isEmpty())
                || d.paragraphs().stream().anyMatch(p -> !p.sentences().isEmpty());
        if (!any) {
            throw new org.bitext.text.BadInputException(file, "no text to align (the file is empty)");
        }
    }

    /** {@code CD-1937} for {@code CD-1937.en.txt}: the file name without language code and extension. */
    private static String documentName(Path file) {
        String n = file.getFileName().toString();
        return n.replaceFirst("(?i)(\\.(en|zh|zh-cn|zh-tw))?\\.(txt|text)$", "");
    }

    /** Runs the alignment benchmark on the Bible sets found in {@code benchDir}. */
    public static List<org.bitext.align.AlignBench.Result> benchAlign(Path benchDir, List<String> sets)
            throws IOException, InterruptedException {
        return org.bitext.align.AlignBench.run(benchDir, sets);
    }

    /** Strict and lax P/R/F1 pooled over (gold, test) pairs of beads files. */
    public static AlignmentEval.Scores evaluate(List<Path> goldTestPairs) throws IOException {
        if (goldTestPairs.isEmpty() || goldTestPairs.size() % 2 != 0) {
            throw new IllegalArgumentException("eval needs GOLD TEST pairs, got " + goldTestPairs.size() + " files");
        }
        AlignmentEval eval = new AlignmentEval();
        for (int k = 0; k < goldTestPairs.size(); k += 2) {
            eval.add(BeadFile.read(goldTestPairs.get(k)), BeadFile.read(goldTestPairs.get(k + 1)));
        }
        return eval.scores();
    }

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
        return new CorpusPairSource(Bitext::alignedPairs, org.bitext.format.Tmx::read);
    }

    // --- terms ----------------------------------------------------------------------------------

    /** Runs the terms job (units from the index or the corpus named in the options), without progress. */
    public static org.bitext.terms.TermsReport extractTerms(org.bitext.terms.TermsOptions options) {
        return extractTerms(options, message -> { });
    }

    /** Runs the terms job, passing progress lines (for stderr) to {@code progress}. */
    public static org.bitext.terms.TermsReport extractTerms(org.bitext.terms.TermsOptions options,
            java.util.function.Consumer<String> progress) {
        Path origin = options.corpusDir() != null ? options.corpusDir() : options.indexDir();
        return org.bitext.terms.TermsJob.run(options, termUnits(options, progress), origin, progress);
    }

    /** Runs the terms job over units from any source (gold pairs, bead files, TMX). */
    public static org.bitext.terms.TermsReport extractTerms(org.bitext.terms.TermsOptions options,
            org.bitext.terms.UnitSource units, java.util.function.Consumer<String> progress) {
        java.nio.file.Path origin = options.corpusDir() != null ? options.corpusDir() : options.indexDir();
        return org.bitext.terms.TermsJob.run(options, units, origin, progress);
    }

    /**
     * Units for the terms job, always read from the index so that terms and search see the same units. With
     * a corpus folder, the index is first brought up to date with it (new or changed document pairs aligned,
     * unchanged ones skipped).
     */
    private static org.bitext.terms.UnitSource termUnits(org.bitext.terms.TermsOptions options,
            Consumer<String> progress) {
        Path indexDir = options.indexDir();
        if (options.corpusDir() != null) {
            if (!Files.isDirectory(options.corpusDir())) {
                throw new BadInputException(options.corpusDir(), "corpus folder not found");
            }
            Optional<IndexReport> report = indexIfStale(options.corpusDir(), indexDir, (done, total, units) ->
                    progress.accept("terms: indexing " + done + "/" + total + " sources, " + units + " units"));
            if (report.isEmpty()) {
                throw new BadInputException(indexDir, "this index holds another corpus ("
                        + IndexFolder.corpusOf(indexDir).orElse("unknown") + "); choose another --index");
            }
            report.get().warnings().forEach(w -> progress.accept("terms: warning: " + w));
            if (!report.get().errors().isEmpty() && report.get().units() == 0
                    && report.get().unchanged() + report.get().updated() == 0) {
                // Nothing could be aligned: the first failure says why better than "no units" would.
                throw new BadInputException(null, report.get().errors().get(0));
            }
            report.get().errors().forEach(e -> progress.accept("terms: skipped: " + e));
        } else if (!IndexFolder.exists(indexDir)) {
            throw new BadInputException(indexDir, "no index here; run 'bitext index CORPUS_DIR' or give CORPUS_DIR");
        }
        return consumer -> {
            try (Bitext b = open(indexDir)) {
                b.forEachUnit(Level.SENTENCE, consumer);
                b.forEachUnit(Level.PARAGRAPH, consumer);
            }
        };
    }
}
