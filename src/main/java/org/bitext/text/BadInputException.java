package org.bitext.text;

import java.nio.file.Path;

/**
 * Input a user gave us that we cannot use: the CLI reports it as one line naming the file and the problem
 * and exits with status 2; no stack trace unless {@code --verbose}.
 */
public class BadInputException extends RuntimeException {

    private final transient Path file;

    public BadInputException(Path file, String problem) {
        this(file, problem, null);
    }

    public BadInputException(Path file, String problem, Throwable cause) {
        super((file == null ? "" : file + ": ") + problem, cause);
        this.file = file;
    }

    /** The offending file, or null when the problem is not tied to one (a malformed query, say). */
    public Path file() {
        return file;
    }
}
