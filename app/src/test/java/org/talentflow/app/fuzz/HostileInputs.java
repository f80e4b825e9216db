package org.talentflow.app.fuzz;

import java.util.Random;

/**
 * The seeded generator: case n of seed s is always the same input, whatever cases come before it or how many are
 * asked for, so a failure is rerun from its seed and number alone. The kinds take turns in a fixed pattern: three in
 * ten are web pages, two each feeds, JSON files and WARC archives, one a body posted to the API.
 */
public final class HostileInputs {

    /** What the XXE attempts would bring into an article if an entity were resolved. */
    public static final String SECRET_MARKER = HostileFeeds.SECRET_MARKER;

    private static final FuzzCase.Kind[] TURNS = {FuzzCase.Kind.HTML, FuzzCase.Kind.FEED, FuzzCase.Kind.JSON,
            FuzzCase.Kind.WARC, FuzzCase.Kind.HTML, FuzzCase.Kind.FEED, FuzzCase.Kind.JSON, FuzzCase.Kind.WARC,
            FuzzCase.Kind.HTML, FuzzCase.Kind.API};

    private final long seed;
    private final String secretFile;

    /** @param secretFile a file URI holding {@link #SECRET_MARKER}, for the feeds' external entities to point at */
    public HostileInputs(long seed, String secretFile) {
        this.seed = seed;
        this.secretFile = secretFile;
    }

    public FuzzCase generate(int index) {
        Random random = new Random(mix(seed, index));
        return switch (TURNS[index % TURNS.length]) {
            case HTML -> new HostilePages(random).next(index);
            case FEED -> new HostileFeeds(random, secretFile).next(index);
            case JSON -> new HostileJson(random).file(index);
            case WARC -> new HostileWarcs(random).next(index);
            case API -> new HostileJson(random).body(index);
        };
    }

    /** SplitMix64's finalizer: neighbouring case numbers get unrelated generators. */
    private static long mix(long seed, int index) {
        long z = seed + 0x9E3779B97F4A7C15L * (index + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
