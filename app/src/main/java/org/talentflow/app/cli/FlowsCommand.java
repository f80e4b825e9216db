package org.talentflow.app.cli;

import org.talentflow.analytics.Flow;
import org.talentflow.analytics.FlowLevel;
import org.talentflow.analytics.TalentAnalytics;
import org.talentflow.storage.MoveStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/** Who drains whom: moves counted between organizations in a time window. */
@Command(name = "flows", mixinStandardHelpOptions = true,
        description = "Talent flows between organizations: moves with both a from and a to (founders included), "
                + "counted per pair, at parent-company or unit level.")
public final class FlowsCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--since", paramLabel = "DATE", converter = DateBounds.Since.class, description = "From this year, month or day.")
    LocalDate since;

    @Option(names = "--until", paramLabel = "DATE", converter = DateBounds.Until.class, description = "Up to this year, month or day.")
    LocalDate until;

    @Option(names = "--level", paramLabel = "LEVEL",
            description = "parent: roll units up to their company (default); unit: keep labs and teams apart.")
    FlowLevel level = FlowLevel.PARENT;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        try (MoveStore moves = store.open()) {
            List<Flow> flows = new TalentAnalytics(moves).flows(since, until, level);
            if (json) {
                Json.print(flows, System.out);
            } else {
                print(flows, System.out);
            }
        }
        return 0;
    }

    static void print(List<Flow> flows, PrintStream out) {
        if (flows.isEmpty()) {
            out.println("no flows in the store for this window");
            return;
        }
        Table table = new Table("from", "to", "moves", "people");
        for (Flow f : flows) {
            table.row(f.from(), f.to(), f.moves(), String.join(", ", f.people()));
        }
        table.print(out);
    }
}
