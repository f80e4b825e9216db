package org.talentflow.core.domain;

import java.util.List;

/**
 * What extraction found in one document.
 *
 * @param notes what reading and extraction left out of the document because it reached one of the {@link Limits}
 *              ("cut to 5,000 sentences at character 612,344 of 20,971,520"); empty for real articles
 */
public record DocumentMoves(Document document, List<Move> moves, List<String> notes) {

    public DocumentMoves {
        moves = List.copyOf(moves);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public DocumentMoves(Document document, List<Move> moves) {
        this(document, moves, document.notes());
    }
}
