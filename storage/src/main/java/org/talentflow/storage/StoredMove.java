package org.talentflow.storage;

import org.talentflow.core.domain.MoveKind;
import org.talentflow.core.resolve.PersonNames;

import java.util.List;

/**
 * A move as the store holds it: merged across articles, with every evidence row.
 *
 * @param documents the articles whose sentences report it
 * @param sources   the independent sources among them: syndicated copies of one story count once, and so do stories of
 *                  one site (a story's site is that of its first stored copy; a story without a URL is a source of its own)
 */
public record StoredMove(long id, String person, MoveKind kind, String fromOrganization, String fromUnit,
                         String toOrganization, String toUnit, String role, String date, double confidence,
                         int documents, int sources, List<StoredEvidence> evidence) {
    public StoredMove {
        evidence = List.copyOf(evidence);
    }

    /** A person named in Han characters as English news writes them (张迪: "Zhang Di"); null for any other name. */
    public String personPinyin() {
        return PersonNames.pinyin(person).stream().findFirst().orElse(null);
    }
}
