package org.talentflow.core.syndication;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Optional;

/**
 * A MinHash signature of a text's shingles (Broder 1997): the share of equal positions in two signatures estimates the
 * Jaccard similarity of the two shingle sets, that is how much of their wording two articles share. Signatures are
 * stored with each document, so near-duplicates are found across runs and sources; the {@link #bandKeys() band keys}
 * make the lookup an indexed equality match (LSH, Leskovec, Rajaraman and Ullman, "Mining of Massive Datasets", ch. 3)
 * rather than a comparison with every stored document.
 *
 * <p>MinHash over shingles rather than SimHash: Jaccard on shingles says directly "this share of the text is the same",
 * which degrades predictably when a copy adds a byline or a footer or edits a few words, and its LSH banding is plain
 * equality on stored keys, which any SQL index serves. The hash functions are fixed in code (seeded from their index)
 * rather than drawn at random as MinHash libraries do, because stored signatures must stay comparable across runs,
 * machines and releases; {@link #VERSION} marks the scheme so a future change can tell old signatures apart.
 */
public final class MinHashSignature {

    /** Hash functions per signature: the similarity estimate's standard error is about 0.045 near 0.5. */
    public static final int HASHES = 128;
    /** LSH bands of {@link #ROWS} hashes: pairs at similarity 0.5 share a band with probability 0.87, at 0.6 0.99, at 0.2 0.05. */
    public static final int BANDS = 32;
    static final int ROWS = HASHES / BANDS;
    /** Texts with fewer distinct shingles (about a dozen words) are too short to tell a copy from a coincidence. */
    static final int MIN_SHINGLES = 10;

    private static final byte VERSION = 1;
    private static final long[] SEEDS = new long[HASHES];

    static {
        for (int i = 0; i < HASHES; i++) {
            SEEDS[i] = mix(0x5EED_0000_0000_0000L + i);
        }
    }

    private final int[] minima;

    private MinHashSignature(int[] minima) {
        this.minima = minima;
    }

    /** The signature of a text; empty when the text is too short to have a meaningful one. */
    public static Optional<MinHashSignature> of(String text) {
        long[] shingles = Shingles.of(text);
        if (shingles.length < MIN_SHINGLES) {
            return Optional.empty();
        }
        long[] min = new long[HASHES];
        Arrays.fill(min, Long.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < HASHES; i++) {
                // One well-mixed hash per seed stands in for a random permutation of the shingle space.
                long h = mix(shingle ^ SEEDS[i]);
                if (h < min[i]) {
                    min[i] = h;
                }
            }
        }
        int[] minima = new int[HASHES];
        for (int i = 0; i < HASHES; i++) {
            minima[i] = (int) (min[i] >>> 32);
        }
        return Optional.of(new MinHashSignature(minima));
    }

    /** Estimated Jaccard similarity of the two texts' shingle sets, 0..1. */
    public double similarity(MinHashSignature other) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (minima[i] == other.minima[i]) {
                same++;
            }
        }
        return (double) same / HASHES;
    }

    /**
     * One key per band: two signatures that agree on all the hashes of some band share that band's key. Candidates for
     * a near-duplicate are the stored documents sharing at least one key; {@link NearDuplicates} then decides.
     */
    public long[] bandKeys() {
        long[] keys = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long k = mix(VERSION * 0x1_0000L + b);
            for (int r = 0; r < ROWS; r++) {
                k = mix(k ^ (minima[b * ROWS + r] & 0xFFFF_FFFFL));
            }
            keys[b] = k;
        }
        return keys;
    }

    /** A version byte, then the minima: what the store keeps. */
    public byte[] toBytes() {
        ByteBuffer buffer = ByteBuffer.allocate(1 + 4 * HASHES).put(VERSION);
        for (int m : minima) {
            buffer.putInt(m);
        }
        return buffer.array();
    }

    /** A stored signature; empty when absent or made by another version of the scheme (not comparable). */
    public static Optional<MinHashSignature> fromBytes(byte[] bytes) {
        if (bytes == null || bytes.length != 1 + 4 * HASHES || bytes[0] != VERSION) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes, 1, 4 * HASHES);
        int[] minima = new int[HASHES];
        for (int i = 0; i < HASHES; i++) {
            minima[i] = buffer.getInt();
        }
        return Optional.of(new MinHashSignature(minima));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MinHashSignature s && Arrays.equals(minima, s.minima);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(minima);
    }

    /** The SplitMix64 finalizer (Steele, Lea and Flood 2014): a bijection that spreads every input bit over the output. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
