package org.bitext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test fixture: a corpus folder holding the shipped CD/1937 pair, so that tests never touch corpus/ itself. */
public final class ShippedCorpus {

    private ShippedCorpus() {
    }

    /** Creates {@code dir} with copies of corpus/CD-1937.zh.txt and .en.txt; returns it. */
    public static Path cd1937(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String lang : new String[] {"zh", "en"}) {
            Files.copy(Path.of("corpus/CD-1937." + lang + ".txt"), dir.resolve("CD-1937." + lang + ".txt"));
        }
        return dir;
    }
}
