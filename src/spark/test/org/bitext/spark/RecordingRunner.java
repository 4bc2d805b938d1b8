package org.bitext.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bitext.align.Level;
import org.bitext.terms.KeptKeys;
import org.bitext.terms.Specials;
import org.bitext.terms.TermStats;
import org.bitext.terms.TermsRunner;
import org.bitext.terms.UnitText;

/**
 * A runner that passes every call to another and writes down what it answered, so that two runners driven by
 * the same driver can be compared call by call: where their term lists differ, the first differing answer
 * says which operation is to blame.
 */
final class RecordingRunner implements TermsRunner {

    private final TermsRunner runner;
    final List<String> calls = new ArrayList<>();

    RecordingRunner(TermsRunner runner) {
        this.runner = runner;
    }

    private void record(String call, Object answer) {
        Object sorted = answer instanceof Map<?, ?> m ? new TreeMap<>(m) : answer;
        calls.add(call + " -> " + sorted);
    }

    @Override
    public Scan scan() {
        Scan s = runner.scan();
        record("scan", s.seen() + " " + s.sentences() + " " + s.paragraphs() + " "
                + s.sentenceDefinitions().pairsInOrder() + " " + s.sentenceDefinitions().variantsInOrder());
        return s;
    }

    @Override
    public Extraction extract(Level level, Specials specials, int minFreq) {
        Extraction x = runner.extract(level, specials, minFreq);
        record("extract " + level + " " + new TreeMap<>(specials.en()) + " " + minFreq, x.zh() + " " + x.en() + " "
                + x.minFreq() + " " + x.warnings());
        return x;
    }

    @Override
    public <K extends Serializable, V extends Serializable> Map<K, V> mapUnits(UnitMapper<K, V> mapper,
                                                                              Merger<V> merger) {
        Map<K, V> out = runner.mapUnits(mapper, merger);
        record("mapUnits", out);
        return out;
    }

    @Override
    public void countPairs(KeptKeys kept, int minBoth, PairSink sink) {
        StringBuilder sb = new StringBuilder();
        runner.countPairs(kept, minBoth, (z, e, both) -> {
            sb.append(z).append(',').append(e).append(',').append(both).append(' ');
            sink.accept(z, e, both);
        });
        record("countPairs " + kept.zhSize() + " " + kept.enSize() + " " + minBoth, sb);
    }

    @Override
    public Map<String, TermStats> stats(boolean chinese, Set<String> keys) {
        Map<String, TermStats> out = runner.stats(chinese, keys);
        record("stats " + chinese + " " + new java.util.TreeSet<>(keys), out);
        return out;
    }

    @Override
    public Map<Long, UnitText> texts(Set<Long> ordinals) {
        Map<Long, UnitText> out = runner.texts(ordinals);
        record("texts " + new java.util.TreeSet<>(ordinals), out);
        return out;
    }

    @Override
    public void close() {
        runner.close();
    }
}
