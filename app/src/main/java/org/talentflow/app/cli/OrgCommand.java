package org.talentflow.app.cli;

import org.talentflow.core.domain.Organization;
import org.talentflow.analytics.AlumniStartup;
import org.talentflow.analytics.OrganizationPage;
import org.talentflow.analytics.QuarterFlow;
import org.talentflow.analytics.Ranked;
import org.talentflow.analytics.TalentAnalytics;
import org.talentflow.storage.MoveStore;
import org.talentflow.storage.OrgView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** One organization's talent balance: who left, who came, which alumni founded companies; units rolled up. */
@Command(name = "org", mixinStandardHelpOptions = true,
        description = "An organization's departures, arrivals and alumni founders, its units included.")
public final class OrgCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NAME", description = "The organization's name or any of its aliases, "
            + "in any case (\"Google\", \"google\" and \"Alphabet\" find the same one); otherwise spelled as "
            + "stored. Quote a name with spaces.")
    String name;

    @Mixin
    StoreOptions store;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    private static void printRanked(String heading, List<Ranked> ranked) {
        if (ranked.isEmpty()) {
            return;
        }
        System.out.println();
        System.out.println(heading);
        Table t = new Table("organization", "moves", "people");
        ranked.forEach(r -> t.row(r.organization(), r.moves(), String.join(", ", r.people().stream().map(PersonLabel::of).toList())));
        t.print(System.out);
    }

    @Override
    public Integer call() {
        try (MoveStore moves = store.openExisting()) {
            TalentAnalytics analytics = new TalentAnalytics(moves);
            Optional<OrganizationPage> found = analytics.organizationPage(name, 0, MoveStore.ORG_PAGE);
            if (found.isEmpty()) {
                System.err.println("talentflow: no organization named '" + name + "' in the store");
                return 1;
            }
            OrganizationPage page = found.get();
            OrgView view = page.organization();
            if (json) {
                // The shape of GET /api/orgs/{name}.
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("organization", view);
                answer.put("destinations", page.destinations());
                answer.put("sources", page.sources());
                answer.put("quarterly", page.quarterly());
                answer.put("yearOnly", page.yearOnly());
                answer.put("alumniStartups", page.alumniStartups());
                answer.put("homeCity", analytics.alumniHomeCityShare(view.organization().name()));
                Json.print(answer, System.out);
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
            System.out.printf("departures %d, arrivals %d, net %+d%n", view.departures().total(), view.arrivals().total(),
                    view.arrivals().total() - view.departures().total());
            printRanked("Where its people went", page.destinations());
            printRanked("Where its arrivals came from", page.sources());
            List<QuarterFlow> trend = page.quarterly();
            if (!trend.isEmpty() || !page.yearOnly().isEmpty()) {
                System.out.println();
                System.out.println("By quarter");
                Table t = new Table("quarter", "in", "out", "net");
                trend.forEach(q -> t.row(q.label(), q.arrivals(), q.departures(), String.format("%+d", q.arrivals() - q.departures())));
                // Dated only by a year: in no quarter, so not in the first one either.
                page.yearOnly().forEach(y -> t.row(y.year() + " (year only)", y.arrivals(), y.departures(),
                        String.format("%+d", y.arrivals() - y.departures())));
                t.print(System.out);
            }
            List<AlumniStartup> startups = page.alumniStartups();
            if (!startups.isEmpty()) {
                long home = startups.stream().filter(a -> a.city() != null && a.city().equals(org.city())).count();
                int total = view.alumniFounders().total();
                System.out.println();
                System.out.printf("Alumni startups (%s; %d in %s)%n", startups.size() < total ? "latest " + startups.size()
                        + " of " + total : String.valueOf(total), home, org.city() == null ? "its home city" : org.city());
                Table t = new Table("founder", "startup", "city", "when");
                startups.forEach(a -> t.row(a.founder(), a.startup(), a.city(), a.date()));
                t.print(System.out);
            }
            System.out.println();
            MoveRows.print("Departures", view.departures(), System.out);
            System.out.println();
            MoveRows.print("Arrivals", view.arrivals(), System.out);
        }
        return 0;
    }
}
