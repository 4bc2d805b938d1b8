package org.bitext.text;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The document name bitext gives a file: the file name without its language code and text extension, so
 * that {@code CD-1937.zh.txt} and {@code CD-1937.en.txt} are both {@code CD-1937}. One rule for the
 * segmenter, the aligner and the corpus scanner, so that one document has one name everywhere.
 */
public final class DocumentNames {

    private static final Pattern SUFFIX = Pattern.compile("(?i)(\\.(en|zh|zh-cn|zh-tw))?\\.(txt|text)$");

    private DocumentNames() {
    }

    /** The name of {@code file} (its last path element). */
    public static String of(Path file) {
        Path name = file.getFileName();
        return of(name == null ? file.toString() : name.toString());
    }

    /**
     * {@code name} without a trailing {@code .en.txt}, {@code .zh.txt}, {@code .zh-CN.txt}, {@code .zh-TW.txt}
     * or {@code .txt} ({@code .text} too, any case); a name that is nothing but the suffix is kept whole.
     */
    public static String of(String name) {
        String stripped = SUFFIX.matcher(name).replaceFirst("");
        return stripped.isEmpty() ? name : stripped;
    }
}
