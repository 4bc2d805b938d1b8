package org.bitext.text;

import java.util.Set;

/**
 * The word lists of bitext, each once, named for what it is for (files in {@code org/bitext/text/}: one entry
 * per line, {@code #} comments). The lists differ because their uses differ: what carries no evidence that two
 * sentences are translations is not what may not start a term. The index's English analysis uses Lucene's
 * own {@code EnglishAnalyzer.ENGLISH_STOP_WORDS_SET}, so that the {@code en} field is what EnglishAnalyzer
 * makes. A missing or empty list fails loudly, so that a broken build never runs without its lists.
 */
public enum WordList {

    /** English words the aligner's tokenizer drops: function words carry no cross-language signal. */
    EN_ALIGNMENT_STOPWORDS("en-alignment-stopwords.txt"),
    /**
     * Chinese words the aligner's tokenizer drops: through the learned lexicon they would match whatever
     * English content word co-occurs with them ("他" ~ "said"). Simplified only (the aligner converts first).
     */
    ZH_ALIGNMENT_STOPWORDS("zh-alignment-stopwords.txt"),
    /**
     * English words dropped when a CC-CEDICT gloss or a glossary term is reduced to its content words:
     * function words plus the dictionary's gloss conventions ("sb", "sth", "variant" …).
     */
    EN_GLOSS_STOPWORDS("en-gloss-stopwords.txt"),
    /**
     * Chinese words whose dictionary match is no evidence (their glosses are English function words or rare
     * readings: 的 "taxi"); Simplified and Traditional, since dictionary lookups see both.
     */
    ZH_DICTIONARY_FUNCTION_WORDS("zh-dictionary-function-words.txt"),
    /** English words a term candidate never starts or ends with (also common verbs, unlike the others). */
    EN_TERM_EDGE_STOPWORDS("en-term-edge-stopwords.txt"),
    /** Chinese words and characters a term candidate never starts or ends with (ICU word-break tokens). */
    ZH_TERM_EDGE_FUNCTION_WORDS("zh-term-edge-function-words.txt");

    private final String resource;
    private volatile Set<String> words;

    WordList(String resource) {
        this.resource = resource;
    }

    /** The list's entries, stripped (loaded on first use; immutable). */
    public Set<String> words() {
        Set<String> w = words;
        if (w == null) {
            w = load(resource);
            words = w;
        }
        return w;
    }

    /** True when {@code word} is on the list. */
    public boolean contains(String word) {
        return words().contains(word);
    }

    private static Set<String> load(String resource) {
        Set<String> words = Set.copyOf(DataFiles.lines(WordList.class, resource));
        if (words.isEmpty()) {
            throw new IllegalStateException("empty resource org/bitext/text/" + resource);
        }
        return words;
    }
}
