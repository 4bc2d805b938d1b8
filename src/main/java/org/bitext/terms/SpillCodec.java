package org.bitext.terms;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The binary form of what the single-machine runner spills: {@link TermStats} in sorted runs and each unit's
 * {@link UnitKeys}. Compact (key hashes as 8 bytes, strings as modified UTF-8) and read back sequentially.
 */
final class SpillCodec {

    private SpillCodec() {
    }

    static void write(DataOutput out, TermStats s) throws IOException {
        out.writeUTF(s.key());
        out.writeInt(s.df());
        out.writeLong(s.ordinal());
        write(out, s.left());
        write(out, s.right());
        if (s.surfaces() == null) {
            out.writeInt(0);
        } else {
            List<SurfaceForms.Form> forms = s.surfaces().forms();
            // A full int: a count written in a byte or short would wrap and put the reader out of step.
            out.writeInt(forms.size());
            for (SurfaceForms.Form f : forms) {
                out.writeLong(f.classSeq());
                out.writeUTF(f.text());
                out.writeInt(f.capitals());
                out.writeLong(f.seq());
            }
        }
    }

    /** The next stats record, or null at the end of the stream. */
    static TermStats readStats(DataInput in) throws IOException {
        String key;
        try {
            key = in.readUTF();
        } catch (EOFException end) {
            return null;
        }
        int df = in.readInt();
        long ordinal = in.readLong();
        Neighbours left = readNeighbours(in);
        Neighbours right = readNeighbours(in);
        int forms = in.readInt();
        SurfaceForms surfaces = null;
        if (forms > 0) {
            List<SurfaceForms.Form> list = new ArrayList<>(forms);
            for (int i = 0; i < forms; i++) {
                list.add(new SurfaceForms.Form(in.readLong(), in.readUTF(), in.readInt(), in.readLong()));
            }
            surfaces = new SurfaceForms(list);
        }
        return new TermStats(key, df, ordinal, left, right, surfaces);
    }

    private static void write(DataOutput out, Neighbours n) throws IOException {
        out.writeByte(n.boundaries() | (n.second() ? 4 : 0));
        out.writeInt(n.first());
    }

    private static Neighbours readNeighbours(DataInput in) throws IOException {
        int flags = in.readUnsignedByte();
        return new Neighbours(flags & 3, in.readInt(), (flags & 4) != 0);
    }

    static void write(DataOutput out, UnitKeys u) throws IOException {
        out.writeLong(u.ordinal());
        out.writeUTF(u.ref());
        write(out, u.zh());
        write(out, u.en());
        out.writeInt(u.lexical().size());
        for (LexicalCandidate c : u.lexical()) {
            out.writeUTF(c.zh());
            out.writeByte((c.ifFrequent() != null ? 1 : 0) | (c.ifRare() != null ? 2 : 0));
            if (c.ifFrequent() != null) {
                out.writeUTF(c.ifFrequent());
            }
            if (c.ifRare() != null) {
                out.writeUTF(c.ifRare());
            }
        }
    }

    /** The next unit, or null at the end of the stream. */
    static UnitKeys readUnit(DataInput in) throws IOException {
        long ordinal;
        try {
            ordinal = in.readLong();
        } catch (EOFException end) {
            return null;
        }
        String ref = in.readUTF();
        long[] zh = readHashes(in);
        long[] en = readHashes(in);
        int n = in.readInt();
        List<LexicalCandidate> lexical = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String zhKey = in.readUTF();
            int flags = in.readUnsignedByte();
            String ifFrequent = (flags & 1) != 0 ? in.readUTF() : null;
            String ifRare = (flags & 2) != 0 ? in.readUTF() : null;
            lexical.add(new LexicalCandidate(zhKey, ifFrequent, ifRare));
        }
        return new UnitKeys(ordinal, ref, zh, en, lexical);
    }

    private static void write(DataOutput out, long[] hashes) throws IOException {
        out.writeInt(hashes.length);
        for (long h : hashes) {
            out.writeLong(h);
        }
    }

    private static long[] readHashes(DataInput in) throws IOException {
        long[] out = new long[in.readInt()];
        for (int i = 0; i < out.length; i++) {
            out[i] = in.readLong();
        }
        return out;
    }
}
