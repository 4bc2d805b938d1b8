package org.bitext.align;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.bitext.lexicon.Lexicon;
import org.bitext.text.Span;

/**
 * Where the aligner gets its bilingual dictionary: the bundled CC-CEDICT, plus a user's glossary when
 * given; one place so that the facade, the CLI and the tests agree.
 */
public final class AlignSupport {

    private AlignSupport() {
    }

    /**
     * Refuses a pair whose sides cannot be a Chinese translation and its English original: the same text
     * twice, the files given the wrong way round, or a side in the other language. Aligning them would put
     * Chinese in the {@code en} column without a word.
     */
    public static void checkSides(Path zhFile, org.bitext.segment.Document zh, Path enFile,
                                  org.bitext.segment.Document en) {
        if (zh.text().equals(en.text())) {
            throw new org.bitext.text.BadInputException(enFile, "has the same text as " + zhFile
                    + "; give the Chinese translation and its English original");
        }
        org.bitext.text.Language zl = org.bitext.text.TextLoader.detectLanguage(zh.text());
        org.bitext.text.Language el = org.bitext.text.TextLoader.detectLanguage(en.text());
        if (zl == org.bitext.text.Language.EN && el == org.bitext.text.Language.ZH) {
            throw new org.bitext.text.BadInputException(zhFile, "is English and " + enFile + " is Chinese: the files"
                    + " are swapped (give the Chinese file first, then the English one)");
        }
        if (zl == org.bitext.text.Language.EN) {
            throw new org.bitext.text.BadInputException(zhFile, "holds no Chinese text (is it an English file?);"
                    + " the first file must be the Chinese translation");
        }
        if (el == org.bitext.text.Language.ZH) {
            throw new org.bitext.text.BadInputException(enFile, "is Chinese, not English; the second file must be"
                    + " the English original");
        }
    }

    /**
     * CC-CEDICT as the aligner's dictionary, loaded on first use (and started in the background now), so
     * that the load overlaps with reading the input and tokenising the English side.
     */
    public static Translations dictionary() {
        Lexicon.preload();
        warmUp();
        return new Translations() {
            @Override
            public Set<String> english(String zhWord) {
                return Lexicon.cedict().english(zhWord);
            }

            @Override
            public boolean has(String zhWord) {
                return Lexicon.cedict().has(zhWord);
            }

            @Override
            public int maxKeyLength() {
                return Lexicon.cedict().maxKeyLength();
            }

            @Override
            public List<Span> words(String zh) {
                return Lexicon.cedict().words(zh);
            }

            @Override
            public int longestMatch(String text, int from, int to) {
                return Lexicon.cedict().longestMatch(text, from, to);
            }
        };
    }

    /**
     * Loads the aligner's language data and sets up the tokenizer (ICU's NFKC tables, the Snowball stemmer)
     * in a background thread, while the caller reads its input: some 40 ms of a cold JVM's start that would
     * otherwise wait until the first sentence is tokenised. Failures are left for the real use to report.
     */
    static void warmUp() {
        Thread t = new Thread(() -> {
            try {
                LanguageData.get();
                Tokenizer.warmUp();
            } catch (RuntimeException | Error e) {
                // the aligner's own call fails again with the same message; nothing is lost
            }
        }, "bitext-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /** CC-CEDICT plus the glossary (when not null); bad glossary lines go to {@code warningsOut}. */
    public static Translations dictionary(Path glossaryOrNull, List<String> warningsOut) {
        Lexicon lex = Lexicon.cedict();
        if (glossaryOrNull != null) {
            lex = Lexicon.fromGlossary(glossaryOrNull, warningsOut).union(lex);
        }
        return of(lex);
    }

    /** Adapts a {@link Lexicon}. */
    public static Translations of(Lexicon lexicon) {
        return new Translations() {
            @Override
            public Set<String> english(String zhWord) {
                return lexicon.english(zhWord);
            }

            @Override
            public boolean has(String zhWord) {
                return lexicon.has(zhWord);
            }

            @Override
            public int maxKeyLength() {
                return lexicon.maxKeyLength();
            }

            @Override
            public List<Span> words(String zh) {
                return lexicon.words(zh);
            }

            @Override
            public int longestMatch(String text, int from, int to) {
                return lexicon.longestMatch(text, from, to);
            }
        };
    }
}
