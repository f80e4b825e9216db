package org.talentflow.app.cli;

import org.talentflow.analytics.NetFlow;
import org.talentflow.analytics.Period;
import org.talentflow.analytics.TalentAnalytics;
import org.talentflow.storage.MoveStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.concurrent.Callable;

/** Who gains and who drains: each organization's arrivals minus departures, plain and weighted by seniority. */
@Command(name = "net", mixinStandardHelpOptions = true,
        description = "Net talent flow per organization (units counted for their parent): arrivals, departures, "
                + "net, and the same weighted by seniority (chief 5, VP 4, head/director 3, lead 2, other 1).")
public final class NetCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Mixin
    PeriodOptions dates;

    @Option(names = "--weighted", description = "Rank by the seniority-weighted net flow.")
    boolean weighted;

    @Option(names = "--limit", paramLabel = "N", converter = Limit.class, description = "At most N organizations (default: ${DEFAULT-VALUE}).")
    int limit = 30;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        Period window = dates.period();
        try (MoveStore moves = store.openExisting()) {
            List<NetFlow> net = new java.util.ArrayList<>(new TalentAnalytics(moves).netFlows(window.since(), window.until()));
            if (weighted) {
                net.sort(java.util.Comparator.comparingInt(NetFlow::weightedNet).reversed()
                        .thenComparing(NetFlow::organization));
            }
            net = net.subList(0, Math.min(limit, net.size()));
            if (json) {
                Json.print(net, System.out);
                return 0;
            }
            if (net.isEmpty()) {
                System.out.println("no moves in the store for this window");
                return 0;
            }
            Table table = new Table("organization", "in", "out", "net", "weighted in", "weighted out", "weighted net");
            for (NetFlow n : net) {
                table.row(n.organization(), n.arrivals(), n.departures(), String.format("%+d", n.net()),
                        n.weightedArrivals(), n.weightedDepartures(), String.format("%+d", n.weightedNet()));
            }
            table.print(System.out);
        }
        return 0;
    }
}
