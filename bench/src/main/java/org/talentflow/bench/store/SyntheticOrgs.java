package org.talentflow.bench.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The organizations of a synthetic store: a few thousand top-level ones whose sizes follow a heavy tail (weight
 * 1/(rank+3): the biggest see tens of thousands of moves, the last a few dozen), units under the big ones, and
 * startups made as people found them. Ids are the row ids the loader writes.
 */
final class SyntheticOrgs {

    record Org(long id, String name, String kind, Long parentId, String ticker, String city) {
    }

    private static final String[] FIRST = {"Aurora", "Borealis", "Cobalt", "Delta", "Ember", "Fathom", "Granite", "Helix",
            "Iris", "Juniper", "Kestrel", "Lumen", "Meridian", "Nimbus", "Onyx", "Polaris", "Quartz", "Redwood", "Sable",
            "Tundra", "Umber", "Vertex", "Willow", "Xenon", "Yarrow", "Zephyr", "Alder", "Basalt", "Cinder", "Drift",
            "Eclipse", "Fjord", "Glacier", "Harbor", "Indigo", "Jasper", "Krypton", "Lattice", "Mosaic", "Nova", "Orbit",
            "Prism", "Quill", "Raven", "Sierra", "Tidal", "Ultra", "Vector", "Wren", "Zenith", "Argent", "Beacon",
            "Cascade", "Dune", "Echo", "Falcon", "Garnet", "Halo", "Ion", "Jade", "Kinetic", "Lotus", "Magnet", "Nectar",
            "Opal", "Pylon", "Quasar", "Rune", "Solstice", "Talon", "Upland", "Vale", "Wave", "Axiom", "Bolt", "Crest",
            "Dawn", "Ether", "Flux", "Grove", "Hollow", "Ivory", "Jet", "Keel", "Lynx", "Maple", "North", "Oak", "Pine",
            "Quiver", "Ridge", "Stone", "Thistle", "Unity", "Vireo", "Whit", "Yew", "Zinc", "Amber", "Birch", "Cedar"};
    private static final String[] SECOND = {"AI", "Labs", "Robotics", "Systems", "Research", "Technologies", "Dynamics",
            "Networks", "Intelligence", "Computing", "Semiconductor", "Cloud", "Vision", "Analytics", "Bio", "Data",
            "Software", "Machines", "Institute", "Group", "Quantum", "Mobility", "Health", "Security", "Capital",
            "Devices", "Media", "Commerce", "Energy", "Logic", "Search", "Motors", "Games", "Studio", "Foundry"};
    private static final String[] UNITS = {"Research", "Cloud", "Speech Lab", "Vision Lab", "AI Lab", "Robotics Group",
            "Foundation Models", "Search", "Ads", "Hardware", "Chip Design", "Autonomous Driving", "Health", "Security",
            "Quantum Lab", "Applied Science", "Platform", "Devices", "Recommendation", "Language Team", "Reinforcement Learning",
            "Infrastructure", "Data Science", "Payments", "Maps", "Games", "Translation", "Agents Team", "Safety Team",
            "Multimodal Lab"};
    private static final String[] CITIES = {"Hangzhou", "Beijing", "Shanghai", "Shenzhen", "San Francisco", "Seattle",
            "New York", "London", "Paris", "Toronto", "Singapore", "Tokyo", "Seoul", "Bangalore", "Berlin", "Zurich",
            "Tel Aviv", "Boston", "Austin", "Montreal"};
    private static final String[] KINDS = {"company", "company", "company", "lab", "university", "startup"};

    /** Organizations with more moves than this have units. */
    private static final int GIANTS = 15;
    private static final int WITH_UNITS = 150;

    final List<Org> all = new ArrayList<>();
    /** Top-level organizations by rank (0 is the biggest). */
    final Org[] ranked;
    /** Units of each ranked organization (empty for most). */
    final long[][] units;
    private final double[] cumulative;
    private final Set<String> names = new HashSet<>();
    private final SplittableRandom random;
    private long nextId = 1;
    private int startups;

    SyntheticOrgs(int count, SplittableRandom random) {
        this.random = random;
        ranked = new Org[count];
        units = new long[count][];
        cumulative = new double[count];
        double sum = 0;
        for (int rank = 0; rank < count; rank++) {
            String name = uniqueName(rank);
            String kind = rank < GIANTS ? "company" : KINDS[random.nextInt(KINDS.length)];
            String ticker = rank < GIANTS ? "NYSE:" + name.substring(0, Math.min(4, name.length())).toUpperCase() : null;
            ranked[rank] = add(name, kind, null, ticker, CITIES[random.nextInt(CITIES.length)]);
            sum += 1.0 / (rank + 3);
            cumulative[rank] = sum;
        }
        for (int rank = 0; rank < count; rank++) {
            int n = rank < GIANTS ? 8 + random.nextInt(UNITS.length - 8) : rank < WITH_UNITS ? 1 + random.nextInt(3) : 0;
            units[rank] = new long[n];
            List<String> pool = new ArrayList<>(Arrays.asList(UNITS));
            for (int u = 0; u < n; u++) {
                String unit = ranked[rank].name() + " " + pool.remove(random.nextInt(pool.size()));
                units[rank][u] = add(unit, "unit", ranked[rank].id(), null, ranked[rank].city()).id();
            }
        }
        for (int rank = 0; rank < count; rank++) {
            cumulative[rank] /= sum;
        }
    }

    /** A top-level organization's rank, drawn by size. */
    int draw() {
        int i = Arrays.binarySearch(cumulative, random.nextDouble());
        return Math.min(cumulative.length - 1, i < 0 ? -i - 1 : i);
    }

    /** A unit of the ranked organization, or null: big organizations are often reported at unit level. */
    Long unitOf(int rank) {
        long[] u = units[rank];
        return u.length == 0 || random.nextInt(10) >= 4 ? null : u[random.nextInt(u.length)];
    }

    Org startup(String founderSurname) {
        startups++;
        String name = founderSurname + " " + SECOND[random.nextInt(SECOND.length)] + " " + startups;
        return add(name, "startup", null, null, CITIES[random.nextInt(CITIES.length)]);
    }

    String name(long id) {
        return all.get((int) id - 1).name();
    }

    private String uniqueName(int rank) {
        while (true) {
            String name = rank >= GIANTS && rank % 11 == 10 ? "University of " + FIRST[random.nextInt(FIRST.length)]
                    + (random.nextBoolean() ? "" : " " + CITIES[random.nextInt(CITIES.length)])
                    : FIRST[random.nextInt(FIRST.length)] + " " + SECOND[random.nextInt(SECOND.length)];
            if (!names.contains(name)) {
                return name;
            }
            String longer = FIRST[random.nextInt(FIRST.length)] + " " + name;
            if (!names.contains(longer)) {
                return longer;
            }
        }
    }

    private Org add(String name, String kind, Long parent, String ticker, String city) {
        names.add(name);
        Org org = new Org(nextId++, name, kind, parent, ticker, city);
        all.add(org);
        return org;
    }
}
