package org.bitext.terms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UTFDataFormatException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spill streams write and read exactly what {@link DataOutputStream} and {@link DataInputStream} do, so
 * the spill format did not change with them: strings of every kind (ASCII, CJK, U+0000, surrogate pairs,
 * the longest allowed), numbers at their limits, and records that straddle the buffer boundary.
 */
class SpillStreamsTest {

    @TempDir
    Path dir;

    private static List<String> strings(SplittableRandom r) {
        List<String> out = new ArrayList<>(List.of("", "a", "\u0000", "禁产条约", "Oğuz Demiralp", "𠀀𝄞 mixed é ü",
                "x".repeat(65_535), "中".repeat(21_845), "é".repeat(32_767)));
        for (int i = 0; i < 2000; i++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(40);
            for (int j = 0; j < n; j++) {
                int kind = r.nextInt(4);
                b.append(kind == 0 ? (char) r.nextInt(0x80) : kind == 1 ? (char) (0x80 + r.nextInt(0x780))
                        : kind == 2 ? (char) (0x4E00 + r.nextInt(0x5000)) : (char) r.nextInt(0x10000));
            }
            out.add(b.toString());
        }
        return out;
    }

    private static void writeAll(java.io.DataOutput out, List<String> strings, SplittableRandom r) throws IOException {
        out.writeLong(Long.MIN_VALUE);
        out.writeLong(Long.MAX_VALUE);
        out.writeInt(Integer.MIN_VALUE);
        out.writeInt(-1);
        out.writeByte(0xFF);
        out.writeShort(0xFFFF);
        for (String s : strings) {
            out.writeUTF(s);
            out.writeLong(r.nextLong());
            out.writeInt(r.nextInt());
            out.writeByte(r.nextInt(256));
        }
    }

    @Test
    void writesWhatDataOutputStreamWrites() throws IOException {
        List<String> strings = strings(new SplittableRandom(7));
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(expected)) {
            writeAll(out, strings, new SplittableRandom(8));
        }
        Path file = dir.resolve("spill");
        try (SpillOutput out = new SpillOutput(file)) {
            writeAll(out, strings, new SplittableRandom(8));
        }
        assertArrayEquals(expected.toByteArray(), Files.readAllBytes(file));
    }

    @Test
    void readsWhatDataOutputStreamWrote() throws IOException {
        List<String> strings = strings(new SplittableRandom(9));
        Path file = dir.resolve("spill");
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
            writeAll(out, strings, new SplittableRandom(10));
        }
        SplittableRandom r = new SplittableRandom(10);
        try (SpillInput in = new SpillInput(file)) {
            assertEquals(Long.MIN_VALUE, in.readLong());
            assertEquals(Long.MAX_VALUE, in.readLong());
            assertEquals(Integer.MIN_VALUE, in.readInt());
            assertEquals(-1, in.readInt());
            assertEquals(0xFF, in.readUnsignedByte());
            assertEquals(0xFFFF, in.readUnsignedShort());
            for (String s : strings) {
                assertEquals(s, in.readUTF());
                assertEquals(r.nextLong(), in.readLong());
                assertEquals(r.nextInt(), in.readInt());
                assertEquals(r.nextInt(256), in.readUnsignedByte());
            }
            // The readers of spill files stop at the EOFException of the next record's first field.
            assertThrows(EOFException.class, in::readLong);
            assertThrows(EOFException.class, in::readUTF);
        }
    }

    @Test
    void stringsTooLongOrMalformedAreErrors() throws IOException {
        try (SpillOutput out = new SpillOutput(dir.resolve("long"))) {
            assertThrows(UTFDataFormatException.class, () -> out.writeUTF("中".repeat(21_846)));
        }
        Path bad = dir.resolve("bad");
        Files.write(bad, new byte[] {0, 2, (byte) 0xC3, 'a'});
        try (SpillInput in = new SpillInput(bad)) {
            assertThrows(UTFDataFormatException.class, in::readUTF);
        }
        // A record cut short (a killed writer) is an EOFException, as DataInputStream says.
        Files.write(bad, new byte[] {0, 0, 0, 1});
        try (SpillInput in = new SpillInput(bad)) {
            assertThrows(EOFException.class, in::readLong);
        }
        assertEquals("x", new DataInputStream(new ByteArrayInputStream(new byte[] {0, 1, 'x'})).readUTF());
    }

    @Test
    void pairedSortSortsKeysAndCarriesValues() {
        SplittableRandom r = new SplittableRandom(11);
        for (int n : new int[] {0, 1, 2, 23, 24, 25, 1000, 100_000}) {
            for (int shape = 0; shape < 4; shape++) {
                long[] keys = new long[n];
                for (int i = 0; i < n; i++) {
                    keys[i] = switch (shape) {
                        case 0 -> r.nextLong();
                        case 1 -> i;                  // already sorted
                        case 2 -> n - i;              // reversed
                        default -> r.nextInt(5);      // many equal keys
                    };
                }
                int[] values = new int[n];
                for (int i = 0; i < n; i++) {
                    values[i] = Long.hashCode(keys[i] * 31);
                }
                long[] expected = keys.clone();
                Arrays.sort(expected);
                PairedSort.sort(keys, values, 0, n);
                assertArrayEquals(expected, keys, "n=" + n + " shape=" + shape);
                for (int i = 0; i < n; i++) {
                    assertEquals(Long.hashCode(keys[i] * 31), values[i], "value moved with its key");
                }
            }
        }
    }

    @Test
    void counterSortsInPlaceForItsSpill() {
        // Small ids (key and count packed in one long for the sort), ids too large for that, negative keys.
        counterSorts(r -> ((long) r.nextInt(300) << 32) | r.nextInt(300));
        counterSorts(r -> ((long) (Integer.MAX_VALUE - r.nextInt(300)) << 32) | (Integer.MAX_VALUE - r.nextInt(300)));
        counterSorts(r -> r.nextLong(-5000, 5000));
    }

    private static void counterSorts(java.util.function.ToLongFunction<SplittableRandom> key) {
        LongIntCounter c = new LongIntCounter(16);
        SplittableRandom r = new SplittableRandom(12);
        java.util.TreeMap<Long, Integer> expected = new java.util.TreeMap<>();
        for (int i = 0; i < 50_000; i++) {
            long k = key.applyAsLong(r);
            c.increment(k);
            expected.merge(k, 1, Integer::sum);
        }
        int n = c.sortInPlace();
        assertEquals(expected.size(), n);
        int i = 0;
        for (var e : expected.entrySet()) {
            assertEquals(e.getKey(), c.keyAt(i));
            assertEquals(e.getValue(), c.countAt(i));
            i++;
        }
        assertThrows(IllegalStateException.class, () -> c.increment(1));
        c.clear();
        c.increment(5);
        assertEquals(1, c.get(5));
        assertEquals(1, c.size());
    }
}
