package org.bitext.align;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bitext.text.BadInputException;
import org.bitext.text.InputFiles;

/**
 * Reads a pre-segmented text: UTF-8, one sentence per line, as Vecalign, Bertalign and hunalign take them.
 * Blank lines are kept as (empty) sentences so that line numbers stay the bead indices.
 */
public final class Presegmented {

    private Presegmented() {
    }

    /** The lines of {@code file}; a file without any text or not in UTF-8 is bad input. */
    public static List<String> read(Path file) throws IOException {
        byte[] bytes = InputFiles.readAll(file, "input");
        // The JDK's String decoder is much faster than a CharsetDecoder; it only replaces what is not UTF-8
        // with U+FFFD, so the strict decoder has the last word when that character shows up.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                throw new BadInputException(file, "not UTF-8 text (pre-segmented input must be UTF-8)");
            }
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> lines = lines(text);
        boolean blank = true;
        for (int k = 0; k < lines.size() && blank; k++) {
            blank = lines.get(k).isBlank();
        }
        if (blank) {
            throw new BadInputException(file, "no sentences (the file is empty)");
        }
        return lines;
    }

    /** The lines of {@code text} as {@link String#lines()} cuts them (\n, \r or \r\n), in a mutable list. */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            out.add(text.substring(start));
        }
        return out;
    }
}
