package org.bitext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.bitext.align.AlignOptions;
import org.bitext.align.AlignSupport;
import org.bitext.align.AlignedPair;
import org.bitext.align.AlignmentEval;
import org.bitext.align.Bead;
import org.bitext.align.DocumentAligner;
import org.bitext.align.DocumentAlignment;
import org.bitext.align.Level;
import org.bitext.align.Presegmented;
import org.bitext.align.SentenceAligner;
import org.bitext.align.Translations;
import org.bitext.format.Beads;
import org.bitext.format.TbxWriter;
import org.bitext.format.TermListWriter;
import org.bitext.format.Tmx;
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
import org.bitext.lexicon.Lexicon;
import org.bitext.segment.Document;
import org.bitext.segment.Segmenter;
import org.bitext.terms.ExtractedTerm;
import org.bitext.terms.ReviewedTerms;
import org.bitext.terms.TermReview;
import org.bitext.terms.TermTable;
import org.bitext.terms.TermsJob;
import org.bitext.terms.TermsOptions;
import org.bitext.terms.TermsReport;
import org.bitext.terms.UnitSource;
import org.bitext.text.BadInputException;
import org.bitext.text.DocumentNames;
import org.bitext.text.Language;
import org.bitext.text.TextLayout;

/**
 * The one facade over bitext's stages (text, segment, align, index, terms, search). The command line and
 * the web page are thin adapters over it and hold no logic of their own. An instance is an open index.
 */
public final class Bitext implements AutoCloseable {

    // --- text + segment -------------------------------------------------------------------------

    /**
     * Loads (decoding and normalising line ends) and segments a document: front matter, numbered
     * paragraphs and sentences as spans into the cleaned text. The language is detected by script when
     * null, the encoding when null. Bad input is a {@link BadInputException}.
     */
    public static Document segment(Path file,
            Language langOrNullForAuto, Charset encodingOrNull) {
        return Segmenter.segment(file, langOrNullForAuto, encodingOrNull);
    }

    /** As {@link #segment(Path, Language, Charset)}, read in {@code layoutOrNull} when given. */
    public static Document segment(Path file, Language langOrNullForAuto, Charset encodingOrNull,
            TextLayout layoutOrNull) {
        return Segmenter.segment(file, langOrNullForAuto, encodingOrNull, layoutOrNull);
    }

    // --- align + format -------------------------------------------------------------------------

    /**
     * Aligns two pre-segmented files (one sentence per line); {@code srcLanguage} says which file is English.
     * Bead indices are 0-based line numbers of {@code src} and {@code tgt}.
     */
    public static List<Bead> alignPresegmented(Path src, Path tgt, Language srcLanguage) throws IOException {
        Translations dictionary = AlignSupport.dictionary(); // starts loading CC-CEDICT
        List<String> s = Presegmented.read(src);
        List<String> t = Presegmented.read(tgt);
        return new SentenceAligner(dictionary).align(s, t, srcLanguage);
    }

    /**
     * Aligns a Chinese document with its English original: paragraphs (by number where numbered), then
     * sentences inside each paragraph pair. A side without any text is bad input.
     */
    public static DocumentAlignment align(Path zh, Path en,
            AlignOptions options) {
        Lexicon.preload();
        Document z = segment(zh, Language.ZH, null, options.layout());
        Document e = segment(en, Language.EN, null, options.layout());
        requireText(zh, z);
        requireText(en, e);
        AlignSupport.checkSides(zh, z, en, e);
        List<String> warnings = new ArrayList<>();
        Translations dict = AlignSupport.dictionary(options.glossary(), warnings);
        DocumentAlignment a = new DocumentAligner(dict)
                .align(DocumentNames.of(en), e, z);
        if (warnings.isEmpty()) {
            return a;
        }
        warnings.addAll(a.warnings());
        return new DocumentAlignment(a.name(), a.en(), a.zh(), a.enUnits(), a.zhUnits(),
                a.paragraphs(), warnings);
    }

    /** Aligned pairs of a document pair at paragraph and sentence level, one-sided ones included. */
    public static List<AlignedPair> alignedPairs(String name, Path zh, Path en) {
        DocumentAlignment a = align(zh, en, AlignOptions.defaults());
        List<AlignedPair> out = new ArrayList<>();
        for (AlignedPair p : a.pairs(Level.PARAGRAPH)) {
            out.add(new AlignedPair(name, p.level(), p.paragraph(), p.unit(), p.en(), p.zh(),
                    p.confidence(), p.address(), p.symbol(), p.date()));
        }
        for (AlignedPair p : a.pairs(Level.SENTENCE)) {
            out.add(new AlignedPair(name, p.level(), p.paragraph(), p.unit(), p.en(), p.zh(),
                    p.confidence(), p.address(), p.symbol(), p.date()));
        }
        return out;
    }

    private static void requireText(Path file, Document d) {
        boolean any = d.frontMatter().stream().anyMatch(b -> !b.sentences().isEmpty())
                || d.paragraphs().stream().anyMatch(p -> !p.sentences().isEmpty());
        if (!any) {
            throw new BadInputException(file, d.warnings().contains(Segmenter.PAGE_FURNITURE_ONLY)
                    ? "holds " + Segmenter.PAGE_FURNITURE_ONLY + " to align" : "no text to align (the file is empty)");
        }
    }

    /** Strict and lax P/R/F1 pooled over (gold, test) pairs of beads files. */
    public static AlignmentEval.Scores evaluate(List<Path> goldTestPairs) throws IOException {
        if (goldTestPairs.isEmpty() || goldTestPairs.size() % 2 != 0) {
            throw new IllegalArgumentException("eval needs GOLD TEST pairs, got " + goldTestPairs.size() + " files");
        }
        AlignmentEval eval = new AlignmentEval();
        for (int k = 0; k < goldTestPairs.size(); k += 2) {
            eval.add(Beads.read(goldTestPairs.get(k)), Beads.read(goldTestPairs.get(k + 1)));
        }
        return eval.scores();
    }

    // --- index + search -------------------------------------------------------------------------

    private final BitextIndex index;
    private final Path indexDir;

    private Bitext(BitextIndex index, Path indexDir) {
        this.index = index;
        this.indexDir = indexDir;
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
        return index(corpusDir, indexDir, pairs, progress, false);
    }

    /**
     * As {@link #index(Path, Path, IndexProgress)}; {@code replace} allows a run that deletes every document
     * of an existing index (an empty or another corpus), which is refused otherwise.
     */
    public static IndexReport index(Path corpusDir, Path indexDir, IndexProgress progress, boolean replace) {
        return index(corpusDir, indexDir, corpusPairSource(), progress, replace);
    }

    private static IndexReport index(Path corpusDir, Path indexDir, PairSource pairs, IndexProgress progress,
                                     boolean replace) {
        List<String> warnings = new ArrayList<>();
        List<Source> sources = CorpusScanner.scan(corpusDir, warnings);
        try {
            return new Indexer(indexDir, pairs).update(sources, corpusLabel(corpusDir), warnings, progress, replace);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The one re-index rule of every command and of the server, applied before an index is used: the index
     * is brought up to date with {@code corpusDir} when it is missing or was built from that same folder
     * (incremental: nothing is written when nothing changed); an index built from another folder is left
     * alone, and so is an existing index when the corpus folder does not exist.
     *
     * @return the report of the run, or empty when nothing was attempted
     * @throws BadInputException when there is neither an index nor a corpus folder, or when sources failed
     *                           and the index holds nothing else (the first failure says why better than an
     *                           empty index would)
     */
    public static Optional<IndexReport> indexIfStale(Path corpusDir, Path indexDir, IndexProgress progress) {
        if (!Files.isDirectory(corpusDir)) {
            if (IndexFolder.exists(indexDir)) {
                return Optional.empty();
            }
            throw new BadInputException(corpusDir, "corpus folder not found, and no index in " + indexDir
                    + " (build one with 'bitext index CORPUS_DIR --index " + indexDir + "')");
        }
        if (IndexFolder.exists(indexDir)) {
            String label = IndexFolder.corpusOf(indexDir).orElse(null);
            if (!corpusLabel(corpusDir).equals(label)) {
                return Optional.empty();
            }
        }
        IndexReport report = index(corpusDir, indexDir, progress);
        if (!report.errors().isEmpty() && report.units() == 0 && report.unchanged() + report.updated() == 0) {
            int more = report.errors().size() - 1;
            throw new BadInputException(corpusDir, "nothing could be indexed: " + report.errors().get(0)
                    + (more > 0 ? " (and " + more + " more)" : ""));
        }
        return Optional.of(report);
    }

    /** Opens the index in {@code indexDir} for searching (thread-safe); close it when done. */
    public static Bitext open(Path indexDir) {
        try {
            return new Bitext(BitextIndex.open(indexDir, LexiconDictionary.cedict()), indexDir);
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

    /**
     * Translation-memory lookup: the stored units whose source side is most similar to the request's text
     * (English or Chinese), with match %, marked differences and the translation, placeables carried over.
     * A blank text or one in neither language gives no match and a note saying why; a text over
     * {@link org.bitext.index.TmRequest#MAX_LENGTH} characters is an IllegalArgumentException.
     */
    public org.bitext.index.TmResult lookup(org.bitext.index.TmRequest request) {
        try {
            return index.lookup(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #lookup} for each text, with the request's other settings. */
    public List<org.bitext.index.TmResult> lookupAll(List<String> texts, org.bitext.index.TmRequest settings) {
        List<org.bitext.index.TmResult> out = new ArrayList<>(texts.size());
        for (String t : texts) {
            out.add(lookup(new org.bitext.index.TmRequest(t, settings.min(), settings.limit(), settings.level(),
                    settings.document(), settings.dates())));
        }
        return out;
    }

    /**
     * The CAT analysis of a new document: segmented as {@link #segment} does (language detected), every
     * sentence looked up (best match of {@link org.bitext.index.TmAnalysis#MIN} % or more, at the level and
     * document of {@code settings}) and counted in its band. A sentence too long to look up counts as no match.
     */
    public org.bitext.index.TmAnalysis analyse(Path file, org.bitext.index.TmRequest settings) {
        org.bitext.segment.Document d = segment(file, null, null);
        List<String> sentences = new ArrayList<>();
        d.frontMatter().forEach(b -> sentences.addAll(d.sentenceTexts(b)));
        d.paragraphs().forEach(p -> sentences.addAll(d.sentenceTexts(p)));
        if (sentences.isEmpty()) {
            throw new BadInputException(file, "no sentence to look up (the file is empty)");
        }
        return org.bitext.index.TmAnalysis.of(sentences, s -> s.length() > org.bitext.index.TmRequest.MAX_LENGTH
                ? new org.bitext.index.TmResult(s, null, List.of(), "too long to look up")
                : lookup(new org.bitext.index.TmRequest(s, org.bitext.index.TmAnalysis.MIN, 1, settings.level(),
                        settings.document(), settings.dates())));
    }

    /** The lookup done by scoring every unit (slow): what the index's candidates are measured against. */
    public org.bitext.index.TmResult lookupExhaustive(org.bitext.index.TmRequest request) {
        try {
            return index.lookupExhaustive(request);
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

    /**
     * The term table the terms job left in the index folder, the one search spots with (re-read whenever the
     * file changes); empty before the terms job has run there.
     */
    public Optional<TermTable> termTable() {
        return index.termTable();
    }

    /** The terminologist's decisions saved in this index folder (none before the first). */
    public ReviewedTerms reviewedTerms() {
        return ReviewedTerms.readFrom(indexDir);
    }

    /**
     * Saves one review decision in the index folder ({@value ReviewedTerms#FILE_NAME}, written whole or not
     * at all), replacing an earlier decision on the same listed pair; the next terms run applies it.
     * Decisions from several threads are saved one after the other, none lost.
     */
    public synchronized ReviewedTerms review(TermReview review) {
        ReviewedTerms updated = reviewedTerms().with(review);
        try {
            updated.writeTo(indexDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return updated;
    }

    /** Picks up a newer commit (a re-index while serving). */
    public void refresh() {
        try {
            index.refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The commit generation the open index reads (for health checks: it changes with every commit). */
    public long generation() {
        try {
            return index.generation();
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
        return new CorpusPairSource(Bitext::alignedPairs, Tmx::read);
    }

    // --- terms ----------------------------------------------------------------------------------

    /** Runs the terms job (units from the index or the corpus named in the options), without progress. */
    public static TermsReport extractTerms(TermsOptions options) {
        return extractTerms(options, message -> { });
    }

    /** Runs the terms job, passing progress lines (for stderr) to {@code progress}. */
    public static TermsReport extractTerms(TermsOptions options, Consumer<String> progress) {
        Path origin = options.corpusDir() != null ? options.corpusDir() : options.indexDir();
        return TermsJob.run(options, termUnits(options, progress), origin, progress, Bitext::writeTermList);
    }

    /** Runs the terms job over units from any source (gold pairs, bead files, TMX). */
    public static TermsReport extractTerms(TermsOptions options, UnitSource units, Consumer<String> progress) {
        Path origin = options.corpusDir() != null ? options.corpusDir() : options.indexDir();
        return TermsJob.run(options, units, origin, progress, Bitext::writeTermList);
    }

    /**
     * Exports the reviewed list of an index folder (accepted and edited pairs) to {@code output}, in the
     * format its extension names; returns the number of pairs written. No decisions is bad input.
     */
    public static int exportReviewed(Path indexDir, Path output) {
        ReviewedTerms reviewed = ReviewedTerms.readFrom(indexDir);
        List<ExtractedTerm> kept = reviewed.kept(TermTable.readFrom(indexDir));
        if (kept.isEmpty()) {
            throw new BadInputException(indexDir, "no accepted or edited term pairs to export (review them on"
                    + " the page of 'bitext serve' first)");
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new BadInputException(output, "output folder does not exist");
        }
        try {
            writeTermList(kept, output, TermsOptions.format(output));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return kept.size();
    }

    /** Writes a term list in the format the output's extension names (CSV, TSV, TBX). */
    private static void writeTermList(List<ExtractedTerm> terms, Path output, TermsOptions.Format format)
            throws IOException {
        switch (format) {
            case CSV -> TermListWriter.writeCsv(terms, output);
            case TSV -> TermListWriter.writeTsv(terms, output);
            case TBX -> TbxWriter.write(terms, output);
        }
    }

    /**
     * Units for the terms job, always read from the index so that terms and search see the same units. With
     * a corpus folder, the index is first brought up to date with it (new or changed document pairs aligned,
     * unchanged ones skipped).
     */
    private static UnitSource termUnits(TermsOptions options, Consumer<String> progress) {
        Path indexDir = options.indexDir();
        if (options.corpusDir() != null) {
            if (!Files.isDirectory(options.corpusDir())) {
                throw new BadInputException(options.corpusDir(), "corpus folder not found");
            }
            // A corpus named on the command line is indexed into the index folder as `bitext index` does it,
            // even when the folder was built from another path (a checkout copied elsewhere): unchanged
            // sources are kept, changed ones replaced, and the index records the corpus it now holds.
            Optional<IndexReport> report = Optional.of(index(options.corpusDir(), indexDir, (done, total, units) ->
                    progress.accept("terms: indexing " + done + "/" + total + " sources, " + units + " units")));
            report.get().warnings().forEach(w -> progress.accept("terms: warning: " + w));
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
