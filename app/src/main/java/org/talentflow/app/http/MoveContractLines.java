package org.talentflow.app.http;

import org.talentflow.core.domain.Evidence;
import org.talentflow.core.domain.Move;
import org.talentflow.core.domain.OrgRef;
import org.talentflow.core.eval.MoveContract;
import org.talentflow.storage.StoredEvidence;
import org.talentflow.storage.StoredMove;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Stored moves as the move contract (JSONL) of DESIGN.md. The contract's doc is one input file, so a move reported
 * by several articles is one line per article, with that article's first sentence about it: what the scorer and
 * other readers of the contract expect from an extraction of those files.
 */
final class MoveContractLines {

    private MoveContractLines() {
    }

    static String of(List<StoredMove> moves) {
        StringBuilder out = new StringBuilder();
        for (StoredMove m : moves) {
            Set<Long> documents = new HashSet<>();
            for (StoredEvidence e : m.evidence()) {
                if (documents.add(e.documentId())) {
                    out.append(MoveContract.toJsonLine(asMove(m, e))).append('\n');
                }
            }
        }
        return out.toString();
    }

    private static Move asMove(StoredMove m, StoredEvidence e) {
        OrgRef from = m.fromOrganization() == null ? null : new OrgRef(m.fromOrganization(), m.fromUnit());
        OrgRef to = m.toOrganization() == null ? null : new OrgRef(m.toOrganization(), m.toUnit());
        return new Move(m.person(), m.kind(), from, to, m.role(), m.date(), m.confidence(),
                new Evidence(e.doc(), e.sentence(), e.start(), e.end()));
    }
}
