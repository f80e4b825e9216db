package org.talentflow.analytics;

import org.talentflow.storage.StoreSession;
import org.talentflow.storage.Where;

import java.time.LocalDate;
import java.util.List;

/**
 * The moves behind one flow: those {@link FlowQueries#flows} counts for a pair of organizations at a level, so a
 * band of the Sankey diagram opens onto the people and their evidence.
 */
final class FlowMoves {

    private final StoreSession store;

    FlowMoves(StoreSession store) {
        this.store = store;
    }

    /** Move ids, newest first; none when either name is unknown. */
    List<Long> ids(String from, String to, LocalDate since, LocalDate until, FlowLevel level, int limit) {
        Long fromId = store.organizationId(from);
        Long toId = store.organizationId(to);
        if (fromId == null || toId == null) {
            return List.of();
        }
        boolean units = level == FlowLevel.UNIT;
        String fromSide = units ? "COALESCE(m.from_unit_id, m.from_org_id)" : "m.from_org_id";
        String toSide = units ? "COALESCE(m.to_unit_id, m.to_org_id)" : "m.to_org_id";
        // The conditions of FlowQueries.flows, narrowed to the one pair.
        Where where = new Where().and("m.from_org_id IS NOT NULL").and("m.to_org_id IS NOT NULL")
                .and("m.kind IN ('move', 'found')").and(fromSide + " = ?", fromId).and(toSide + " = ?", toId)
                .and(fromSide + " <> " + toSide).window(since, until);
        return store.sql().list("SELECT m.id FROM moves m" + where.sql()
                        + " ORDER BY m.happened_on DESC NULLS LAST, m.id DESC LIMIT ?",
                rs -> rs.getLong(1), where.args(Math.max(0, limit)));
    }
}
