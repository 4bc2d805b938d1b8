package org.bitext.terms;

import java.nio.file.Path;

final class DevMain {
    public static void main(String[] args) {
        TermExtractor x = new TermExtractor(new TermExtractor.Settings(2, 0.5, Glossary.none()), m -> { });
        TermExtractor.Result r = x.extract(GoldUnits.source(), Path.of("gold"));
        int i = 0;
        for (ExtractedTerm t : r.terms()) {
            TermPair p = t.pair();
            System.out.println((++i) + "\t" + p.zh() + "\t" + p.en() + "\t" + p.kind() + "\t" + p.frequency() + "\t" + p.score() + "\t" + p.method());
        }
    }
}
