package org.bitext.lexicon;

import com.ibm.icu.text.Transliterator;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.bitext.text.BadInputException;

/**
 * Reads a translator's glossary ({@code zh<TAB>en} per line) into a lexicon layer. Line-level problems are
 * warnings (the translator still gets the good lines); file-level problems are {@link BadInputException}s.
 */
final class Glossary {

    private Glossary() {
    }

    static Map<String, String> read(Path tsv, List<String> warnings) {
        List<String> lines;
        try (BufferedReader r = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
            lines = r.lines().toList();
        } catch (NoSuchFileException e) {
            throw new BadInputException(tsv, "glossary file not found");
        } catch (CharacterCodingException e) {
            throw new BadInputException(tsv, "glossary is not UTF-8 text");
        } catch (java.io.UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new BadInputException(tsv, "glossary is not UTF-8 text");
            }
            throw new BadInputException(tsv, "cannot read glossary: " + e.getCause().getMessage());
        } catch (IOException e) {
            throw new BadInputException(tsv, "cannot read glossary: " + e.getMessage());
        }
        Map<String, Set<String>> glosses = new HashMap<>();
        int bad = 0;
        // Built per read: ICU does not promise that one instance may be shared between threads.
        Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");
        Transliterator toTraditional = Transliterator.getInstance("Simplified-Traditional");
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i == 0 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            int no = i + 1;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (no == 1 && cols.length >= 2 && cols[0].strip().equalsIgnoreCase("zh")
                    && cols[1].strip().toLowerCase(Locale.ROOT).startsWith("en")) {
                continue;
            }
            String problem = null;
            String zh = cols.length >= 2 ? cols[0].strip() : "";
            String en = cols.length >= 2 ? cols[1].strip() : "";
            if (cols.length < 2) {
                problem = "expected zh<TAB>en, found no tab";
            } else if (cols.length > 2 && !cols[2].isBlank()) {
                problem = "expected 2 columns zh<TAB>en, found " + cols.length;
            } else if (zh.isEmpty() || en.isEmpty()) {
                problem = "empty " + (zh.isEmpty() ? "Chinese" : "English") + " term";
            } else if (!EnglishWords.hasHan(zh)) {
                problem = EnglishWords.hasHan(en) ? "columns swapped? expected zh<TAB>en"
                        : "Chinese term has no Chinese characters: '" + zh + "'";
            } else if (EnglishWords.tokens(en).isEmpty()) {
                problem = "English term has no letters or digits: '" + en + "'";
            }
            if (problem != null) {
                bad++;
                warnings.add(tsv + ": line " + no + ": " + problem + "; line skipped");
                continue;
            }
            for (String key : new LinkedHashSet<>(List.of(zh, toSimplified.transliterate(zh),
                    toTraditional.transliterate(zh)))) {
                glosses.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(en);
            }
        }
        if (glosses.isEmpty()) {
            throw new BadInputException(tsv, bad == 0 ? "glossary has no term pairs (expected zh<TAB>en lines)"
                    : "glossary has no usable term pair (" + bad + " bad lines; expected zh<TAB>en)");
        }
        Map<String, String> layer = new HashMap<>(glosses.size() * 2);
        for (Map.Entry<String, Set<String>> e : glosses.entrySet()) {
            layer.put(e.getKey(), Lexicon.encode(e.getValue()));
        }
        return layer;
    }
}
