package org.bitext.text;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The document name bitext gives a file: the file name without its language code and extension, so
 * that {@code CD-1937.zh.txt} and {@code CD-1937.en.pdf} are both {@code CD-1937} (and the UN's download
 * names {@code A_RES_66_44-ZH.pdf}, {@code -EN.docx} both {@code A_RES_66_44}). One rule for the
 * segmenter, the aligner and the corpus scanner, so that one document has one name everywhere.
 */
public final class DocumentNames {

    private static final Pattern SUFFIX = Pattern.compile(
            "(?i)(\\.(en|zh|zh-cn|zh-tw)|[-_](en|zh|e|c))?\\.(txt|text|pdf|docx|doc)$");

    private DocumentNames() {
    }

    /** The name of {@code file} (its last path element). */
    public static String of(Path file) {
        Path name = file.getFileName();
        return of(name == null ? file.toString() : name.toString());
    }

    /**
     * {@code name} without a trailing {@code .en.txt}, {@code .zh.txt}, {@code .zh-CN.txt}, {@code .zh-TW.txt}
     * or {@code .txt} ({@code .text}, {@code .pdf}, {@code .docx}, {@code .doc} too; {@code -EN}, {@code -ZH},
     * {@code -E}, {@code -C} as the UN names files; any case); a name that is nothing but the suffix is kept
     * whole.
     */
    public static String of(String name) {
        String stripped = SUFFIX.matcher(name).replaceFirst("");
        return stripped.isEmpty() ? name : stripped;
    }
}
