package org.bitext.align;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bitext.text.BadInputException;

/**
 * Reads a pre-segmented text: UTF-8, one sentence per line, as Vecalign, Bertalign and hunalign take them.
 * Blank lines are kept as (empty) sentences so that line numbers stay the bead indices.
 */
public final class Presegmented {

    private Presegmented() {
    }

    /** The lines of {@code file}; a file without any text or not in UTF-8 is bad input. */
    public static List<String> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file, "no such file");
        }
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BadInputException(file, "not UTF-8 text (pre-segmented input must be UTF-8)");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> lines = new ArrayList<>(text.lines().toList());
        if (lines.stream().allMatch(String::isBlank)) {
            throw new BadInputException(file, "no sentences (the file is empty)");
        }
        return lines;
    }
}
