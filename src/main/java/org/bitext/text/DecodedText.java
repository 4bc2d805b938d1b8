package org.bitext.text;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A text file as decoded by {@link TextLoader}: its content with line ends normalised to LF and the BOM
 * removed, and the charset it was read in (detected or given), so that a report can say what was assumed.
 */
public record DecodedText(Path file, String text, Charset charset) {

    public DecodedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
        if (text.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("DecodedText must have LF line ends only, found CR at "
                    + text.indexOf('\r'));
        }
    }
}
