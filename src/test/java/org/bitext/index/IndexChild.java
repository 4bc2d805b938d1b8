package org.bitext.index;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Main class run in a separate JVM by {@link IndexCrashTest}: indexes a corpus with a small RAM buffer (so
 * segment files reach the disk early) and prints one line per finished source, so the parent can kill it
 * with SIGKILL in the middle of the run.
 */
public final class IndexChild {

    private IndexChild() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path corpus = Path.of(args[0]);
        Path index = Path.of(args[1]);
        List<String> warnings = new ArrayList<>();
        List<Source> sources = CorpusScanner.scan(corpus, warnings);
        Indexer indexer = new Indexer(index, LinePairs.source(), 1, 1.0);
        // The big corpus replaces every source of the small one: allowed explicitly (--replace).
        indexer.update(sources, corpus.toAbsolutePath().toString(), warnings,
                (done, total, units) -> out.println("PROGRESS " + done + "/" + total), true);
        out.println("DONE");
    }
}
