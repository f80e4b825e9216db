package org.talentflow.bench.store;

import org.talentflow.core.domain.Seniority;
import org.talentflow.core.resolve.PersonNames;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A synthetic record of careers, made the way the store would hold them after reading years of news: people with
 * careers of several moves (join, move, leave, found) between organizations drawn by size, roles of every
 * seniority, dates over ten years with more news lately, and each move reported by one or two articles. The same
 * seed and size give the same store.
 */
final class SyntheticMoves {

    record Person(long id, String name, String key) {
    }

    /** A stored move; happenedOn and reportedOn are set once its articles are known. */
    static final class Move {
        final long id;
        final long person;
        final String kind;
        final Long fromOrg;
        final Long fromUnit;
        final Long toOrg;
        final Long toUnit;
        final String role;
        final String date;
        final LocalDate eventDay;
        final double confidence;
        final int seniority;
        LocalDate reportedOn;
        LocalDate happenedOn;

        Move(long id, long person, String kind, Long fromOrg, Long fromUnit, Long toOrg, Long toUnit, String role,
             String date, LocalDate eventDay, double confidence) {
            this.id = id;
            this.person = person;
            this.kind = kind;
            this.fromOrg = fromOrg;
            this.fromUnit = fromUnit;
            this.toOrg = toOrg;
            this.toUnit = toUnit;
            this.role = role;
            this.date = date;
            this.eventDay = eventDay;
            this.confidence = confidence;
            this.seniority = Seniority.of(role).weight();
        }
    }

    static final LocalDate START = LocalDate.of(2016, 1, 1);
    static final int MONTHS = 120;

    private static final String[] GIVEN = {"Wei", "Jing", "Li", "Min", "Hao", "Yan", "Jun", "Xin", "Lei", "Ying", "Chen",
            "Tao", "Fang", "Bo", "Hui", "Ming", "Qiang", "Yu", "Zhen", "Ling", "Maria", "James", "Anna", "David", "Sofia",
            "Daniel", "Elena", "Lucas", "Priya", "Arjun", "Aisha", "Omar", "Yuki", "Kenji", "Hana", "Minho", "Jisoo",
            "Lars", "Ingrid", "Pierre", "Camille", "Marco", "Giulia", "Pablo", "Lucia", "Noah", "Emma", "Liam", "Olivia",
            "Ethan", "Ava", "Mateo", "Chloe", "Ivan", "Olga", "Tomas", "Eva", "Ravi", "Neha", "Kwame", "Amara", "Sven",
            "Freya", "Hugo", "Lea", "Felix", "Nora", "Oscar", "Mila", "Leo", "Zara", "Adam", "Ines", "Samuel", "Rosa",
            "Jonas", "Alma", "Rafael", "Clara", "Victor", "Iris", "Mei", "Kai", "Sana", "Rohan", "Tariq", "Leila", "Dmitri",
            "Katya", "Andre", "Beatriz", "Hiro", "Akira", "Sora", "Ren", "Nikhil", "Ananya", "Yusuf", "Selin", "Emre"};
    private static final String[] SYLLABLES = {"an", "ber", "cal", "dor", "el", "fen", "gar", "hal", "is", "jor", "kel",
            "lan", "mor", "nel", "or", "pen", "quin", "ros", "sel", "tor", "ul", "van", "wen", "yor", "zan", "bel", "cor",
            "dan", "es", "far", "gil", "hor", "ing", "kan", "lor", "mar", "nor", "ost", "par", "rin", "son", "tan", "ver",
            "wyn", "zu", "ash", "bri", "cla", "dre", "fro"};
    private static final String[] ROLES = {"software engineer", "research scientist", "machine learning engineer",
            "data scientist", "research engineer", "senior research scientist", "senior engineer", "staff engineer",
            "principal scientist", "engineering manager", "tech lead", "head of the speech lab", "head of AI research",
            "director of research", "director of engineering", "general manager of the cloud unit",
            "vice president of engineering", "VP of research", "chief scientist", "chief technology officer"};
    /** Juniors are reported most; chiefs least. Same length as ROLES. */
    private static final int[] ROLE_WEIGHTS = {14, 12, 12, 8, 8, 7, 7, 5, 4, 4, 4, 2, 2, 3, 3, 1, 2, 2, 1, 1};

    final SyntheticOrgs orgs;
    final List<Person> people = new ArrayList<>();
    final List<Move> moves = new ArrayList<>();
    private final SplittableRandom random;
    private final int[] roleCumulative = new int[ROLES.length];
    private final Set<String> keys = new HashSet<>();

    /** Careers until about target moves exist. */
    SyntheticMoves(int target, SyntheticOrgs orgs, SplittableRandom random) {
        this.orgs = orgs;
        this.random = random;
        int sum = 0;
        for (int i = 0; i < ROLES.length; i++) {
            sum += ROLE_WEIGHTS[i];
            roleCumulative[i] = sum;
        }
        while (moves.size() < target) {
            career(target);
        }
    }

    private void career(int target) {
        Person person = person();
        Set<String> made = new HashSet<>();
        int month = startMonth();
        int events = 2 + geometric(0.4);
        int rank = orgs.draw();
        Long unit = orgs.unitOf(rank);
        if (random.nextInt(100) < 55) {
            add(made, person, "join", null, null, rank, unit, month);
        } else {
            int next = other(rank);
            Long nextUnit = orgs.unitOf(next);
            add(made, person, "move", rank, unit, next, nextUnit, month);
            rank = next;
            unit = nextUnit;
        }
        for (int e = 1; e < events && moves.size() < target; e++) {
            month += 3 + random.nextInt(28);
            if (month >= MONTHS) {
                return;
            }
            int r = random.nextInt(100);
            if (rank < 0) {
                rank = orgs.draw();
                unit = orgs.unitOf(rank);
                add(made, person, "join", null, null, rank, unit, month);
            } else if (r < 60) {
                // A few moves stay inside one organization: a flow between its units only.
                int next = orgs.units[rank].length > 1 && r < 3 ? rank : other(rank);
                Long nextUnit = next == rank ? Long.valueOf(orgs.units[rank][random.nextInt(orgs.units[rank].length)]) : orgs.unitOf(next);
                if (next == rank && nextUnit.equals(unit)) {
                    continue;
                }
                add(made, person, "move", rank, unit, next, nextUnit, month);
                rank = next;
                unit = nextUnit;
            } else if (r < 75) {
                add(made, person, "leave", rank, unit, -1, null, month);
                rank = -1;
                unit = null;
            } else if (r < 85) {
                SyntheticOrgs.Org startup = orgs.startup(surname(person.name()));
                addFound(made, person, rank, unit, startup.id(), month);
                return;
            } else {
                int next = other(rank);
                unit = orgs.unitOf(next);
                add(made, person, "join", null, null, next, unit, month);
                rank = next;
            }
        }
    }

    private void add(Set<String> made, Person p, String kind, Integer fromRank, Long fromUnit, int toRank, Long toUnit, int month) {
        Long from = fromRank == null || fromRank < 0 ? null : orgs.ranked[fromRank].id();
        Long to = toRank < 0 ? null : orgs.ranked[toRank].id();
        record(made, p, kind, from, fromUnit, to, toUnit, month);
    }

    private void addFound(Set<String> made, Person p, int fromRank, Long fromUnit, long startup, int month) {
        record(made, p, "found", orgs.ranked[fromRank].id(), fromUnit, startup, null, month);
    }

    /** The store merges reports of one person, kind, origin and destination into one move: so does the generator. */
    private void record(Set<String> made, Person p, String kind, Long from, Long fromUnit, Long to, Long toUnit, int month) {
        if (!made.add(kind + "|" + from + "|" + to)) {
            return;
        }
        LocalDate day = START.plusMonths(month).plusDays(random.nextInt(28));
        int precision = random.nextInt(100);
        String date = precision < 70 ? day.toString().substring(0, 7) : precision < 85 ? day.toString().substring(0, 4)
                : precision < 90 ? day.toString() : null;
        String role = kind.equals("found") ? "founder and chief executive" : random.nextInt(100) < 20 ? null : role();
        double confidence = 0.55 + random.nextInt(44) / 100.0;
        moves.add(new Move(moves.size() + 1, p.id(), kind, from, fromUnit, to, toUnit, role, date, day, confidence));
    }

    /** Careers start over the whole span, more of them lately (the news about AI talent grows). */
    private int startMonth() {
        return (int) (MONTHS * Math.sqrt(random.nextDouble()) * 0.97);
    }

    private int other(int rank) {
        while (true) {
            int next = orgs.draw();
            if (next != rank) {
                return next;
            }
        }
    }

    private int geometric(double p) {
        int n = 0;
        while (random.nextDouble() > p && n < 12) {
            n++;
        }
        return n;
    }

    private String role() {
        int x = random.nextInt(roleCumulative[roleCumulative.length - 1]);
        for (int i = 0; i < roleCumulative.length; i++) {
            if (x < roleCumulative[i]) {
                return ROLES[i];
            }
        }
        return ROLES[0];
    }

    private Person person() {
        while (true) {
            String surname = capitalized(SYLLABLES[random.nextInt(SYLLABLES.length)] + SYLLABLES[random.nextInt(SYLLABLES.length)]
                    + (random.nextInt(3) == 0 ? SYLLABLES[random.nextInt(SYLLABLES.length)] : ""));
            String name = GIVEN[random.nextInt(GIVEN.length)] + " " + surname;
            String key = PersonNames.key(name);
            if (keys.add(key)) {
                Person p = new Person(people.size() + 1, name, key);
                people.add(p);
                return p;
            }
        }
    }

    private static String surname(String name) {
        return name.substring(name.indexOf(' ') + 1);
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
