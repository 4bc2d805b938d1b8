package org.bitext.terms;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bitext.lexicon.Lexicon;

/**
 * The dictionary the terms stage compares terms with: CC-CEDICT plus the senses of bound prefixes it lacks
 * (resource {@code glosses.zh.tsv}: 无 "non", 不 "non" …), so that 无核武器国家 translates non-nuclear-weapon
 * States word for word.
 */
public final class TermLexicon {

    private static final class Holder {
        static final Lexicon INSTANCE = Lexicon.cedict().union(Lexicon.of(read()));
    }

    private static final Set<String> PREFIXES = GeneralLanguage.PREFIXES;

    private TermLexicon() {
    }

    public static Lexicon get() {
        return Holder.INSTANCE;
    }

    /**
     * Gloss stems of a dictionary word that starts with a bound prefix (resource {@code prefix.zh.txt})
     * together with those of the prefix and of the rest: the
     * greedy segmentation takes 无核 ("nonnuclear") where 无核武器区 is 无 + 核武器 + 区, so a word whose own
     * glosses miss may still be translated part by part.
     */
    public static Set<String> stemsWithParts(Lexicon lexicon, String word) {
        Set<String> own = lexicon.stems(word);
        int first = word.offsetByCodePoints(0, 1);
        if (first >= word.length() || !PREFIXES.contains(word.substring(0, first))) {
            return own;
        }
        Set<String> out = new java.util.HashSet<>(own);
        out.addAll(lexicon.stems(word.substring(0, first)));
        out.addAll(lexicon.stems(word.substring(first)));
        return out;
    }

    /**
     * True for a bound suffix (resource {@code suffix.zh.txt}: 性) that, after another word, forms an
     * adjective or abstract noun with it (纪实性 ⇄ factual): compared word by word, it needs no English word
     * of its own.
     */
    public static boolean isSuffix(String word) {
        return GeneralLanguage.SUFFIXES.contains(word);
    }

    private static Map<String, Set<String>> read() {
        Map<String, Set<String>> out = new HashMap<>();
        try (InputStream in = TermLexicon.class.getResourceAsStream("glosses.zh.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/bitext/terms/glosses.zh.tsv");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 2) {
                    throw new IllegalStateException("org/bitext/terms/glosses.zh.tsv: bad line '" + line + "'");
                }
                out.computeIfAbsent(f[0], k -> new LinkedHashSet<>()).addAll(List.of(f[1].split(" ")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
