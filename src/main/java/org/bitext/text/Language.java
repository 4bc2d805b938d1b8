package org.bitext.text;

import java.util.Locale;

/** The two languages bitext works with; the English side is the original, the Chinese side the translation. */
public enum Language {
    ZH("zh", "zh-CN"),
    EN("en", "en");

    private final String code;
    private final String tmxCode;

    Language(String code, String tmxCode) {
        this.code = code;
        this.tmxCode = tmxCode;
    }

    /** ISO 639-1 code, as used in file names ({@code NAME.zh.txt}) and TBX. */
    public String code() {
        return code;
    }

    /** The {@code xml:lang} value written in TMX. */
    public String tmxCode() {
        return tmxCode;
    }

    /** Parses {@code zh}, {@code en}, {@code zh-CN}, {@code zh-TW}, {@code en-GB} and the like. */
    public static Language parse(String s) {
        String c = s.trim().toLowerCase(Locale.ROOT);
        if (c.equals("zh") || c.startsWith("zh-") || c.startsWith("zh_") || c.equals("chinese")) {
            return ZH;
        }
        if (c.equals("en") || c.startsWith("en-") || c.startsWith("en_") || c.equals("english")) {
            return EN;
        }
        throw new IllegalArgumentException("Unknown language '" + s + "' (expected zh or en)");
    }
}
