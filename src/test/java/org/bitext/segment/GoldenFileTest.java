package org.bitext.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bitext.format.DocumentFormats;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The outline printed by {@code bitext segment} for each corpus file, compared in UTF-8 with the reviewed
 * {@code NAME.gold} beside it. After an intended change, regenerate with
 * {@code mvn test -Dtest=GoldenFileTest -Dbitext.updateGolden=true} and review the diff by eye.
 */
class GoldenFileTest {

    @ParameterizedTest
    @ValueSource(strings = {"CD-1937.zh.txt", "CD-1937.en.txt"})
    void segmentOutputEqualsTheGoldenFile(String name) throws IOException {
        Path input = GoldAlignment.CORPUS.resolve(name);
        Path gold = GoldAlignment.CORPUS.resolve(name + ".gold");
        String actual = DocumentFormats.toText(Segmenter.segment(input, null, null));
        if (Boolean.getBoolean("bitext.updateGolden")) {
            Files.writeString(gold, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(gold, StandardCharsets.UTF_8), actual, "golden file " + gold);
    }
}
