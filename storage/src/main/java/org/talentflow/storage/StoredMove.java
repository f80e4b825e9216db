package org.talentflow.storage;

import org.talentflow.core.domain.MoveKind;

import java.util.List;

/** A move as the store holds it: merged across articles, with every evidence row. */
public record StoredMove(long id, String person, MoveKind kind, String fromOrganization, String fromUnit,
                         String toOrganization, String toUnit, String role, String date, double confidence,
                         List<StoredEvidence> evidence) {
    public StoredMove {
        evidence = List.copyOf(evidence);
    }
}
