package org.bitext.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the per-language data files that ship in the jar (word lists, rules, patterns): UTF-8, one entry per
 * line, stripped; blank lines and {@code #} comments skipped. The one loader of those files; a missing file
 * fails loudly, so that a broken build never runs without its data.
 */
public final class DataFiles {

    private DataFiles() {
    }

    /** The entries of resource {@code name} beside {@code owner} (its package), in file order. */
    public static List<String> lines(Class<?> owner, String name) {
        String path = owner.getPackageName().replace('.', '/') + "/" + name;
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path + " (broken build?)");
            }
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + path, e);
        }
    }
}
