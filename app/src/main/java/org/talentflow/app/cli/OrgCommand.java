package org.talentflow.app.cli;

import org.talentflow.core.domain.Organization;
import org.talentflow.storage.MoveStore;
import org.talentflow.storage.OrgView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** One organization's talent balance: who left, who came, which alumni founded companies; units rolled up. */
@Command(name = "org", mixinStandardHelpOptions = true,
        description = "An organization's departures, arrivals and alumni founders, its units included. Aliases work.")
public final class OrgCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Mixin
    StoreOptions store;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        try (MoveStore moves = store.open()) {
            Optional<OrgView> found = moves.organization(name);
            if (found.isEmpty()) {
                System.err.println("talentflow: no organization named '" + name + "' in the store");
                return 1;
            }
            OrgView view = found.get();
            if (json) {
                Json.print(view, System.out);
                return 0;
            }
            Organization org = view.organization();
            List<String> facts = new ArrayList<>();
            facts.add(org.kind().label());
            if (org.parent() != null) {
                facts.add("part of " + org.parent());
            }
            if (org.ticker() != null) {
                facts.add(org.ticker());
            }
            if (org.city() != null) {
                facts.add(org.city());
            }
            System.out.println(org.name() + "  (" + String.join(", ", facts) + ")");
            if (!view.units().isEmpty()) {
                System.out.println("units: " + String.join(", ", view.units()));
            }
            System.out.printf("departures %d, arrivals %d, net %+d%n", view.departures().size(), view.arrivals().size(),
                    view.arrivals().size() - view.departures().size());
            System.out.println();
            MoveRows.print("Departures", view.departures(), System.out);
            System.out.println();
            MoveRows.print("Arrivals", view.arrivals(), System.out);
            System.out.println();
            MoveRows.print("Alumni founders", view.alumniFounders(), System.out);
        }
        return 0;
    }
}
