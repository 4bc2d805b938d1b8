package org.bitext.cli;

import java.io.PrintWriter;

/** Output for people on {@code out}, marked with ANSI colour when {@code colour} (a terminal) and plainly otherwise. */
abstract class PeopleText {

    static final String DIM = "\u001b[2m";
    static final String OFF = "\u001b[0m";

    final PrintWriter out;
    final boolean colour;

    PeopleText(PrintWriter out, boolean colour) {
        this.out = out;
        this.colour = colour;
    }

    /** {@code s} dimmed in colour, as is otherwise. */
    final String dim(String s) {
        return colour ? DIM + s + OFF : s;
    }
}
