package org.bitext.terms;

import java.util.Locale;
import org.bitext.lexicon.EnglishWords;
import org.bitext.lexicon.Lexicon;
import org.bitext.text.Span;

/**
 * Domain specificity of a term pair against general language, in [0.6, 1]: a pair whose words are all
 * frequent in everyday language (具体项目 ⇄ concrete projects) is less likely to be a term than one with a
 * word rare in general language (保障 ⇄ safeguards, 透明度 ⇄ transparency) or a name (International Monitoring
 * System). English uses the SUBTLEX-US ranks, Chinese the counts of smartcn's core dictionary.
 */
final class Termhood {

    private static final double EN_RARE_RANK = 20000;
    private static final double ZH_CORPUS_LOG = Math.log(15000);

    private final GeneralLanguage general = GeneralLanguage.get();
    private final Lexicon lexicon = Lexicon.cedict();

    double of(String zh, String en) {
        return 0.6 + 0.4 * Math.max(english(en), chinese(zh));
    }

    /** 1 for an acronym or a capitalized name; otherwise the rarest content word's rank over 20,000 (max 1). */
    double english(String en) {
        if (EnTerms.isAcronym(en)) {
            return 1;
        }
        double best = 0;
        boolean capitalized = true;
        for (String w : en.split("[\\s-]+")) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (w.isEmpty() || EnglishWords.isStopWord(lower)) {
                continue;
            }
            capitalized &= Character.isUpperCase(w.charAt(0));
            best = Math.max(best, Math.min(1, general.enRank(lower) / EN_RARE_RANK));
        }
        return capitalized && best > 0 ? 1 : best;
    }

    /** The rarest dictionary word's specificity: 1 minus its log count over the log of 15,000. */
    double chinese(String zh) {
        double best = 0;
        for (Span w : lexicon.words(zh)) {
            String word = w.of(zh);
            if (Lexicon.isFunctionWord(word)) {
                continue;
            }
            int count = general.zhCount(word);
            best = Math.max(best, Math.max(0, 1 - Math.log(count + 1) / ZH_CORPUS_LOG));
        }
        return best;
    }
}
