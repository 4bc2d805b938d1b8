package org.bitext.align;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.bitext.text.WordList;
import org.bitext.text.DataFiles;

/**
 * Per-language data the aligner's lexical evidence uses (English stop words, number words, month names,
 * characters that mark Traditional script),
 * read once from resource files next to this class; a missing file is a packaging error and fails loudly.
 */
final class LanguageData {

    private static volatile LanguageData instance;

    final Set<String> englishStopWords;
    /** English number words that stand alone (ordinals, "half", "twice") and their values. */
    final Map<String, String> englishOrdinals;
    /** English cardinal number words: runs of them combine into one number. */
    final Map<String, Long> englishCardinals;
    final Map<String, String> englishMonths;
    final Set<String> traditionalMarkers;
    /** English irregular forms and their base forms ("took" → "take"), applied before stemming. */
    final Map<String, String> englishIrregular;
    /** Chinese function words that carry no lexical evidence. */
    final Set<String> chineseStopWords;

    private LanguageData() {
        englishStopWords = WordList.EN_ALIGNMENT_STOPWORDS.words();
        englishOrdinals = Map.copyOf(pairs("en-ordinals.txt"));
        Map<String, Long> values = new HashMap<>();
        pairs("en-numbers.txt").forEach((word, value) -> values.put(word, Long.parseLong(value)));
        englishCardinals = Map.copyOf(values);
        englishMonths = Map.copyOf(pairs("en-months.txt"));
        traditionalMarkers = Set.copyOf(lines("zh-traditional-markers.txt"));
        englishIrregular = Map.copyOf(pairs("en-irregular.txt"));
        chineseStopWords = WordList.ZH_ALIGNMENT_STOPWORDS.words();
    }

    static LanguageData get() {
        LanguageData d = instance;
        if (d == null) {
            synchronized (LanguageData.class) {
                d = instance;
                if (d == null) {
                    d = new LanguageData();
                    instance = d;
                }
            }
        }
        return d;
    }

    private static Map<String, String> pairs(String name) {
        Map<String, String> out = new HashMap<>();
        for (String line : lines(name)) {
            String[] f = line.split("\t");
            if (f.length != 2) {
                throw new IllegalStateException("resource " + name + ": expected word<TAB>value, got '" + line + "'");
            }
            out.put(f[0].toLowerCase(Locale.ROOT), f[1]);
        }
        return out;
    }

    static List<String> lines(String name) {
        return DataFiles.lines(LanguageData.class, name);
    }
}
