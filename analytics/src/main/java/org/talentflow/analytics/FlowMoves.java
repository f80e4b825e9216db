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
        // The flow rule of FlowQueries.flows, narrowed to the one pair.
        FlowRule rule = FlowRule.at(level);
        Where where = rule.candidates(since, until).and(rule.from() + " = ?", fromId).and(rule.to() + " = ?", toId)
                .and(rule.distinctEnds());
        return store.sql().list("SELECT m.id FROM moves m" + where.sql()
                        + " ORDER BY m.happened_on DESC NULLS LAST, m.id DESC LIMIT ?",
                rs -> rs.getLong(1), where.args(Math.max(0, limit)));
    }
}
