package org.talentflow.analytics;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.talentflow.core.domain.Document;
import org.talentflow.core.domain.Evidence;
import org.talentflow.core.domain.Move;
import org.talentflow.core.domain.MoveKind;
import org.talentflow.core.domain.OrgKind;
import org.talentflow.core.domain.OrgRef;
import org.talentflow.core.domain.Organization;
import org.talentflow.storage.MoveStore;
import org.talentflow.storage.RollingWindows;
import org.talentflow.storage.StoredMove;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.talentflow.storage.testing.StoreFixtures.FIRST;
import static org.talentflow.storage.testing.StoreFixtures.GAZETTEER;
import static org.talentflow.storage.testing.StoreFixtures.doc;
import static org.talentflow.storage.testing.StoreFixtures.hire;
import static org.talentflow.storage.testing.StoreFixtures.move;

/** What the analytics answer on every store (embedded H2, PostgreSQL, DuckDB); subclasses say how to open a fresh one. */
abstract class AnalyticsContract {

    MoveStore store;
    TalentAnalytics analytics;

    /** A fresh, empty store. */
    abstract MoveStore openFresh();

    /** Whether this kind of store keeps the summaries of moves (H2 and PostgreSQL do; DuckDB has plain tables). */
    boolean keepsSummaries() {
        return true;
    }

    @BeforeEach
    void open() {
        store = openFresh();
        store.syncOrganizations(GAZETTEER);
        analytics = new TalentAnalytics(store);
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void flowsRollUpToTheParentOrKeepTheUnit() {
        store.save(FIRST, List.of(hire(FIRST, "Maria Gonzalez")));

        assertThat(analytics.flows(null, null, FlowLevel.PARENT))
                .containsExactly(new Flow("Acme", "Globex", 1, List.of("Maria Gonzalez")));
        assertThat(analytics.flows(null, null, FlowLevel.UNIT))
                .containsExactly(new Flow("Acme Labs", "Globex", 1, List.of("Maria Gonzalez")));
    }

    @Test
    void flowsKeepToTheirTimeWindow() {
        Document old = doc("old.txt", LocalDate.of(2020, 6, 1), "Ben Ode left Acme for Globex.");
        store.save(FIRST, List.of(hire(FIRST, "Maria Gonzalez")));
        store.save(old, List.of(move(old, "Ben Ode", MoveKind.MOVE, OrgRef.of("Acme"), OrgRef.of("Globex"), null, old.text())));

        assertThat(analytics.flows(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), FlowLevel.PARENT))
                .singleElement().satisfies(f -> assertThat(f.people()).containsExactly("Maria Gonzalez"));
        assertThat(analytics.flows(null, LocalDate.of(2021, 1, 1), FlowLevel.PARENT))
                .singleElement().satisfies(f -> assertThat(f.people()).containsExactly("Ben Ode"));
        assertThat(analytics.flows(null, null, FlowLevel.PARENT).get(0).moves()).isEqualTo(2);
    }

    @Test
    void foundersAreAlumniAndUnknownStartupsAreCreatedOnTheFly() {
        Document d = doc("f.txt", LocalDate.of(2024, 5, 1), "Chen Wei left Acme to found Hooli Robotics.");
        store.save(d, List.of(move(d, "Chen Wei", MoveKind.FOUND, OrgRef.of("Acme"), OrgRef.of("Hooli Robotics"), "2024", d.text())));

        assertThat(store.organization("Acme").orElseThrow().alumniFounders().moves()).extracting(StoredMove::toOrganization)
                .containsExactly("Hooli Robotics");
        assertThat(store.organization("hooli robotics")).hasValueSatisfying(o ->
                assertThat(o.organization().kind()).isEqualTo(OrgKind.OTHER));
        assertThat(analytics.flows(null, null, FlowLevel.PARENT)).extracting(Flow::to).containsExactly("Hooli Robotics");
    }

    @Test
    void netFlowCountsPeopleInAndOutAndWeighsThemBySeniority() {
        Document d = doc("n.txt", LocalDate.of(2025, 5, 1), "Ben Ode left Acme for Globex. Ann Lee left Globex for Acme.");
        Move chief = new Move("Ben Ode", MoveKind.MOVE, OrgRef.of("Acme"), OrgRef.of("Globex"), "chief scientist", null, 0.9,
                new Evidence("n.txt", "Ben Ode left Acme for Globex.", 0, 29));
        Move engineer = new Move("Ann Lee", MoveKind.MOVE, OrgRef.of("Globex"), new OrgRef("Acme", "Acme Labs"), "engineer", null,
                0.9, new Evidence("n.txt", "Ann Lee left Globex for Acme.", 30, 59));
        store.save(d, List.of(chief, engineer));
        store.save(FIRST, List.of(hire(FIRST, "Maria Gonzalez")));

        List<NetFlow> net = analytics.netFlows(null, null);

        assertThat(net).extracting(NetFlow::organization).containsExactly("Globex", "Acme");
        NetFlow globex = net.get(0);
        assertThat(globex.arrivals()).isEqualTo(2);
        assertThat(globex.departures()).isEqualTo(1);
        assertThat(globex.weightedArrivals()).isEqualTo(5 + 5); // chief scientist; Maria Gonzalez is a chief scientist too
        assertThat(globex.weightedDepartures()).isEqualTo(1);
        assertThat(net.get(1).net()).isEqualTo(-1);
        assertThat(analytics.netFlows(LocalDate.of(2030, 1, 1), null)).isEmpty();
    }

    @Test
    void destinationsSourcesTrendAndAlumniStartupsOfAnOrganization() {
        Document d = doc("t.txt", LocalDate.of(2025, 5, 1),
                "Ben Ode left Acme for Globex. Chen Wei left Acme to found Hooli Robotics.");
        Move ben = new Move("Ben Ode", MoveKind.MOVE, OrgRef.of("Acme"), OrgRef.of("Globex"), null, "2024-11", 0.9,
                new Evidence("t.txt", "Ben Ode left Acme for Globex.", 0, 29));
        Move chen = new Move("Chen Wei", MoveKind.FOUND, new OrgRef("Acme", "Acme Labs"), OrgRef.of("Hooli Robotics"), null,
                "2025-02", 0.8, new Evidence("t.txt", "Chen Wei left Acme to found Hooli Robotics.", 30, 73));
        store.save(d, List.of(ben, chen));
        store.save(FIRST, List.of(hire(FIRST, "Maria Gonzalez")));

        assertThat(analytics.destinations("Acme", null, null, 10)).containsExactly(
                new Ranked("Globex", 2, List.of("Ben Ode", "Maria Gonzalez")),
                new Ranked("Hooli Robotics", 1, List.of("Chen Wei")));
        assertThat(analytics.sources("Globex", null, null, 10)).containsExactly(
                new Ranked("Acme", 2, List.of("Ben Ode", "Maria Gonzalez")));
        assertThat(analytics.quarterlyTrend("Acme")).extracting(QuarterFlow::label, QuarterFlow::departures)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2024-Q4", 1), org.assertj.core.groups.Tuple.tuple("2025-Q1", 2));
        assertThat(analytics.alumniStartups("Acme")).containsExactly(
                new AlumniStartup("Chen Wei", "Hooli Robotics", null, "2025-02"));
    }

    @Test
    void theTrendHasEveryQuarterAndCountsMovesDatedOnlyByAYearApart() {
        Document d = doc("y.txt", LocalDate.of(2025, 3, 1), "Acme loses four.");
        store.save(d, List.of(move(d, "Ann Lee", MoveKind.MOVE, new OrgRef("Acme", "Acme Labs"), OrgRef.of("Globex"), "2024-02", d.text()),
                move(d, "Ben Ode", MoveKind.MOVE, OrgRef.of("Acme"), OrgRef.of("Globex"), "2024-11-20", d.text()),
                move(d, "Cy Dorn", MoveKind.MOVE, OrgRef.of("Acme"), OrgRef.of("Globex"), "2024", d.text()),
                move(d, "Di Fey", MoveKind.LEAVE, OrgRef.of("Acme"), null, "2023", d.text())));

        OrganizationPage acme = analytics.organizationPage("Acme", 0, 10).orElseThrow();
        OrganizationPage globex = analytics.organizationPage("Globex", 0, 10).orElseThrow();

        assertThat(acme.quarterly()).extracting(QuarterFlow::label, QuarterFlow::departures).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2024-Q1", 1), org.assertj.core.groups.Tuple.tuple("2024-Q2", 0),
                org.assertj.core.groups.Tuple.tuple("2024-Q3", 0), org.assertj.core.groups.Tuple.tuple("2024-Q4", 1));
        assertThat(acme.yearOnly()).containsExactly(new YearFlow(2023, 0, 1), new YearFlow(2024, 0, 1));
        assertThat(globex.yearOnly()).containsExactly(new YearFlow(2024, 1, 0));
        assertThat(acme.quarterly()).isEqualTo(analytics.quarterlyTrend("Acme"));
    }

    @Test
    void aWatchlistReportsOnlyMovesNewSinceItsLastCheck() {
        analytics.watch("mine", Watchlists.Kind.PERSON, "Gonzalez Maria");
        analytics.watch("mine", Watchlists.Kind.ORG, "acme corp");
        analytics.watch("mine", Watchlists.Kind.ORG, "Acme Corp");
        store.save(FIRST, List.of(hire(FIRST, "Maria Gonzalez")));
        Document other = doc("o.txt", null, "Ann Lee joined Initech.");
        store.save(other, List.of(move(other, "Ann Lee", MoveKind.JOIN, null, OrgRef.of("Initech"), null, other.text())));

        List<StoredMove> first = analytics.checkWatchlist("mine");
        List<StoredMove> second = analytics.checkWatchlist("mine");

        assertThat(analytics.watched("mine")).hasSize(2);
        assertThat(first).extracting(StoredMove::person).containsExactly("Maria Gonzalez");
        assertThat(second).isEmpty();
        Document later = doc("l.txt", null, "Ben Ode left Acme's lab.");
        store.save(later, List.of(move(later, "Ben Ode", MoveKind.LEAVE, new OrgRef("Acme", "Acme Labs"), null, null, later.text())));
        assertThat(analytics.checkWatchlist("mine")).extracting(StoredMove::person).containsExactly("Ben Ode");
    }

    @Test
    void movesWithNoTimeAtAllShowOnlyWithoutAWindow() {
        Document undated = doc("u.txt", null, "Ben Ode left Acme for Globex.");
        store.save(undated, List.of(move(undated, "Ben Ode", MoveKind.MOVE, OrgRef.of("Acme"), OrgRef.of("Globex"), null,
                undated.text())));

        assertThat(store.moves(MoveStore.MoveQuery.all())).hasSize(1);
        assertThat(analytics.flows(null, null, FlowLevel.PARENT)).hasSize(1);
        assertThat(store.moves(new MoveStore.MoveQuery(null, null, LocalDate.of(1900, 1, 1), null, null))).isEmpty();
        assertThat(analytics.flows(null, LocalDate.of(2100, 1, 1), FlowLevel.PARENT)).isEmpty();
    }

    @Test
    void aUnitNamedAsTheOrganizationStillRollsUpToItsParent() {
        Document d = doc("u2.txt", LocalDate.of(2025, 4, 1), "Ben Ode left Acme Labs for Globex.");
        store.save(d, List.of(move(d, "Ben Ode", MoveKind.MOVE, OrgRef.of("Acme Research"), OrgRef.of("Globex"), null, d.text())));

        StoredMove m = store.moves(MoveStore.MoveQuery.all()).get(0);
        assertThat(m.fromOrganization()).isEqualTo("Acme");
        assertThat(m.fromUnit()).isEqualTo("Acme Labs");
        assertThat(store.organization("Acme").orElseThrow().departures().moves()).hasSize(1);
        assertThat(analytics.flows(null, null, FlowLevel.PARENT)).extracting(Flow::from).containsExactly("Acme");
    }

    @Test
    void aMoveBetweenUnitsOfOneOrganizationIsAFlowOnlyAtUnitLevel() {
        store.syncOrganizations(List.of(new Organization("Acme Cloud", OrgKind.UNIT, "Acme", null, null, List.of())));
        Document d = doc("i.txt", LocalDate.of(2025, 4, 1), "Ben Ode moved from Acme Labs to Acme Cloud.");
        store.save(d, List.of(move(d, "Ben Ode", MoveKind.MOVE, new OrgRef("Acme", "Acme Labs"), new OrgRef("Acme", "Acme Cloud"),
                null, d.text())));

        assertThat(analytics.flows(null, null, FlowLevel.PARENT)).isEmpty();
        assertThat(analytics.flows(null, null, FlowLevel.UNIT))
                .containsExactly(new Flow("Acme Labs", "Acme Cloud", 1, List.of("Ben Ode")));
        assertThat(analytics.netFlows(null, null)).isEmpty();
    }

    @Test
    void flowsAreSortedByCountThenNames() {
        Document d = doc("s.txt", LocalDate.of(2025, 4, 1), "Cy Dee left Globex for Acme. Ann Lee and Ben Ode left Acme for Globex.");
        store.save(d, List.of(
                move(d, "Cy Dee", MoveKind.MOVE, OrgRef.of("Globex"), OrgRef.of("Acme"), null, "Cy Dee left Globex for Acme."),
                move(d, "Ann Lee", MoveKind.MOVE, OrgRef.of("Acme"), OrgRef.of("Globex"), null, "Ann Lee and Ben Ode left Acme for Globex."),
                move(d, "Ben Ode", MoveKind.MOVE, OrgRef.of("Acme"), OrgRef.of("Globex"), null, "Ann Lee and Ben Ode left Acme for Globex.")));

        assertThat(analytics.flows(null, null, FlowLevel.PARENT)).containsExactly(
                new Flow("Acme", "Globex", 2, List.of("Ann Lee", "Ben Ode")),
                new Flow("Globex", "Acme", 1, List.of("Cy Dee")));
    }

    /** Forty moves among seven organizations and units over two years, some reported twice, some undated. */
    private void manyMoves() {
        store.syncOrganizations(List.of(new Organization("Globex Cloud", OrgKind.UNIT, "Globex", null, null, List.of())));
        java.util.Random random = new java.util.Random(7);
        List<OrgRef> places = List.of(OrgRef.of("Acme"), new OrgRef("Acme", "Acme Labs"), OrgRef.of("Globex"),
                new OrgRef("Globex", "Globex Cloud"), OrgRef.of("Initech"), OrgRef.of("Hooli"), OrgRef.of("Umbrella"));
        String[] people = {"Ann Lee", "Ben Ode", "Chen Wei", "Dana Ray", "Eve Moss", "Finn Holt", "Gia Tran"};
        String[] roles = {null, "engineer", "director", "chief scientist"};
        for (int i = 0; i < 60; i++) {
            MoveKind kind = i % 9 == 0 ? MoveKind.JOIN : i % 11 == 0 ? MoveKind.LEAVE : i % 7 == 0 ? MoveKind.FOUND : MoveKind.MOVE;
            OrgRef from = kind == MoveKind.JOIN ? null : places.get(random.nextInt(places.size()));
            OrgRef to = kind == MoveKind.LEAVE ? null : places.get(random.nextInt(places.size()));
            String date = random.nextInt(6) == 0 ? null : (2023 + random.nextInt(3)) + "-" + String.format("%02d", 1 + random.nextInt(12));
            String sentence = "Report " + i + ".";
            Document d = doc("r" + i + ".txt", LocalDate.of(2025, 1 + random.nextInt(12), 1), sentence);
            store.save(d, List.of(new Move(people[random.nextInt(people.length)], kind, from, to, roles[random.nextInt(roles.length)],
                    date, 0.8, new Evidence(d.name(), sentence, 0, sentence.length()))));
        }
    }

    static List<String> counted(List<Flow> flows) {
        return flows.stream().map(f -> f.from() + ">" + f.to() + "=" + f.moves()).toList();
    }

    @Test
    void theBiggestFlowsAndNetGainsAreTheFirstOfTheFullAnswersInEveryKindOfWindow() {
        manyMoves();
        LocalDate[][] windows = {{null, null}, {LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)},
                {LocalDate.of(2023, 4, 1), LocalDate.of(2024, 3, 31)}, {LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)},
                {LocalDate.of(2024, 1, 1), null}, {null, LocalDate.of(2024, 6, 30)}, {LocalDate.of(2023, 3, 15), LocalDate.of(2024, 8, 10)},
                {LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31)},
                // twelve months across a year's end (the rolling summaries), and thirteen and eleven (the others)
                {LocalDate.of(2024, 7, 1), LocalDate.of(2025, 6, 30)}, {LocalDate.of(2023, 6, 1), LocalDate.of(2024, 6, 30)},
                {LocalDate.of(2024, 2, 1), LocalDate.of(2024, 12, 31)}};
        for (LocalDate[] w : windows) {
            for (FlowLevel level : FlowLevel.values()) {
                List<Flow> full = analytics.flows(w[0], w[1], level);
                for (int limit : new int[]{1, 3, 50}) {
                    List<Flow> top = analytics.topFlows(w[0], w[1], level, limit, 2);
                    String at = level + " " + w[0] + ".." + w[1] + " top " + limit;
                    assertThat(counted(top)).as(at).isEqualTo(counted(full.subList(0, Math.min(limit, full.size()))));
                    for (int i = 0; i < top.size(); i++) {
                        assertThat(top.get(i).people()).as(at).hasSizeLessThanOrEqualTo(2).isNotEmpty()
                                .isSubsetOf(full.get(i).people());
                    }
                    if (FlowSummaries.wholeMonths(w[0], w[1]) && (w[0] != null || w[1] != null)) {
                        // Without the threshold algorithm: the window's months summed in one statement.
                        List<Flow> summed = store.read(s -> new FlowSummaries(s.sql(), 0).topFlows(w[0], w[1], level, limit, 2));
                        assertThat(counted(summed)).as(at + " summed").isEqualTo(counted(top));
                    }
                }
            }
            List<NetFlow> net = analytics.netFlows(w[0], w[1]);
            assertThat(analytics.topNetFlows(w[0], w[1], 3)).isEqualTo(net.subList(0, Math.min(3, net.size())));
            assertThat(analytics.topNetFlows(w[0], w[1], 100)).isEqualTo(net);
        }
        assertThat(analytics.flows(null, null, FlowLevel.PARENT)).hasSizeGreaterThan(3);
    }

    @Test
    void windowsOfOneToTwelveMonthsFromAnyMonthAreTheFirstOfTheFullAnswersWhetherOrNotThePageReachesTheFloor() {
        manyMoves();
        busyPairs();
        int fromWindowIndex = 0;
        int fromMonths = 0;
        for (int span : RollingWindows.SPANS) {
            for (LocalDate first = LocalDate.of(2023, 1, 1); first.isBefore(LocalDate.of(2025, 7, 1)); first = first.plusMonths(1)) {
                LocalDate last = first.plusMonths(span).minusDays(1);
                for (FlowLevel level : FlowLevel.values()) {
                    List<Flow> full = analytics.flows(first, last, level);
                    long kept = rows("flow_rolling WHERE level = " + (level == FlowLevel.UNIT ? 1 : 0), span, first);
                    for (int limit : new int[]{1, 2, 4}) {
                        assertThat(counted(analytics.topFlows(first, last, level, limit, 2)))
                                .as(level + " " + span + " months from " + first + " top " + limit)
                                .isEqualTo(counted(full.subList(0, Math.min(limit, full.size()))));
                        if (kept >= limit) {
                            fromWindowIndex++;
                        } else {
                            fromMonths++;
                        }
                    }
                }
                List<NetFlow> net = analytics.netFlows(first, last);
                long kept = rows("org_rolling WHERE 0 = 0", span, first);
                for (int limit : new int[]{1, 2, 3}) {
                    assertThat(analytics.topNetFlows(first, last, limit)).as("net " + span + " months from " + first + " top " + limit)
                            .isEqualTo(net.subList(0, Math.min(limit, net.size())));
                    if (kept >= limit) {
                        fromWindowIndex++;
                    } else {
                        fromMonths++;
                    }
                }
            }
        }
        if (keepsSummaries()) {
            // Both ways of answering were taken, each many times.
            assertThat(fromWindowIndex).isGreaterThan(60);
            assertThat(fromMonths).isGreaterThan(60);
        }
    }

    /** How many rows a rolling summary keeps for the span months from first. */
    private long rows(String tableAndLevel, int span, LocalDate first) {
        if (!keepsSummaries()) {
            return 0;
        }
        return store.read(s -> s.sql().queryLong("SELECT COUNT(*) FROM " + tableAndLevel + " AND span = ? AND window_start = ?",
                span, first));
    }

    /** Thirty moves in 2024 and early 2025 from four places to three, enough for several pairs to pass V8's floor of 3. */
    private void busyPairs() {
        List<OrgRef> from = List.of(OrgRef.of("Acme"), new OrgRef("Acme", "Acme Labs"), OrgRef.of("Globex"),
                new OrgRef("Globex", "Globex Cloud"));
        List<OrgRef> to = List.of(OrgRef.of("Initech"), OrgRef.of("Hooli"), OrgRef.of("Umbrella"));
        String[] firstNames = {"Ada", "Bram", "Cleo", "Dev", "Elin", "Femi"};
        String[] lastNames = {"Okafor", "Visser", "Tan", "Rao", "Berg"};
        store.recognizeCopies(false); // reports this alike would be taken for copies of one story
        for (int i = 0; i < 30; i++) {
            String sentence = "Busy report " + i + ".";
            Document d = doc("busy" + i + ".txt", LocalDate.of(2025, 6, 1), sentence);
            LocalDate month = LocalDate.of(2024, 1, 1).plusMonths(i * 5 % 17);
            store.save(d, List.of(new Move(firstNames[i % 6] + " " + lastNames[i / 6], MoveKind.MOVE, from.get(i % 4),
                    to.get(i % 3), "engineer", month.toString().substring(0, 7), 0.8,
                    new Evidence(d.name(), sentence, 0, sentence.length()))));
        }
        store.recognizeCopies(true);
    }

    @Test
    void anOrganizationPageAgreesWithTheFullAnswers() {
        manyMoves();
        for (String org : List.of("Acme", "Acme Labs", "Globex", "Globex Cloud", "Initech", "Hooli")) {
            assertThat(analytics.destinations(org, null, null, 20)).as(org).isNotNull();
            OrganizationPage page = analytics.organizationPage(org, 1, 2).orElseThrow();
            org.talentflow.storage.OrgView all = store.organization(org, 0, 1000).orElseThrow();

            assertThat(page.organization().departures().total()).as(org).isEqualTo(all.departures().moves().size());
            assertThat(page.organization().arrivals().total()).as(org).isEqualTo(all.arrivals().moves().size());
            assertThat(page.organization().alumniFounders().total()).as(org).isEqualTo(all.alumniFounders().moves().size());
            assertThat(page.organization().departures().moves()).as(org)
                    .isEqualTo(all.departures().moves().subList(Math.min(1, all.departures().moves().size()),
                            Math.min(3, all.departures().moves().size())));
            assertThat(page.quarterly()).as(org).isEqualTo(analytics.quarterlyTrend(org));
            for (boolean destinations : new boolean[]{true, false}) {
                List<Ranked> full = destinations ? analytics.destinations(org, null, null, 20) : analytics.sources(org, null, null, 20);
                List<Ranked> top = destinations ? page.destinations() : page.sources();
                assertThat(top.stream().map(r -> r.organization() + "=" + r.moves()).toList()).as(org)
                        .isEqualTo(full.stream().map(r -> r.organization() + "=" + r.moves()).toList());
                for (int i = 0; i < top.size(); i++) {
                    assertThat(full.get(i).people()).containsAll(top.get(i).people());
                }
            }
        }
        assertThat(analytics.organizationPage("Nobody Inc", 0, 2)).isEmpty();
    }

    @Test
    void aUnitGivenANewParentAfterItsMovesCountsForItsNewFamilyOnThePage() {
        store.save(FIRST, List.of(hire(FIRST, "Maria Gonzalez")));
        Document d = doc("h.txt", LocalDate.of(2025, 5, 1), "Ben Ode left Hooli for Globex.");
        store.save(d, List.of(move(d, "Ben Ode", MoveKind.MOVE, OrgRef.of("Hooli"), OrgRef.of("Globex"), "2025-04", d.text())));
        // The gazetteer now says Acme Labs belongs to Initech and Hooli to Acme; the stored moves keep their columns.
        store.syncOrganizations(List.of(new Organization("Initech", OrgKind.COMPANY, null, null, null, List.of()),
                new Organization("Acme Labs", OrgKind.UNIT, "Initech", null, null, List.of()),
                new Organization("Hooli", OrgKind.UNIT, "Acme", null, null, List.of())));

        // Initech: Maria Gonzalez left its new unit Acme Labs. Acme: her move still names Acme, and Hooli is its unit now.
        for (var expected : java.util.Map.of("Initech", 1, "Acme", 2).entrySet()) {
            String org = expected.getKey();
            OrganizationPage page = analytics.organizationPage(org, 0, 10).orElseThrow();
            assertThat(page.organization().departures().moves()).as(org).hasSize(expected.getValue());
            assertThat(page.organization().departures().total()).as(org).isEqualTo(expected.getValue());
            assertThat(page.destinations()).as(org).isEqualTo(analytics.destinations(org, null, null, 20));
            assertThat(page.quarterly()).as(org).isEqualTo(analytics.quarterlyTrend(org));
        }
        assertThat(store.moves(new MoveStore.MoveQuery(null, "Initech", null, null, 5)))
                .extracting(StoredMove::person).containsExactly("Maria Gonzalez");
    }
}
