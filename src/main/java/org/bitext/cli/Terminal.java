package org.bitext.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether we talk to a terminal (ANSI colour, progress bars) or to a pipe or file (plain text). */
final class Terminal {

    private Terminal() {
    }

    /**
     * True when the process is attached to a terminal. Since JDK 22, System.console() may return a console
     * even for redirected streams; Console.isTerminal() (looked up reflectively, we compile for 21) tells.
     */
    static boolean isTerminal() {
        Console c = System.console();
        if (c == null) {
            return false;
        }
        try {
            Method m = Console.class.getMethod("isTerminal");
            return (Boolean) m.invoke(c);
        } catch (ReflectiveOperationException e) {
            return true; // JDK 21: a non-null console is a terminal
        }
    }

    /** Colour unless NO_COLOR is set (https://no-color.org). */
    static boolean colour() {
        String noColour = System.getenv("NO_COLOR");
        return isTerminal() && (noColour == null || noColour.isEmpty());
    }
}
