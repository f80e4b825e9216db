package org.talentflow.bench;

import org.talentflow.core.domain.Document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A labelled set for near-duplicate detection, written from sentence templates of our own with varied people,
 * organizations, places and figures. Every article carries the story it tells and how it was made: an original, a
 * syndicated copy (byline and footer, headline in the text, a few words edited, the last sentences cut, or rewritten:
 * many words edited under a byline, the hardest), or a hard negative (a follow-up about the same people in other
 * words; the same template filled with other people and organizations; the same text about another person; the same
 * text with other figures). Copies come later in the stream than their original, as they do in a crawl.
 */
final class GeneratedStories {

    enum Kind {
        ORIGINAL(false), COPY_BYLINE(true), COPY_HEADLINE(true), COPY_EDITED(true), COPY_TRUNCATED(true),
        COPY_REWRITTEN(true), FOLLOW_UP(false), SAME_TEMPLATE(false), OTHER_PERSON(false), OTHER_FIGURES(false);

        final boolean copy;

        Kind(boolean copy) {
            this.copy = copy;
        }
    }

    /** An article, the story it belongs to, and how it was made. */
    record Article(Document document, int story, Kind kind) {
    }

    private static final String[] FIRST = {"Maria", "Tom", "Chen", "Li", "Ana", "Rahul", "Sofia", "Kenji", "Olga",
            "Pedro", "Nadia", "Hassan", "Emma", "Lukas", "Mei", "Jonas", "Irene", "Omar", "Yuki", "Dmitri", "Grace",
            "Victor", "Aisha", "Felix", "Hana", "Igor", "Julia", "Karim", "Lena", "Marco", "Nina", "Oscar", "Priya",
            "Quentin", "Rosa", "Samuel", "Tara", "Ugo", "Vera", "Wang"};
    private static final String[] LAST = {"Gonzalez", "Baker", "Wei", "Na", "Silva", "Mehta", "Rossi", "Tanaka",
            "Petrova", "Alvarez", "Haddad", "Karimi", "Larsen", "Fischer", "Zhang", "Berg", "Costa", "Farouk", "Sato",
            "Volkov", "Okafor", "Novak", "Lindqvist", "Moreau", "Yilmaz", "Kowalski", "Duarte", "Ibrahim", "Hoffmann",
            "Liu", "Park", "Nguyen", "Schmidt", "Romano", "Kato", "Ivanova", "Mendes", "Osei", "Varga", "Zhou"};
    private static final String[] ORGS = {"Alibaba", "Tencent", "JD.com", "ByteDance", "Baidu", "Huawei", "Xiaomi",
            "Meituan", "SenseTime", "Kuaishou", "NetEase", "iFlytek", "Globex", "Initech", "Hooli", "Umbrella Labs",
            "Vandelay Robotics", "Stark Analytics", "Wayne Biotech", "Acme Vision", "Cyberdyne", "Soylent Data"};
    private static final String[] CITIES = {"Hangzhou", "Shenzhen", "Beijing", "Shanghai", "Singapore", "Seoul",
            "London", "Berlin", "Paris", "Toronto", "Austin", "Bangalore"};
    private static final String[] ROLES = {"chief scientist", "head of research", "vice president of engineering",
            "director of AI", "chief technology officer", "principal researcher", "head of the speech lab"};
    private static final String[] TEAMS = {"speech", "vision", "search", "robotics", "recommendation", "language model",
            "autonomous driving", "chip design"};
    private static final String[] OUTLETS = {"Wire Services", "Asia Tech Daily", "The Ledger", "Markets Now",
            "Global Business Review", "Tech Dispatch"};
    private static final String[] SENTENCES = {
            "{P}, who was {R} at {A}, has joined {B} to lead its {T} work.",
            "{B} confirmed the appointment on {D}, saying {P} would start in {M}.",
            "{P} spent {N} years at {A}, where the {T} team grew to more than {K} people.",
            "At {B}, {P} will report to the chief executive and be based in {C}.",
            "A spokesperson for {A} said the company thanked {P} and had named an interim head.",
            "The move is the latest in a contest for experienced researchers between the largest technology groups.",
            "Analysts said the hire could speed up {B}'s plans for {T} products next year.",
            "{A} has lost several senior researchers this year, according to people familiar with the matter.",
            "{B} raised its research budget by {N} percent last quarter and plans to hire {K} engineers.",
            "Shares of {B} rose {N} percent in early trading in {C} after the announcement.",
            "{P} studied computer science in {C} and published widely cited papers on {T} systems.",
            "The {T} group at {A} will now be run by {Q}, a long-time deputy.",
            "{B} opened a research centre in {C} in {M} with room for {K} staff.",
            "People close to {P} said the decision had been months in the making.",
            "Neither company disclosed the terms of the arrangement.",
            "{A} said on {D} that its {T} roadmap was unchanged.",
            "{P} declined to comment when reached by phone on {D}.",
            "Industry data show that pay for senior {T} researchers rose about {N} percent in two years.",
            "{B} said the new team would work closely with universities in {C}.",
            "The appointment follows a restructuring at {A} announced in {M}.",
            "Investors have watched {B}'s hiring closely since it entered the {T} market.",
            "{Q}, a former colleague, described {P} as one of the most capable engineers of the generation.",
            "{B} plans to release its first {T} product built by the new group within {N} months.",
            "The {C} office of {A} employs about {K} people, most of them engineers."};
    private static final String[][] EDITS = {{" said ", " told reporters "}, {" will ", " is set to "},
            {" company ", " firm "}, {" about ", " roughly "}, {" people ", " staff "}, {" plans ", " intends "},
            {" new ", " newly formed "}, {" more than ", " over "}, {" largest ", " biggest "}, {" has ", " had "},
            {" the ", " this "}, {" its ", " the "}, {" in ", " within "}, {" said ", " added "}, {" at ", " with "}};
    private static final String[] FOOTERS = {"Copyright 2025 {O}. All rights reserved.",
            "Reporting by {X}; editing by {Y}.", "This article first appeared on {O}.",
            "Sign up for the {O} newsletter for more stories like this."};

    private GeneratedStories() {
    }

    /** About {@code articles} articles: stories, a third of them syndicated, plus hard negatives. */
    static List<Article> make(int articles, long seed) {
        Random r = new Random(seed);
        List<Article> originals = new ArrayList<>();
        List<Article> later = new ArrayList<>();
        int story = 0;
        while (originals.size() + later.size() < articles) {
            Slots slots = Slots.random(r);
            List<Integer> order = pickSentences(r, 5 + r.nextInt(5));
            String body = fill(order, slots);
            String name = "s" + story;
            originals.add(article(name, body, story, Kind.ORIGINAL, r));
            if (r.nextInt(3) == 0) {
                Kind kind = Kind.values()[1 + r.nextInt(5)];
                later.add(article(name + "-copy", copy(kind, body, slots, r), story, kind, r));
            }
            int roll = r.nextInt(16);
            if (roll == 2) {
                // The same text about someone else (one person's hire in a company's release template).
                story++;
                later.add(article("s" + story + "-other-person", fill(order, slots.withPerson(r)), story,
                        Kind.OTHER_PERSON, r));
            } else if (roll == 3) {
                // The same text with other figures (another quarter's numbers).
                story++;
                later.add(article("s" + story + "-other-figures", fill(order, slots.withFigures(r)), story,
                        Kind.OTHER_FIGURES, r));
            } else if (roll == 0) {
                // The same people in other words: a different story.
                story++;
                later.add(article("s" + story + "-follow-up", fill(pickSentences(r, 5 + r.nextInt(4)), slots), story,
                        Kind.FOLLOW_UP, r));
            } else if (roll == 1) {
                // The same template filled with other people, organizations and figures: a different story.
                story++;
                later.add(article("s" + story + "-template", fill(order, Slots.random(r)), story, Kind.SAME_TEMPLATE, r));
            }
            story++;
        }
        // Later articles are spread over the second half of the stream, each after its original.
        List<Article> stream = new ArrayList<>(originals);
        Collections.shuffle(later, r);
        for (Article a : later) {
            int after = indexOfStory(stream, a.story());
            int at = after < 0 ? stream.size() : after + 1 + r.nextInt(stream.size() - after);
            stream.add(Math.min(at, stream.size()), a);
        }
        return stream;
    }

    private static int indexOfStory(List<Article> stream, int story) {
        for (int i = 0; i < stream.size(); i++) {
            if (stream.get(i).story() == story) {
                return i;
            }
        }
        return -1;
    }

    private static Article article(String name, String body, int story, Kind kind, Random r) {
        String site = new String[]{"wire.example", "daily.example", "tech.example", "markets.example", "asia.example"}[r.nextInt(5)];
        return new Article(new Document(name + ".txt", "https://" + site + "/" + name, null,
                LocalDate.of(2025, 1 + r.nextInt(12), 1 + r.nextInt(28)), body), story, kind);
    }

    private static String copy(Kind kind, String body, Slots s, Random r) {
        String byline = "By " + pick(r, FIRST) + " " + pick(r, LAST) + ", " + pick(r, OUTLETS) + "\n\n";
        String footer = "\n\n" + pick(r, FOOTERS).replace("{O}", pick(r, OUTLETS))
                .replace("{X}", pick(r, FIRST) + " " + pick(r, LAST)).replace("{Y}", pick(r, FIRST) + " " + pick(r, LAST));
        return switch (kind) {
            case COPY_BYLINE -> byline + body + footer;
            case COPY_HEADLINE -> s.person + " joins " + s.to + " from " + s.from + "\n\n" + body;
            case COPY_EDITED -> edit(body, 1 + r.nextInt(4), r);
            case COPY_REWRITTEN -> byline + edit(body, 8 + r.nextInt(5), r);
            case COPY_TRUNCATED -> {
                int cut = body.lastIndexOf(". ", body.length() - 3);
                yield byline + (cut > body.length() / 2 ? body.substring(0, cut + 1) : body);
            }
            default -> throw new IllegalArgumentException(kind.name());
        };
    }

    /** Up to n edits, at least one that applies (so that a copy is never the same text). */
    private static String edit(String body, int n, Random r) {
        String edited = body;
        for (int tries = 0; tries < 200 && (n > 0 || edited.equals(body)); tries++) {
            String[] e = EDITS[r.nextInt(EDITS.length)];
            String next = edited.replaceFirst(java.util.regex.Pattern.quote(e[0]), e[1]);
            if (!next.equals(edited)) {
                edited = next;
                n--;
            }
        }
        return edited.equals(body) ? body + " More to follow." : edited;
    }

    private static List<Integer> pickSentences(Random r, int n) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < SENTENCES.length; i++) {
            all.add(i);
        }
        Collections.shuffle(all, r);
        return all.subList(0, n);
    }

    private static String fill(List<Integer> order, Slots s) {
        StringBuilder text = new StringBuilder();
        for (int i : order) {
            text.append(text.isEmpty() ? "" : " ").append(SENTENCES[i].replace("{P}", s.person).replace("{Q}", s.other)
                    .replace("{A}", s.from).replace("{B}", s.to).replace("{C}", s.city).replace("{R}", s.role)
                    .replace("{T}", s.team).replace("{M}", s.month).replace("{D}", s.day)
                    .replace("{N}", String.valueOf(s.n)).replace("{K}", String.valueOf(s.k)));
        }
        return text.toString();
    }

    private record Slots(String person, String other, String from, String to, String city, String role, String team,
                         String month, String day, int n, int k) {
        Slots withPerson(Random r) {
            return new Slots(pick(r, FIRST) + " " + pick(r, LAST), pick(r, FIRST) + " " + pick(r, LAST), from, to, city,
                    role, team, month, day, n, k);
        }

        Slots withFigures(Random r) {
            return new Slots(person, other, from, to, city, role, team, month, day, n + 1 + r.nextInt(20),
                    k + 1 + r.nextInt(100));
        }

        static Slots random(Random r) {
            String from = pick(r, ORGS);
            String to;
            do {
                to = pick(r, ORGS);
            } while (to.equals(from));
            return new Slots(pick(r, FIRST) + " " + pick(r, LAST), pick(r, FIRST) + " " + pick(r, LAST), from, to,
                    pick(r, CITIES), pick(r, ROLES), pick(r, TEAMS),
                    new String[]{"January", "March", "May", "July", "September", "November"}[r.nextInt(6)],
                    new String[]{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}[r.nextInt(5)],
                    2 + r.nextInt(28), 20 + r.nextInt(480));
        }
    }

    private static String pick(Random r, String[] options) {
        return options[r.nextInt(options.length)];
    }

    static String describe(Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
