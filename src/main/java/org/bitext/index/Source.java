package org.bitext.index;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One unit of incremental indexing: a document pair ({@code NAME.zh.txt} + {@code NAME.en.txt}) or a TMX
 * file, with the content hash that decides whether it must be re-indexed.
 *
 * @param key   stable identity: the pair's name, or the TMX file's path, relative to the corpus folder
 * @param kind  pair or TMX
 * @param files the files it is made of (zh then en for a pair; the one file for TMX)
 * @param hash  hex SHA-256 of the files' bytes and the index format
 */
public record Source(String key, Kind kind, List<Path> files, String hash) {

    /** What the source is. */
    public enum Kind { PAIR, TMX }

    public Source {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("source key must not be blank, was '" + key + "'");
        }
        Objects.requireNonNull(kind, "kind");
        files = List.copyOf(files);
        if (files.size() != (kind == Kind.PAIR ? 2 : 1)) {
            throw new IllegalArgumentException("a " + kind + " source needs " + (kind == Kind.PAIR ? 2 : 1)
                    + " files, got " + files);
        }
        if (hash == null || hash.isBlank()) {
            throw new IllegalArgumentException("hash must not be blank, was '" + hash + "'");
        }
    }
}
