package org.talentflow.spark;

import java.util.List;

/**
 * One article's moves as extraction found them (possibly none), and what storing it did when the job writes to
 * PostgreSQL.
 *
 * @param stored null when the job does not store, or when storing this article failed
 * @param notes  what a cap of {@code Limits} left out of the article, or a field read as unknown
 */
record Extracted(int fileIndex, long ordinal, String name, List<MoveRecord> moves, Stored stored, List<String> notes)
        implements Outcome {

    Extracted {
        moves = List.copyOf(moves);
        notes = new java.util.ArrayList<>(notes); // a serializable list
    }

    /** What saving the article in the store did: a duplicate changes nothing. */
    record Stored(boolean duplicate, int newMoves, int corroborated) implements java.io.Serializable {
    }
}
