package org.talentflow.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A folder of short news items written from templates with varied people and organizations: hires, departures and
 * founders, items that report no move, and syndicated copies (another site, a byline and a footer, a few words
 * changed). Most are .txt files; one JSONL file holds many records, so a run can also stop inside a file.
 * The same seed writes the same folder.
 */
final class GeneratedNews {

    private static final String[] FIRST = {"Maria", "Tom", "Chen", "Li", "Ana", "Rahul", "Sofia", "Kenji", "Olga",
            "Pedro", "Nadia", "Hassan", "Emma", "Lukas", "Mei", "Jonas", "Irene", "Omar", "Yuki", "Dmitri"};
    private static final String[] LAST = {"Gonzalez", "Baker", "Wei", "Na", "Silva", "Mehta", "Rossi", "Tanaka",
            "Petrova", "Alvarez", "Haddad", "Karimi", "Larsen", "Fischer", "Zhang", "Berg", "Costa", "Farouk", "Sato",
            "Volkov"};
    private static final String[] ORGS = {"Alibaba", "Tencent", "JD.com", "ByteDance", "Baidu", "Huawei", "Xiaomi",
            "Meituan", "SenseTime", "Kuaishou", "NetEase", "iFlytek"};
    private static final String[] TEAMS = {"speech", "vision", "search", "robotics", "recommendation", "cloud AI"};
    private static final String[] ROLES = {"chief scientist", "head of research", "vice president", "director of AI"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June"};
    private static final String[] CITIES = {"Hangzhou", "Shenzhen", "Beijing", "Shanghai"};
    private static final String[] SITES = {"wire.example", "daily.example", "tech.example", "markets.example"};

    private GeneratedNews() {
    }

    /** Writes about {@code stories} items (plus copies) into the folder; returns the number of articles written. */
    static int write(Path folder, int stories, long seed) {
        Random random = new Random(seed);
        List<String> records = new ArrayList<>();
        int articles = 0;
        for (int i = 0; i < stories; i++) {
            String person = pick(random, FIRST) + " " + pick(random, LAST);
            String from = pick(random, ORGS);
            String to = other(random, from);
            String site = pick(random, SITES);
            String date = String.format(Locale.ROOT, "2025-%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28));
            String body = switch (i % 4) {
                case 0 -> hire(random, person, from, to);
                case 1 -> poach(random, person, from, to);
                case 2 -> founder(random, person, from);
                default -> noMove(random, from, to);
            };
            boolean inRecords = i % 5 == 4;
            if (inRecords) {
                records.add(record("r" + i, "https://" + site + "/" + i, date, body));
            } else {
                write(folder.resolve(String.format(Locale.ROOT, "%04d-story.txt", i)), site, i, date, body);
            }
            articles++;
            if (i % 3 == 0) {
                // A syndicated copy on another site, a little later in the reading order.
                String copy = "By " + pick(random, FIRST) + " " + pick(random, LAST) + ", Wire Services\n\n"
                        + edit(body) + "\n\nCopyright 2025 Wire Services. All rights reserved.";
                String copySite = SITES[(indexOf(SITES, site) + 1) % SITES.length];
                if (inRecords) {
                    records.add(record("c" + i, "https://" + copySite + "/c" + i, date, copy));
                } else {
                    write(folder.resolve(String.format(Locale.ROOT, "%04d-wire-copy.txt", i + 2)), copySite, i, date, copy);
                }
                articles++;
            }
        }
        try {
            Files.write(folder.resolve("0500-records.jsonl"), records, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return articles;
    }

    private static String hire(Random r, String person, String from, String to) {
        String team = pick(r, TEAMS);
        return person + ", head of " + from + "'s " + team + " team, has joined " + to + " as " + pick(r, ROLES)
                + ". " + pronoun(r) + " left " + from + " in " + pick(r, MONTHS) + " after " + (2 + r.nextInt(9))
                + " years. At " + to + " the new hire will build a group working on " + team + " models, the company "
                + "said in a statement, and will report to its chief technology officer. " + from
                + " said a deputy would lead the team until a successor is named.";
    }

    private static String poach(Random r, String person, String from, String to) {
        return to + " has hired " + person + " from " + from + ", the company said on Tuesday. " + person
                + " spent " + (2 + r.nextInt(9)) + " years at " + from + " working on " + pick(r, TEAMS)
                + " systems and will become " + pick(r, ROLES) + " in " + pick(r, CITIES) + ". Analysts said the move "
                + "was part of a wider contest for experienced researchers between the largest technology groups.";
    }

    private static String founder(Random r, String person, String from) {
        String startup = pick(r, LAST) + " " + (r.nextBoolean() ? "Robotics" : "Labs");
        return person + " left " + from + " to found " + startup + ", a start-up based in " + pick(r, CITIES)
                + ". The company has raised seed funding from local investors and plans to hire twenty engineers "
                + "this year, according to a filing. " + person + " previously led " + pick(r, TEAMS)
                + " research at " + from + " for several years.";
    }

    private static String noMove(Random r, String a, String b) {
        return a + " reported quarterly revenue of " + (10 + r.nextInt(90)) + " billion yuan on Thursday, ahead of "
                + "analyst estimates, helped by demand for its cloud services. " + b + " is expected to report next "
                + "week. Shares of both companies rose in early trading in Hong Kong, and analysts raised their "
                + "targets for the rest of the year.";
    }

    /** What an editor does to a wire story: a few words changed. */
    private static String edit(String body) {
        return body.replace("the company said", "the firm said").replace("on Tuesday", "this week")
                .replace("according to a filing", "a filing showed").replace("on Thursday", "late on Thursday");
    }

    private static void write(Path file, String site, int i, String date, String body) {
        try {
            Files.writeString(file, "url: https://" + site + "/news/" + i + "\ndate: " + date + "\n\n" + body + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String record(String id, String url, String date, String text) {
        return "{\"id\":\"" + id + "\",\"url\":\"" + url + "\",\"date\":\"" + date + "\",\"text\":\""
                + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"}";
    }

    private static String pick(Random r, String[] options) {
        return options[r.nextInt(options.length)];
    }

    private static String other(Random r, String not) {
        String o;
        do {
            o = pick(r, ORGS);
        } while (o.equals(not));
        return o;
    }

    private static String pronoun(Random r) {
        return r.nextBoolean() ? "She" : "He";
    }

    private static int indexOf(String[] options, String value) {
        for (int i = 0; i < options.length; i++) {
            if (options[i].equals(value)) {
                return i;
            }
        }
        return -1;
    }
}
