package org.bitext.terms;

import java.io.Closeable;
import java.io.DataInput;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UTFDataFormatException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A spill file being read back, in the format of {@link java.io.DataInputStream}, decoded straight from one
 * unsynchronized buffer (the counterpart of {@link SpillOutput}): a field read is an array access, not a
 * locked {@code readFully}. At the end of the file a read throws {@link EOFException}, as
 * {@code DataInputStream} does. Not thread-safe.
 */
final class SpillInput implements DataInput, Closeable {

    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

    private final InputStream in;
    /** Holds the longest string (65,535 bytes after its length) whole. */
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;

    SpillInput(Path file) throws IOException {
        this.in = Files.newInputStream(file);
    }

    /** Makes {@code n} bytes available from {@code pos}, or throws EOFException. */
    private void need(int n) throws IOException {
        if (limit - pos >= n) {
            return;
        }
        System.arraycopy(buf, pos, buf, 0, limit - pos);
        limit -= pos;
        pos = 0;
        while (limit < n) {
            int r = in.read(buf, limit, buf.length - limit);
            if (r < 0) {
                throw new EOFException();
            }
            limit += r;
        }
    }

    @Override
    public void readFully(byte[] b) throws IOException {
        readFully(b, 0, b.length);
    }

    @Override
    public void readFully(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            if (pos == limit) {
                need(1);
            }
            int n = Math.min(len, limit - pos);
            System.arraycopy(buf, pos, b, off, n);
            pos += n;
            off += n;
            len -= n;
        }
    }

    @Override
    public int skipBytes(int n) throws IOException {
        int skipped = 0;
        while (skipped < n) {
            if (pos == limit) {
                try {
                    need(1);
                } catch (EOFException end) {
                    break;
                }
            }
            int k = Math.min(n - skipped, limit - pos);
            pos += k;
            skipped += k;
        }
        return skipped;
    }

    @Override
    public boolean readBoolean() throws IOException {
        return readUnsignedByte() != 0;
    }

    @Override
    public byte readByte() throws IOException {
        need(1);
        return buf[pos++];
    }

    @Override
    public int readUnsignedByte() throws IOException {
        return readByte() & 0xFF;
    }

    @Override
    public short readShort() throws IOException {
        return (short) readUnsignedShort();
    }

    @Override
    public int readUnsignedShort() throws IOException {
        need(2);
        int v = ((buf[pos] & 0xFF) << 8) | (buf[pos + 1] & 0xFF);
        pos += 2;
        return v;
    }

    @Override
    public char readChar() throws IOException {
        return (char) readUnsignedShort();
    }

    @Override
    public int readInt() throws IOException {
        need(4);
        int v = (int) INT.get(buf, pos);
        pos += 4;
        return v;
    }

    @Override
    public long readLong() throws IOException {
        need(8);
        long v = (long) LONG.get(buf, pos);
        pos += 8;
        return v;
    }

    @Override
    public float readFloat() throws IOException {
        return Float.intBitsToFloat(readInt());
    }

    @Override
    public double readDouble() throws IOException {
        return Double.longBitsToDouble(readLong());
    }

    /** Not used by spill files (they hold no lines). */
    @Override
    public String readLine() {
        throw new UnsupportedOperationException("spill files hold no lines");
    }

    /** Modified UTF-8 with a two-byte length, as {@link java.io.DataInputStream#readUTF} reads it. */
    @Override
    public String readUTF() throws IOException {
        int len = readUnsignedShort();
        need(len);
        int start = pos;
        int end = start + len;
        pos = end;
        boolean ascii = true;
        for (int i = start; i < end; i++) {
            if (buf[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new String(buf, start, len, StandardCharsets.ISO_8859_1);
        }
        char[] chars = new char[len];
        int n = 0;
        for (int i = start; i < end; ) {
            int c = buf[i] & 0xFF;
            if (c < 0x80) {
                chars[n++] = (char) c;
                i++;
            } else if ((c >> 5) == 0x6 && i + 1 < end && (buf[i + 1] & 0xC0) == 0x80) {
                chars[n++] = (char) (((c & 0x1F) << 6) | (buf[i + 1] & 0x3F));
                i += 2;
            } else if ((c >> 4) == 0xE && i + 2 < end && (buf[i + 1] & 0xC0) == 0x80 && (buf[i + 2] & 0xC0) == 0x80) {
                chars[n++] = (char) (((c & 0x0F) << 12) | ((buf[i + 1] & 0x3F) << 6) | (buf[i + 2] & 0x3F));
                i += 3;
            } else {
                throw new UTFDataFormatException("malformed modified UTF-8 at byte " + (i - start));
            }
        }
        return new String(chars, 0, n);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
