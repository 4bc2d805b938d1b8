package org.bitext.terms;

/**
 * The 64-bit hash by which spilled units name their candidate keys (a unit holds a few hundred candidates;
 * spilling them as strings would copy the corpus several times over). With 10<sup>8</sup> distinct keys the
 * chance of any collision is below 10<sup>-3</sup>; a collision could only make a unit seem to hold a term
 * it does not.
 */
public final class TermKeys {

    private TermKeys() {
    }

    /** FNV-1a over the UTF-16 code units, finished by the MurmurHash3 64-bit mix. */
    public static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
