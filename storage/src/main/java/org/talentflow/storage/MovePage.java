package org.talentflow.storage;

import java.util.List;

/** One page of a newest-first list of moves, and how many the whole list holds. */
public record MovePage(int total, int offset, List<StoredMove> moves) {
    public MovePage {
        moves = List.copyOf(moves);
    }

    /** Whether moves past this page exist. */
    public boolean more() {
        return offset + moves.size() < total;
    }
}
