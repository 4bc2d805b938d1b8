package org.bitext.index;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.bitext.align.AlignedPair;
import org.bitext.text.BadInputException;

/**
 * The production {@link PairSource}: document pairs go through the aligner, TMX files through the TMX
 * reader. Both are passed in so that this package does not depend on how alignment is done.
 */
public final class CorpusPairSource implements PairSource {

    /** Aligns one document pair into units of both levels. */
    @FunctionalInterface
    public interface Aligner {
        List<AlignedPair> align(String name, Path zh, Path en);
    }

    /** Reads an already aligned TMX file. */
    @FunctionalInterface
    public interface TmxReader {
        List<AlignedPair> read(Path tmx);
    }

    private final Aligner aligner;
    private final TmxReader tmx;

    public CorpusPairSource(Aligner aligner, TmxReader tmx) {
        this.aligner = Objects.requireNonNull(aligner, "aligner");
        this.tmx = Objects.requireNonNull(tmx, "tmx");
    }

    @Override
    public List<AlignedPair> pairs(Source source) {
        Path first = source.files().get(0);
        try {
            return switch (source.kind()) {
                case PAIR -> aligner.align(documentName(source.key()), first, source.files().get(1));
                case TMX -> tmx.read(first);
            };
        } catch (UncheckedIOException e) {
            throw new BadInputException(first, "cannot read: " + e.getCause().getMessage(), e);
        }
    }

    /** The document name of a pair: its key, i.e. the path of NAME relative to the corpus folder. */
    static String documentName(String key) {
        return key;
    }
}
