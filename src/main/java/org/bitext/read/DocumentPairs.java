package org.bitext.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bitext.text.BadInputException;
import org.bitext.text.Language;
import org.bitext.text.TextLoader;

/**
 * Pairs the Chinese and English versions of documents among the files of one folder, in any mix of formats
 * (.txt, .pdf, .docx, .doc):
 * <ol>
 * <li>{@code NAME.zh.EXT} with {@code NAME.en.EXT}: the pair is named NAME;</li>
 * <li>as the UN document system names downloads, {@code A_RES_66_44-ZH.pdf} with {@code A_RES_66_44-EN.docx}
 * (also {@code -C}/{@code -E}, {@code _ZH}/{@code _EN}): the pair is named by the symbol, {@code A/RES/66/44};</li>
 * <li>files named by job number ({@code N1146236.pdf}, {@code G1261234.pdf}: the two language versions carry
 * different job numbers) are read, and paired by the document symbol found in their masthead and the
 * language of their text.</li>
 * </ol>
 * A file that finds no counterpart is reported and not paired; of two files for one side (names that differ
 * only in case, or one document in two formats) the first in sorted order is paired and the other reported.
 */
public final class DocumentPairs {

    /** A Chinese and an English file that are one document, and its name. */
    public record Pair(String name, Path zh, Path en) {
        public Pair {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(zh, "zh");
            Objects.requireNonNull(en, "en");
        }
    }

    private static final Pattern EXT = Pattern.compile("(?i)\\.(txt|text|pdf|docx|doc)$");
    private static final Pattern DOTTED = Pattern.compile("(?i)(.+)\\.(zh|en|zh-cn|zh-hans|chi|eng)$");
    private static final Pattern UN_NAMED = Pattern.compile("(?i)(.+?)[-_](zh|en|c|e|ch)$");
    private static final Pattern JOB_NUMBER = Pattern.compile("(?i)[A-Z]\\d{7}");
    /** A UN document symbol: organ letters, then slash-separated parts (A/RES/66/44, CD/1937, S/2012/123). */
    static final Pattern SYMBOL = Pattern.compile("\\b([A-Z]{1,6}(?:/[A-Z0-9][A-Za-z0-9.()\\-]*)+)");
    /** How far into a document its masthead symbol is looked for. */
    private static final int MASTHEAD_LINES = 12;

    private DocumentPairs() {
    }

    /** True for the extensions that hold documents (.txt, .pdf, .docx, .doc). */
    public static boolean isDocument(Path file) {
        return EXT.matcher(file.getFileName().toString()).find();
    }

    /**
     * The pairs among {@code files} (all in one folder), named with {@code prefix} in front ("sub/" for a
     * subfolder); problems go to {@code warnings}.
     */
    public static List<Pair> pair(List<Path> files, String prefix, List<String> warnings) {
        // Names that differ only in case are one document (they would clash on a case-insensitive disk).
        Map<String, Path[]> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        List<Path> byJobNumber = new ArrayList<>();
        for (Path f : files) {
            String base = EXT.matcher(f.getFileName().toString()).replaceFirst("");
            Matcher dotted = DOTTED.matcher(base);
            Matcher un = UN_NAMED.matcher(base);
            if (dotted.matches()) {
                put(byName, dotted.group(1), language(dotted.group(2)), f, warnings);
            } else if (un.matches()) {
                put(byName, symbolOf(un.group(1)), language(un.group(2)), f, warnings);
            } else if (JOB_NUMBER.matcher(base).matches()) {
                byJobNumber.add(f);
            }
        }
        for (Path f : byJobNumber) {
            try {
                ExtractedText t = DocumentReader.read(f, null);
                String symbol = mastheadSymbol(t.text());
                if (symbol == null) {
                    warnings.add(f + ": named by job number and no document symbol found in its masthead; skipped");
                    continue;
                }
                put(byName, symbol, TextLoader.detectLanguage(t.text()), f, warnings);
            } catch (BadInputException e) {
                warnings.add(e.getMessage() + "; skipped");
            }
        }
        List<Pair> pairs = new ArrayList<>();
        byName.forEach((name, sides) -> {
            if (sides[0] != null && sides[1] != null) {
                pairs.add(new Pair(prefix + name, sides[0], sides[1]));
            } else if (sides[0] != null || sides[1] != null) {
                Path only = sides[0] != null ? sides[0] : sides[1];
                warnings.add(only + ": no " + (sides[0] == null ? "Chinese" : "English") + " counterpart for "
                        + name + "; skipped");
            }
        });
        return pairs;
    }

    /** The first document symbol in the first lines of a document (its masthead), or null. */
    static String mastheadSymbol(String text) {
        String[] lines = text.split("\n", MASTHEAD_LINES + 1);
        for (int i = 0; i < Math.min(lines.length, MASTHEAD_LINES); i++) {
            Matcher m = SYMBOL.matcher(lines[i]);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** {@code A_RES_66_44} → {@code A/RES/66/44}: the symbol a UN file name spells with underscores. */
    static String symbolOf(String base) {
        String s = base.replace('_', '/');
        return SYMBOL.matcher(s).matches() ? s : base;
    }

    private static Language language(String code) {
        String c = code.toLowerCase(Locale.ROOT);
        return c.startsWith("z") || c.startsWith("c") ? Language.ZH : Language.EN;
    }

    private static void put(Map<String, Path[]> byName, String name, Language lang, Path f, List<String> warnings) {
        Path[] sides = byName.computeIfAbsent(name, k -> new Path[2]);
        int side = lang == Language.ZH ? 0 : 1;
        if (sides[side] != null) {
            // The first file (in sorted order) keeps the side; the other is named, not silently dropped.
            boolean caseOnly = sides[side].getFileName().toString().equalsIgnoreCase(f.getFileName().toString());
            warnings.add(f + ": same document name as " + sides[side] + (caseOnly ? " but for case" : "")
                    + " (a second " + (side == 0 ? "Chinese" : "English") + " file for " + name + "); skipped");
            return;
        }
        sides[side] = f;
    }
}
