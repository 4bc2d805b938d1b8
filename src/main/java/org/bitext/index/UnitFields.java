package org.bitext.index;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.StoredFields;
import org.bitext.align.AlignedPair;
import org.bitext.align.Level;

/**
 * The layout of the Lucene documents: one per aligned unit (field {@code level}), plus one marker document
 * per corpus source that records the source's content hash, so an update can tell what changed.
 */
final class UnitFields {

    static final String KIND = "kind";
    static final String KIND_UNIT = "unit";
    static final String KIND_SOURCE = "source";
    static final String SOURCE = "source";
    static final String HASH = "hash";
    static final String LEVEL = "level";
    static final String DOCUMENT = "document";
    static final String PARAGRAPH = "paragraph";
    static final String UNIT = "unit";
    static final String CONFIDENCE = "confidence";
    static final String EN_TEXT = "en_text";
    static final String ZH_TEXT = "zh_text";

    /**
     * Analysed with positions (phrases) but without offsets: writing offsets into the postings was a large
     * share of the indexing CPU, and highlighting needs them only for the few hits shown, which
     * {@link Highlights} re-analyses from the stored text.
     */
    private static final FieldType TEXT = new FieldType();

    static {
        TEXT.setTokenized(true);
        TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        TEXT.freeze();
    }

    private UnitFields() {
    }

    static Document unit(String source, AlignedPair p) {
        Document d = new Document();
        d.add(new StringField(KIND, KIND_UNIT, Field.Store.NO));
        d.add(new StringField(SOURCE, source, Field.Store.YES));
        d.add(new StringField(LEVEL, p.level().code(), Field.Store.YES));
        d.add(new StringField(DOCUMENT, p.document(), Field.Store.YES));
        d.add(new StringField(PARAGRAPH, p.paragraph(), Field.Store.YES));
        d.add(new IntPoint(UNIT, p.unit()));
        d.add(new StoredField(UNIT, p.unit()));
        d.add(new NumericDocValuesField(UNIT, p.unit()));
        d.add(new StoredField(CONFIDENCE, p.confidence()));
        d.add(new StoredField(EN_TEXT, p.en()));
        d.add(new StoredField(ZH_TEXT, p.zh()));
        d.add(new Field(BitextAnalyzers.ZH, p.zh(), TEXT));
        d.add(new Field(BitextAnalyzers.EN, p.en(), TEXT));
        d.add(new Field(BitextAnalyzers.EN_EXACT, p.en(), TEXT));
        return d;
    }

    static Document sourceMarker(String source, String hash) {
        Document d = new Document();
        d.add(new StringField(KIND, KIND_SOURCE, Field.Store.NO));
        d.add(new StringField(SOURCE, source, Field.Store.YES));
        d.add(new StoredField(HASH, hash));
        return d;
    }

    static List<Document> documents(String source, String hash, List<AlignedPair> pairs) {
        List<Document> docs = new ArrayList<>(pairs.size() + 1);
        for (AlignedPair p : pairs) {
            if (p.isTwoSided()) {
                docs.add(unit(source, p));
            }
        }
        docs.add(sourceMarker(source, hash));
        return docs;
    }

    static AlignedPair read(StoredFields stored, int doc) throws java.io.IOException {
        Document d = stored.document(doc);
        return new AlignedPair(d.get(DOCUMENT), Level.parse(d.get(LEVEL)), d.get(PARAGRAPH),
                d.getField(UNIT).numericValue().intValue(), d.get(EN_TEXT), d.get(ZH_TEXT),
                d.getField(CONFIDENCE).numericValue().doubleValue());
    }
}
