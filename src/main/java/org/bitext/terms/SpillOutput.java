package org.bitext.terms;

import java.io.Closeable;
import java.io.DataOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UTFDataFormatException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A spill file being written, in exactly the format of {@link java.io.DataOutputStream} (big-endian numbers,
 * modified UTF-8 strings), but encoded straight into one unsynchronized buffer: spilling writes hundreds of
 * millions of small fields, and a {@code DataOutputStream} over a {@code BufferedOutputStream} pays a locked
 * call per field. Not thread-safe (one writer a file).
 */
final class SpillOutput implements DataOutput, Closeable {

    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

    private final OutputStream out;
    private final byte[] buf = new byte[1 << 16];
    private int pos;

    /** Creates (or truncates) {@code file}. */
    SpillOutput(Path file) throws IOException {
        this.out = Files.newOutputStream(file);
    }

    private void room(int n) throws IOException {
        if (buf.length - pos < n) {
            flushBuffer();
        }
    }

    private void flushBuffer() throws IOException {
        if (pos > 0) {
            out.write(buf, 0, pos);
            pos = 0;
        }
    }

    @Override
    public void write(int b) throws IOException {
        room(1);
        buf[pos++] = (byte) b;
    }

    @Override
    public void write(byte[] b) throws IOException {
        write(b, 0, b.length);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (len > buf.length - pos) {
            flushBuffer();
            if (len > buf.length) {
                out.write(b, off, len);
                return;
            }
        }
        System.arraycopy(b, off, buf, pos, len);
        pos += len;
    }

    @Override
    public void writeBoolean(boolean v) throws IOException {
        write(v ? 1 : 0);
    }

    @Override
    public void writeByte(int v) throws IOException {
        write(v);
    }

    @Override
    public void writeShort(int v) throws IOException {
        room(2);
        buf[pos++] = (byte) (v >>> 8);
        buf[pos++] = (byte) v;
    }

    @Override
    public void writeChar(int v) throws IOException {
        writeShort(v);
    }

    @Override
    public void writeInt(int v) throws IOException {
        room(4);
        INT.set(buf, pos, v);
        pos += 4;
    }

    @Override
    public void writeLong(long v) throws IOException {
        room(8);
        LONG.set(buf, pos, v);
        pos += 8;
    }

    @Override
    public void writeFloat(float v) throws IOException {
        writeInt(Float.floatToIntBits(v));
    }

    @Override
    public void writeDouble(double v) throws IOException {
        writeLong(Double.doubleToLongBits(v));
    }

    @Override
    public void writeBytes(String s) throws IOException {
        for (int i = 0; i < s.length(); i++) {
            write(s.charAt(i));
        }
    }

    @Override
    public void writeChars(String s) throws IOException {
        for (int i = 0; i < s.length(); i++) {
            writeChar(s.charAt(i));
        }
    }

    /** Modified UTF-8 with a two-byte length, as {@link java.io.DataOutputStream#writeUTF} writes it. */
    @Override
    public void writeUTF(String s) throws IOException {
        int n = s.length();
        long utf = n;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80 || c == 0) {
                utf += c >= 0x800 ? 2 : 1;
            }
        }
        if (utf > 0xFFFF) {
            throw new UTFDataFormatException("string of " + n + " characters is too long for modified UTF-8 ("
                    + utf + " bytes)");
        }
        // Fits the buffer always: 2 + 65535 bytes <= 65538, so flush first when it does not fit what is left.
        if (buf.length - pos < 2 + utf) {
            flushBuffer();
            if (buf.length < 2 + utf) {
                byte[] big = new byte[(int) utf + 2];
                int at = encode(s, big, 0, (int) utf);
                out.write(big, 0, at);
                return;
            }
        }
        pos = encode(s, buf, pos, (int) utf);
    }

    private static int encode(String s, byte[] b, int at, int utf) {
        b[at++] = (byte) (utf >>> 8);
        b[at++] = (byte) utf;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != 0 && c < 0x80) {
                b[at++] = (byte) c;
            } else if (c < 0x800) {
                b[at++] = (byte) (0xC0 | (c >> 6));
                b[at++] = (byte) (0x80 | (c & 0x3F));
            } else {
                b[at++] = (byte) (0xE0 | (c >> 12));
                b[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[at++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return at;
    }

    @Override
    public void close() throws IOException {
        try (OutputStream o = out) {
            flushBuffer();
        }
    }
}
