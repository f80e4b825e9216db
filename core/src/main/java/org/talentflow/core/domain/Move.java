package org.talentflow.core.domain;

import java.util.Objects;

/**
 * One career move reported by one document.
 *
 * @param person     the person's full name as the document first gives it
 * @param kind       move, leave, join or found
 * @param from       the organization left, or null
 * @param to         the organization joined or founded, or null
 * @param role       the person's title or role where the text gives one, or null
 * @param date       when, normalized against the publication date: "2025-02", "2025" or null
 * @param confidence 0..1, how sure the detector is that this move was reported as having happened
 * @param evidence   the sentence that reports it
 */
public record Move(String person, MoveKind kind, OrgRef from, OrgRef to, String role, String date,
                   double confidence, Evidence evidence) {

    public Move {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(evidence, "evidence");
        if (from == null && to == null) {
            throw new IllegalArgumentException("a move names at least one organization: " + person);
        }
    }
}
