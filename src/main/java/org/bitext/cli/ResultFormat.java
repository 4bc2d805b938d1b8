package org.bitext.cli;

/** How {@code search} and {@code lookup} print their hits: for people, or for tools and CAT programs. */
enum ResultFormat { TEXT, JSON, TMX, CSV }
