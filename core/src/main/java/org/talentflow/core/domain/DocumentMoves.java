package org.talentflow.core.domain;

import java.util.List;

/** What extraction found in one document. */
public record DocumentMoves(Document document, List<Move> moves) {

    public DocumentMoves {
        moves = List.copyOf(moves);
    }
}
