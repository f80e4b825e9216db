package org.talentflow.app.cli;

import org.talentflow.analytics.TalentAnalytics;
import org.talentflow.analytics.Watchlists;
import org.talentflow.storage.MoveStore;
import org.talentflow.storage.StoredMove;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** Follow people and organizations; each run reports the moves touching them stored since the last run. */
@Command(name = "watchlist", mixinStandardHelpOptions = true,
        description = "With --person/--org: add them to the watchlist. Without: report the moves touching the "
                + "watched people and organizations (units included) stored since the last check.")
public final class WatchlistCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--name", paramLabel = "LIST", description = "Which watchlist (default: ${DEFAULT-VALUE}).")
    String name = "default";

    @Option(names = "--person", paramLabel = "NAME", description = "Watch this person (any spelling), repeatable.")
    List<String> people = new ArrayList<>();

    @Option(names = "--org", paramLabel = "NAME", description = "Watch this organization (name or alias), repeatable.")
    List<String> organizations = new ArrayList<>();

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        boolean adding = !people.isEmpty() || !organizations.isEmpty();
        // Following people before the first ingest is a way to start, so adding may make the store; a check only reads.
        try (MoveStore opened = adding ? store.open() : store.openExisting()) {
            TalentAnalytics moves = new TalentAnalytics(opened);
            if (adding) {
                people.forEach(p -> moves.watch(name, Watchlists.Kind.PERSON, p));
                organizations.forEach(o -> moves.watch(name, Watchlists.Kind.ORG, o));
                List<Watchlists.Item> items = moves.watched(name);
                if (json) {
                    Json.print(items, System.out);
                } else {
                    System.out.println("watchlist '" + name + "' follows:");
                    items.forEach(i -> System.out.println("  " + i.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + i.name()));
                }
                return 0;
            }
            if (moves.watched(name).isEmpty()) {
                System.err.println("talentflow: watchlist '" + name + "' follows nobody yet; add with --person or --org");
                return 1;
            }
            List<StoredMove> news = moves.checkWatchlist(name);
            if (json) {
                Json.print(news, System.out);
            } else {
                MoveRows.print("New moves on watchlist '" + name + "' since the last check", news, System.out);
            }
        }
        return 0;
    }
}
