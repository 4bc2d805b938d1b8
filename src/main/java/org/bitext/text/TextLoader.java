package org.bitext.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads UN documents as they arrive (text extracted from PDFs): decodes UTF-8 (with or without BOM),
 * UTF-16 with BOM, or a legacy Chinese encoding (GB18030/GBK, Big5) found by ICU's {@code CharsetDetector}
 * when the bytes are not UTF-8; normalises CRLF/CR (and PDF page breaks) to LF. Anything that is not text
 * (empty, NUL bytes, undecodable, binary) is a {@link BadInputException} naming the file and the problem.
 */
public final class TextLoader {

    /** Detector results below this confidence (0-100) are not trusted to decode a file. */
    private static final int MIN_CONFIDENCE = 25;

    private TextLoader() {
    }

    /** Loads {@code file}, detecting its encoding when {@code encodingOrNull} is null. */
    public static DecodedText load(Path file, Charset encodingOrNull) {
        return decode(file, InputFiles.readAll(file, "input"), encodingOrNull);
    }

    /** Decodes {@code bytes} read from {@code file} (used for messages only). */
    public static DecodedText decode(Path file, byte[] bytes, Charset encodingOrNull) {
        if (bytes.length == 0) {
            throw new BadInputException(file, "file is empty");
        }
        Charset charset;
        int skip = 0;
        if (encodingOrNull != null) {
            charset = encodingOrNull;
        } else if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            skip = 3;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else {
            checkNoNul(file, bytes);
            int bad = firstMalformed(bytes, 0, StandardCharsets.UTF_8);
            if (bad >= 0 && looksLikeDamagedUtf8(bytes)) {
                // Guessing a legacy charset for UTF-8 with a few broken bytes would garble every
                // non-ASCII character silently; say where the damage is instead.
                throw new BadInputException(file, "not valid UTF-8 at byte offset " + bad
                        + " (the rest of the file is UTF-8; damaged file? give --encoding to override)");
            }
            charset = bad < 0 ? StandardCharsets.UTF_8 : detect(file, bytes, bad);
        }
        if (!charset.name().startsWith("UTF-16") && !charset.name().startsWith("UTF-32")) {
            checkNoNul(file, bytes);
        }
        int bad = firstMalformed(bytes, skip, charset);
        if (bad >= 0) {
            throw new BadInputException(file, "cannot be decoded as " + charset.name() + " at byte offset "
                    + bad + (encodingOrNull == null ? "" : " (check --encoding)"));
        }
        String text = new String(bytes, skip, bytes.length - skip, charset);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        text = normaliseLineEnds(text);
        checkText(file, text);
        return new DecodedText(file, text, charset);
    }

    /** Parses a user-given encoding name ("GB18030", "utf-16"), naming it in the error when unknown. */
    public static Charset charset(String name) {
        try {
            return Charset.forName(name.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new BadInputException(null, "unknown encoding '" + name + "'", e);
        }
    }

    /**
     * Decides the language by script: Chinese when Han characters make up a tenth or more of the letters
     * in the first 100,000 characters, English otherwise.
     */
    public static Language detectLanguage(CharSequence text) {
        int han = 0;
        int letters = 0;
        int limit = Math.min(text.length(), 100_000);
        for (int i = 0; i < limit; ) {
            int c = Character.codePointAt(text, i);
            i += Character.charCount(c);
            if (UCharacter.isLetter(c)) {
                letters++;
                if (Scripts.isHan(c)) {
                    han++;
                }
            }
        }
        return letters > 0 && han * 10 >= letters ? Language.ZH : Language.EN;
    }

    private static Charset detect(Path file, byte[] bytes, int utf8Failure) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        for (CharsetMatch m : detector.detectAll()) {
            if (m.getConfidence() < MIN_CONFIDENCE) {
                break;
            }
            String name = m.getName();
            // GB2312 text is a subset of GBK/GB18030; decoding with the superset loses nothing.
            if (name.equals("GB18030") || name.equals("GB2312") || name.equals("GBK")) {
                name = "GB18030";
            }
            // Only the legacy Chinese encodings are guessed, and only when they decode to Chinese: any
            // byte string is "valid" Latin-1, so guessing it would turn damaged UTF-8 (Oğuz) into mojibake.
            if ((name.equals("GB18030") || name.equals("Big5")) && Charset.isSupported(name)
                    && firstMalformed(bytes, 0, Charset.forName(name)) < 0
                    && mostlyHan(new String(bytes, Charset.forName(name)))) {
                return Charset.forName(name);
            }
        }
        throw new BadInputException(file, "not valid UTF-8 at byte offset " + utf8Failure
                + " (not GB18030 or Big5 Chinese either); give the file's encoding with --encoding");
    }

    /** Han characters make up at least half of the non-ASCII letters: Chinese text, not mojibake. */
    private static boolean mostlyHan(String text) {
        int han = 0;
        int other = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c >= 0x80 && UCharacter.isLetter(c)) {
                if (Scripts.isHan(c)) {
                    han++;
                } else {
                    other++;
                }
            }
        }
        return han > 0 && han >= other;
    }

    /** Mostly well-formed multi-byte UTF-8 sequences (ten for every broken one): UTF-8 with damage. */
    static boolean looksLikeDamagedUtf8(byte[] bytes) {
        int valid = 0;
        int invalid = 0;
        for (int i = 0; i < bytes.length; ) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int need = b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
            boolean ok = need > 0;
            for (int k = 1; ok && k <= need; k++) {
                ok = i + k < bytes.length && (bytes[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                valid++;
                i += need + 1;
            } else {
                invalid++;
                i++;
            }
        }
        return valid >= 10 * invalid && valid > 0;
    }

    private static void checkNoNul(Path file, byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new BadInputException(file, "holds a NUL byte at byte offset " + i
                        + " (binary file, or UTF-16 without a byte-order mark: give --encoding)");
            }
        }
    }

    /** The byte offset of the first malformed or unmappable input, or -1 when all bytes decode. */
    static int firstMalformed(byte[] bytes, int from, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                return in.position();
            }
            if (!r.isOverflow()) {
                break;
            }
            out.clear();
        }
        while (decoder.flush(out).isOverflow()) {
            out.clear();
        }
        return -1;
    }

    private static void checkText(Path file, String text) {
        boolean blank = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new BadInputException(file, "holds a NUL character at character offset " + i);
            }
            // Text extracted from PDFs has tabs, LF and form feeds; other C0 controls mean binary data.
            if (c < 0x20 && c != '\n' && c != '\t') {
                throw new BadInputException(file, String.format(Locale.ROOT,
                        "holds control character U+%04X at character offset %d (binary file?)", (int) c, i));
            }
            if (blank && !Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                blank = false;
            }
        }
        if (blank) {
            throw new BadInputException(file, "holds only white space");
        }
    }

    private static String normaliseLineEnds(String text) {
        if (text.indexOf('\r') < 0 && text.indexOf('\f') < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                sb.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\f') {
                sb.append('\n'); // a PDF page break is a line break for us
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
