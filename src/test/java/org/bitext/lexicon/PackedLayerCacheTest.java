package org.bitext.lexicon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The uncompressed CC-CEDICT cache: the same layer back, and never trusted when it is not one. */
class PackedLayerCacheTest {

    private static PackedLayer bundled;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadBundled() throws IOException {
        try (InputStream in = Lexicon.class.getResourceAsStream(Lexicon.CEDICT_RESOURCE)) {
            bundled = PackedLayer.load(in, Lexicon.CEDICT_RESOURCE);
        }
    }

    @Test
    void writtenThenReadGivesTheSameLayer() {
        Path file = dir.resolve("cedict.cache");
        assertTrue(PackedLayerCache.write(bundled, file));
        PackedLayer back = PackedLayerCache.read(file);
        assertNotNull(back);
        assertArrayEquals(bundled.data, back.data);
        assertArrayEquals(bundled.lineStart, back.lineStart);
        assertArrayEquals(bundled.tab, back.tab);
        assertArrayEquals(bundled.hash, back.hash);
        assertArrayEquals(bundled.keyChars, back.keyChars);
        assertArrayEquals(bundled.keyStart, back.keyStart);
        assertArrayEquals(bundled.slots, back.slots);
        assertArrayEquals(bundled.maxLengthByFirstChar, back.maxLengthByFirstChar);
        assertArrayEquals(bundled.prefixBits, back.prefixBits);
        assertArrayEquals(bundled.keyBits, back.keyBits);
        assertEquals(bundled.maxKeyLength(), back.maxKeyLength());
        for (String word : List.of("条约", "核武器", "非核武器国家", "國家", "禁产条约", "不是一个词")) {
            assertEquals(bundled.get(word), back.get(word), word);
            assertEquals(bundled.longestMatch(word, 0, word.length()), back.longestMatch(word, 0, word.length()));
        }
    }

    @Test
    void missingTruncatedOrForeignFilesAreIgnored() throws IOException {
        assertNull(PackedLayerCache.read(dir.resolve("missing.cache")));
        Path file = dir.resolve("cedict.cache");
        assertTrue(PackedLayerCache.write(bundled, file));
        byte[] bytes = Files.readAllBytes(file);
        Path truncated = dir.resolve("truncated.cache");
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length - 1));
        assertNull(PackedLayerCache.read(truncated));
        Path longer = dir.resolve("longer.cache");
        Files.write(longer, Arrays.copyOf(bytes, bytes.length + 8));
        assertNull(PackedLayerCache.read(longer));
        Path foreign = dir.resolve("foreign.cache");
        Files.writeString(foreign, "key\tgloss\n".repeat(1000), StandardCharsets.UTF_8);
        assertNull(PackedLayerCache.read(foreign));
        Files.write(foreign, new byte[0]);
        assertNull(PackedLayerCache.read(foreign));
    }

    @Test
    void anUnwritableFolderIsNoError() {
        assertEquals(false, PackedLayerCache.write(bundled, dir.resolve("no/such/folder/cedict.cache")));
    }
}
