package org.bitext.lexicon;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

/**
 * The bundled CC-CEDICT as a {@link PackedLayer}, saved uncompressed with its hash table, so that a later
 * start reads the file and copies arrays instead of inflating 6 MB and rebuilding the table (about 15 ms of
 * CPU instead of about 100 on a cold JVM). The {@code ./bitext} launcher asks for it with
 * {@code -Dbitext.cedict.cache=target/cedict.cache} and deletes the file whenever the jar is rebuilt, like
 * its other start-up caches; the bundled resource stays the reference: a missing, truncated or foreign
 * file is ignored (and rewritten), never trusted.
 */
final class PackedLayerCache {

    /** System property naming the cache file; without it nothing is read or written. */
    static final String PROPERTY = "bitext.cedict.cache";

    private static final byte[] MAGIC = "bitext-cedict-cache-1\n".getBytes(StandardCharsets.US_ASCII);
    /** Counts: keys, data bytes, key chars, slots, prefix longs, key longs, max key length. */
    private static final int COUNTS = 7;

    private PackedLayerCache() {
    }

    /** The layer saved in {@code file}, or null when there is no usable file (missing, damaged, other format). */
    static PackedLayer read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        // Plain reads rather than FileChannel.map: mapping builds its buffer reflectively, which spins up
        // method-handle classes on a cold JVM and costs more than the copy it saves.
        try (InputStream in = new FileInputStream(file.toFile())) {
            long size = Files.size(file);
            byte[] head = in.readNBytes(MAGIC.length + COUNTS * 4);
            if (head.length < MAGIC.length + COUNTS * 4 || size > Integer.MAX_VALUE
                    || !Arrays.equals(Arrays.copyOf(head, MAGIC.length), MAGIC)) {
                return null;
            }
            ByteBuffer h = ByteBuffer.wrap(head, MAGIC.length, COUNTS * 4).order(ByteOrder.LITTLE_ENDIAN);
            int keys = h.getInt();
            int dataLength = h.getInt();
            int charCount = h.getInt();
            int slotCount = h.getInt();
            int prefixLongs = h.getInt();
            int keyLongs = h.getInt();
            int maxKeyLength = h.getInt();
            long rest = (keys + 1L) * 4 * 2 + keys * 4L * 2 + charCount * 2L + slotCount * 4L
                    + (Character.MAX_VALUE + 1) + (prefixLongs + keyLongs) * 8L;
            if (keys < 0 || dataLength < 0 || charCount < 0 || slotCount < 0 || prefixLongs < 0 || keyLongs < 0
                    || head.length + dataLength + rest != size) {
                return null;
            }
            byte[] data = new byte[dataLength];
            byte[] arrays = new byte[(int) rest];
            if (in.readNBytes(data, 0, dataLength) != dataLength || in.readNBytes(arrays, 0, arrays.length)
                    != arrays.length || in.read() != -1) {
                return null;
            }
            ByteBuffer b = ByteBuffer.wrap(arrays).order(ByteOrder.LITTLE_ENDIAN);
            int[] lineStart = ints(b, keys + 1);
            int[] tab = ints(b, keys);
            int[] hash = ints(b, keys);
            int[] keyStart = ints(b, keys + 1);
            char[] keyChars = new char[charCount];
            b.asCharBuffer().get(keyChars);
            b.position(b.position() + charCount * 2);
            int[] slots = ints(b, slotCount);
            byte[] byFirst = new byte[Character.MAX_VALUE + 1];
            b.get(byFirst);
            long[] prefixBits = longs(b, prefixLongs);
            long[] keyBits = longs(b, keyLongs);
            return new PackedLayer(data, lineStart, tab, hash, keyChars, keyStart, byFirst, prefixBits, keyBits,
                    maxKeyLength, slots);
        } catch (IOException | RuntimeException e) {
            return null; // the bundled resource is read instead
        }
    }

    /** Saves {@code layer} to {@code file} (written aside, then moved into place); false when it could not. */
    static boolean write(PackedLayer layer, Path file) {
        int keys = layer.tab.length;
        long size = MAGIC.length + COUNTS * 4L + layer.data.length + (keys + 1L) * 4 * 2 + keys * 4L * 2
                + layer.keyChars.length * 2L + layer.slots.length * 4L + layer.maxLengthByFirstChar.length
                + (layer.prefixBits.length + layer.keyBits.length) * 8L;
        if (size > Integer.MAX_VALUE) {
            return false;
        }
        ByteBuffer b = ByteBuffer.allocate((int) size).order(ByteOrder.LITTLE_ENDIAN);
        b.put(MAGIC);
        b.putInt(keys).putInt(layer.data.length).putInt(layer.keyChars.length).putInt(layer.slots.length)
                .putInt(layer.prefixBits.length).putInt(layer.keyBits.length).putInt(layer.maxKeyLength);
        b.put(layer.data);
        putInts(b, layer.lineStart);
        putInts(b, layer.tab);
        putInts(b, layer.hash);
        putInts(b, layer.keyStart);
        b.asCharBuffer().put(layer.keyChars);
        b.position(b.position() + layer.keyChars.length * 2);
        putInts(b, layer.slots);
        b.put(layer.maxLengthByFirstChar);
        putLongs(b, layer.prefixBits);
        putLongs(b, layer.keyBits);
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            Files.write(tmp, b.array());
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException | RuntimeException e) {
            return false; // only a cache: the next start reads the bundled resource again
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // nothing to clean up that matters
                }
            }
        }
    }

    private static int[] ints(ByteBuffer b, int n) {
        int[] out = new int[n];
        b.asIntBuffer().get(out);
        b.position(b.position() + n * 4);
        return out;
    }

    private static long[] longs(ByteBuffer b, int n) {
        long[] out = new long[n];
        b.asLongBuffer().get(out);
        b.position(b.position() + n * 8);
        return out;
    }

    private static void putInts(ByteBuffer b, int[] a) {
        b.asIntBuffer().put(a);
        b.position(b.position() + a.length * 4);
    }

    private static void putLongs(ByteBuffer b, long[] a) {
        b.asLongBuffer().put(a);
        b.position(b.position() + a.length * 8);
    }
}
