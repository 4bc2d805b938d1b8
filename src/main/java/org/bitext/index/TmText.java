package org.bitext.index;

import com.ibm.icu.text.Normalizer2;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.bitext.align.Placeables;
import org.bitext.text.Language;
import org.bitext.text.TraditionalChinese;

/**
 * A text cut into the tokens a translation-memory match is measured in (English words, Chinese characters;
 * see {@link Placeables}), each with the key it is compared by: case, width and Traditional/Simplified
 * folded, and one shared key for all placeables, so that a changed number costs the edit distance nothing
 * (the scorer charges it a little on its own).
 */
final class TmText {

    /** The key every placeable compares by. */
    static final String PLACEABLE = "\u0000#";
    private static final Normalizer2 FOLD = Normalizer2.getNFKCCasefoldInstance();

    final String text;
    final Language language;
    final List<Placeables.Token> tokens;
    final String[] keys;

    private TmText(String text, Language language) {
        this.text = Objects.requireNonNull(text, "text");
        this.language = Objects.requireNonNull(language, "language");
        this.tokens = Placeables.tokens(text);
        this.keys = new String[tokens.size()];
        for (int i = 0; i < keys.length; i++) {
            Placeables.Token t = tokens.get(i);
            keys[i] = t.placeable() ? PLACEABLE : fold(t.span().of(text));
        }
    }

    static TmText of(String text, Language language) {
        return new TmText(text, language);
    }

    /** The token's text as written. */
    String raw(int i) {
        return tokens.get(i).span().of(text);
    }

    int size() {
        return keys.length;
    }

    static String fold(String s) {
        boolean ascii = true;
        boolean unified = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            ascii &= c < 0x80;
            unified &= c >= 0x4E00 && c <= 0x9FFF;
        }
        if (ascii) {
            return s.toLowerCase(Locale.ROOT); // what NFKC case folding does to ASCII, without ICU's cost
        }
        if (unified) {
            return TraditionalChinese.simplify(s); // the unified block has no compatibility forms or case
        }
        return TraditionalChinese.simplify(FOLD.normalize(s));
    }

    /**
     * The language of a query by its script: Chinese when it has Han characters and they are at least a
     * quarter as many as the Latin letters (a Chinese sentence quoting an English name stays Chinese), English
     * when it has Latin letters, else neither (null): digits, punctuation or another script only.
     */
    static Language detect(String text) {
        int han = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            if (s == Character.UnicodeScript.HAN) {
                han++;
            } else if (s == Character.UnicodeScript.LATIN && Character.isLetter(cp)) {
                latin++;
            }
            i += Character.charCount(cp);
        }
        if (han > 0 && han * 4 >= latin) {
            return Language.ZH;
        }
        return latin > 0 ? Language.EN : null;
    }
}
