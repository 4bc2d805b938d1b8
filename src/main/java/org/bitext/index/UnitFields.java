package org.bitext.index;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.StoredFields;
import org.bitext.align.AlignedPair;
import org.bitext.align.Level;
import org.bitext.align.Placeables;

/**
 * The layout of the Lucene documents: one per aligned unit (field {@code level}), plus one marker document
 * per corpus source that records the source's content hash, so an update can tell what changed.
 */
final class UnitFields {

    static final String KIND = "kind";
    static final String KIND_SOURCE = "source";
    static final String SOURCE = "source";
    static final String HASH = "hash";
    static final String LEVEL = "level";
    static final String DOCUMENT = "document";
    static final String PARAGRAPH = "paragraph";
    static final String UNIT = "unit";
    static final String ADDRESS = "address";
    static final String SYMBOL = "symbol";
    /** The document's masthead date: a LongPoint of its epoch day (range filters) and the stored ISO text. */
    static final String DATE = "date";
    static final String CONFIDENCE = "confidence";
    static final String EN_TEXT = "en_text";
    static final String ZH_TEXT = "zh_text";
    /** A 64-bit hash of both texts: a lookup shows one unit of each distinct pair (see {@link TmCandidates}). */
    static final String TM_KEY = "tm_key";
    /**
     * Tokens of each side as the lookup counts them (English words high 32 bits, Chinese characters low):
     * a unit whose length alone keeps it below the minimum match is no candidate.
     */
    static final String TM_LENGTH = "tm_length";

    /**
     * Analysed with positions (phrases) but without offsets: writing offsets into the postings was a large
     * share of the indexing CPU, and highlighting needs them only for the few hits shown, which
     * {@link Highlights} re-analyses from the stored text.
     */
    private static final FieldType TEXT = new FieldType();
    /** Translation-memory candidates need which units hold a bigram, not where or how often. */
    private static final FieldType BIGRAMS = new FieldType();

    static {
        TEXT.setTokenized(true);
        TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        TEXT.freeze();
        BIGRAMS.setTokenized(true);
        BIGRAMS.setIndexOptions(IndexOptions.DOCS);
        BIGRAMS.freeze();
    }

    private UnitFields() {
    }

    /**
     * The unit documents of one source's two-sided pairs, built as the writer takes them: one document and
     * its fields are reused for every unit (IndexWriter consumes each document before asking for the next),
     * which saves allocating and collecting a dozen objects per unit.
     */
    static Iterable<Document> units(String source, List<AlignedPair> pairs) {
        return () -> new Iterator<>() {
            private final Reusable doc = new Reusable(source);
            private int next;

            @Override
            public boolean hasNext() {
                return next < pairs.size();
            }

            @Override
            public Document next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return doc.set(pairs.get(next++));
            }
        };
    }

    /** One unit's document, filled anew for each unit. */
    private static final class Reusable {
        final Document doc = new Document();
        final Field level = new StringField(LEVEL, "", Field.Store.YES);
        final Field document = new StringField(DOCUMENT, "", Field.Store.YES);
        final Field paragraph = new StringField(PARAGRAPH, "", Field.Store.YES);
        final Field unit = new StoredField(UNIT, 0);
        final Field address = new StoredField(ADDRESS, "");
        final Field symbol = new StoredField(SYMBOL, "");
        final Field dateStored = new StoredField(DATE, "");
        final Field datePoint = new LongPoint(DATE, 0L);
        final Field confidence = new StoredField(CONFIDENCE, 0.0);
        final Field enText = new StoredField(EN_TEXT, "");
        final Field zhText = new StoredField(ZH_TEXT, "");
        final Field zh = new Field(BitextAnalyzers.ZH, "", TEXT);
        final EnglishTokens english = new EnglishTokens();
        final Field en = new Field(BitextAnalyzers.EN, english.stemmed, TEXT);
        final Field enExact = new Field(BitextAnalyzers.EN_EXACT, english.exact, TEXT);
        final Field tmEn = new Field(BitextAnalyzers.TM_EN, english.bigrams, BIGRAMS);
        final NumericDocValuesField tmKey = new NumericDocValuesField(TM_KEY, 0L);
        final NumericDocValuesField tmLength = new NumericDocValuesField(TM_LENGTH, 0L);

        Reusable(String source) {
            // The source key is indexed (to delete a changed source's units) but only the marker stores it.
            doc.add(new StringField(SOURCE, source, Field.Store.NO));
            for (Field f : List.of(level, document, paragraph, unit, address, symbol, confidence, enText, zhText, zh,
                    en, enExact, tmEn, tmKey, tmLength)) {
                doc.add(f);
            }
        }

        Document set(AlignedPair p) {
            // A unit without a date has no point: any date filter leaves it out.
            doc.removeFields(DATE);
            if (!p.date().isEmpty()) {
                dateStored.setStringValue(p.date());
                datePoint.setLongValue(LocalDate.parse(p.date()).toEpochDay());
                doc.add(dateStored);
                doc.add(datePoint);
            }
            level.setStringValue(p.level().code());
            document.setStringValue(p.document());
            paragraph.setStringValue(p.paragraph());
            unit.setIntValue(p.unit());
            address.setStringValue(p.address());
            symbol.setStringValue(p.symbol());
            confidence.setDoubleValue(p.confidence());
            enText.setStringValue(p.en());
            zhText.setStringValue(p.zh());
            zh.setStringValue(p.zh());
            english.analyse(p.en()); // the English fields replay these tokens
            tmKey.setLongValue(pairKey(p.en(), p.zh()));
            tmLength.setLongValue(lengths(p.en(), p.zh()));
            return doc;
        }
    }

    static long lengths(String en, String zh) {
        return (long) Placeables.count(en) << 32 | Placeables.count(zh);
    }

    /** FNV-1a over both texts (64 bits: a million distinct pairs collide with odds of about 1 in 37 million). */
    static long pairKey(String en, String zh) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < en.length(); i++) {
            h = (h ^ en.charAt(i)) * 0x100000001b3L;
        }
        h = (h ^ 0xFFFF) * 0x100000001b3L;
        for (int i = 0; i < zh.length(); i++) {
            h = (h ^ zh.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }

    static Document sourceMarker(String source, String hash) {
        Document d = new Document();
        d.add(new StringField(KIND, KIND_SOURCE, Field.Store.NO));
        d.add(new StringField(SOURCE, source, Field.Store.YES));
        d.add(new StoredField(HASH, hash));
        return d;
    }

    /** The pairs that are indexed: two-sided units only (one-sided beads have nothing to concord with). */
    static List<AlignedPair> indexed(List<AlignedPair> pairs) {
        return pairs.stream().filter(AlignedPair::isTwoSided).toList();
    }

    static AlignedPair read(StoredFields stored, int doc) throws java.io.IOException {
        Document d = stored.document(doc);
        return new AlignedPair(d.get(DOCUMENT), Level.parse(d.get(LEVEL)), d.get(PARAGRAPH),
                d.getField(UNIT).numericValue().intValue(), d.get(EN_TEXT), d.get(ZH_TEXT),
                d.getField(CONFIDENCE).numericValue().doubleValue(), orEmpty(d.get(ADDRESS)), orEmpty(d.get(SYMBOL)),
                orEmpty(d.get(DATE)));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
