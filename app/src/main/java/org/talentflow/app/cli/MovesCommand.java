package org.talentflow.app.cli;

import org.talentflow.analytics.Period;
import org.talentflow.storage.MoveStore;
import org.talentflow.storage.StoredMove;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.concurrent.Callable;

/** The latest moves in the store, filtered. */
@Command(name = "moves", mixinStandardHelpOptions = true, description = "List stored moves, newest first.")
public final class MovesCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--person", paramLabel = "NAME", description = "Only this person's moves.")
    String person;

    @Option(names = "--org", paramLabel = "NAME", description = "Only moves from or to this organization (its units included).")
    String organization;

    @Mixin
    PeriodOptions dates;

    @Option(names = "--limit", paramLabel = "N", converter = Limit.class, description = "At most N moves (default: ${DEFAULT-VALUE}).")
    int limit = 50;

    @Option(names = "--json", description = "Print JSON with every evidence row.")
    boolean json;

    @Override
    public Integer call() {
        Period window = dates.period();
        try (MoveStore moves = store.openExisting()) {
            List<StoredMove> found = moves.moves(new MoveStore.MoveQuery(person, organization, window.since(), window.until(), limit));
            if (json) {
                Json.print(found, System.out);
            } else {
                MoveRows.print(null, found, System.out);
            }
        }
        return 0;
    }
}
