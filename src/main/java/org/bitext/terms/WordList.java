package org.bitext.terms;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Loads a per-language word list (stop words, function words) from a resource file beside this class: one
 * entry per line, {@code #} comments. Fails loudly when the resource is missing, so that a broken build
 * never silently extracts terms without its stop words.
 */
final class WordList {

    private WordList() {
    }

    static Set<String> load(String resource) {
        try (InputStream in = WordList.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/bitext/terms/" + resource);
            }
            Set<String> words = new HashSet<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    words.add(w);
                }
            }
            if (words.isEmpty()) {
                throw new IllegalStateException("empty resource org/bitext/terms/" + resource);
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource org/bitext/terms/" + resource, e);
        }
    }
}
