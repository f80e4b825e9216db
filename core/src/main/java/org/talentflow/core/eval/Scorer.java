package org.talentflow.core.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Scores predicted moves against an annotated folder (gold.jsonl + docs.txt), exactly as
 * ../shared/eval/score.py does: the "who" level (right person, per document) and the "full" level (right
 * person with compatible origin and destination); optional gold lines neither reward nor punish.
 */
public final class Scorer {

    /** Precision, recall, F1. */
    public record Prf(double precision, double recall, double f1) {
        static Prf of(int truePred, int nPred, int hitGold, int nGold) {
            double p = nPred == 0 ? 1.0 : (double) truePred / nPred;
            double r = nGold == 0 ? 1.0 : (double) hitGold / nGold;
            double f = p + r == 0 ? 0.0 : 2 * p * r / (p + r);
            return new Prf(p, r, f);
        }
    }

    /** One prediction as the scorer reads it. */
    public record Prediction(String doc, String person, String from, String to, double confidence) {
    }

    /**
     * Whether confidence means something: the counted predictions ranked by confidence, and the precision of the
     * upper and the lower half (the odd middle one goes to the upper half).
     */
    public record ConfidenceSplit(int upperCount, double upperPrecision, int lowerCount, double lowerPrecision,
                                  double medianConfidence) {
        static ConfidenceSplit of(List<double[]> confidenceAndHit) {
            List<double[]> ranked = new ArrayList<>(confidenceAndHit);
            ranked.sort((a, b) -> Double.compare(b[0], a[0]));
            int upper = (ranked.size() + 1) / 2;
            return new ConfidenceSplit(upper, precision(ranked.subList(0, upper)), ranked.size() - upper,
                    precision(ranked.subList(upper, ranked.size())),
                    ranked.isEmpty() ? 0 : ranked.get(Math.max(0, upper - 1))[0]);
        }

        private static double precision(List<double[]> part) {
            return part.isEmpty() ? 1.0 : part.stream().filter(x -> x[1] > 0).count() / (double) part.size();
        }

        public String summary() {
            return String.format(Locale.ROOT, "confidence: upper half P=%.3f (%d, conf >= %.2f), lower half P=%.3f (%d)",
                    upperPrecision, upperCount, medianConfidence, lowerPrecision, lowerCount);
        }
    }

    /** The scores and the errors behind them. */
    public record Report(Prf who, Prf full, int correct, int counted, int found, int gold, int predictions,
                         int whoFound, int whoGold, int whoWrong, List<String> misses, List<String> falseAlarms,
                         ConfidenceSplit confidence) {

        /** The three lines score.py prints. */
        public String summary() {
            return String.format(Locale.ROOT, "who:  P=%.3f R=%.3f F1=%.3f  (%d of %d people, %d wrong)%n"
                            + "full: P=%.3f R=%.3f F1=%.3f  (%d/%d predictions right, %d/%d moves found)%n"
                            + "score: full_f1=%.3f who_f1=%.3f predictions=%d gold=%d",
                    who.precision(), who.recall(), who.f1(), whoFound, whoGold, whoWrong,
                    full.precision(), full.recall(), full.f1(), correct, counted, found, gold,
                    full.f1(), who.f1(), predictions, gold);
        }
    }

    /** One line of gold.jsonl. */
    public record Gold(String doc, String person, List<String> aliases, List<String> from, List<String> to,
                        boolean optional) {
    }

    private static final Set<String> SUFFIXES = Set.of("the", "group", "holding", "holdings", "inc", "ltd", "limited",
            "co", "corp", "corporation", "plc", "llc", "company", "s.a", "ag", "gmbh");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern POSSESSIVE = Pattern.compile("'s\\b");
    private static final Pattern NON_WORD = Pattern.compile("[^\\w.\\s-]", Pattern.UNICODE_CHARACTER_CLASS);
    private static final ObjectMapper JSON = new ObjectMapper();

    private Scorer() {
    }

    public static Report score(Path goldDir, List<Prediction> rawPredictions) throws IOException {
        List<Gold> gold = readGold(goldDir.resolve("gold.jsonl"));
        Set<String> docs = new HashSet<>();
        for (String line : Files.readAllLines(goldDir.resolve("docs.txt"), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                docs.add(line.strip());
            }
        }
        List<Prediction> preds = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Prediction p : rawPredictions) {
            String doc = p.doc() == null ? "" : p.doc().substring(p.doc().lastIndexOf('/') + 1);
            if (!docs.contains(doc)) {
                continue;
            }
            String key = doc + "\u0000" + String.join(" ", fold(p.person())) + "\u0000"
                    + String.join(" ", orgTokens(p.from())) + "\u0000" + String.join(" ", orgTokens(p.to()));
            if (seen.add(key)) {
                preds.add(new Prediction(doc, p.person(), p.from(), p.to(), p.confidence()));
            }
        }
        List<Gold> required = gold.stream().filter(g -> !g.optional()).toList();

        int found = 0;
        List<String> misses = new ArrayList<>();
        for (Gold g : required) {
            if (preds.stream().anyMatch(p -> eventMatch(p, g))) {
                found++;
            } else {
                misses.add(String.format("MISS  %s: %s %s -> %s", g.doc(), g.person(), first(g.from()), first(g.to())));
            }
        }
        int correct = 0;
        int counted = 0;
        List<String> falseAlarms = new ArrayList<>();
        List<double[]> confidenceAndHit = new ArrayList<>();
        for (Prediction p : preds) {
            List<Gold> matches = gold.stream().filter(g -> eventMatch(p, g)).toList();
            if (!matches.isEmpty() && matches.stream().allMatch(Gold::optional)) {
                continue;
            }
            counted++;
            confidenceAndHit.add(new double[]{p.confidence(), matches.isEmpty() ? 0 : 1});
            if (!matches.isEmpty()) {
                correct++;
            } else {
                falseAlarms.add(String.format("FALSE %s: %s %s -> %s", p.doc(), p.person(), p.from(), p.to()));
            }
        }
        Prf full = Prf.of(correct, counted, found, required.size());

        Set<String> goldWho = new LinkedHashSet<>();
        required.forEach(g -> goldWho.add(g.doc() + "\u0000" + g.person()));
        Set<String> predWho = new LinkedHashSet<>();
        Set<String> wrongWho = new LinkedHashSet<>();
        for (Prediction p : preds) {
            String k = whoKey(p, required);
            if (k != null) {
                predWho.add(k);
            } else if (whoKey(p, gold) == null) {
                wrongWho.add(p.doc() + "\u0000" + p.person());
            }
        }
        Prf who = Prf.of(predWho.size(), predWho.size() + wrongWho.size(), predWho.size(), goldWho.size());
        return new Report(who, full, correct, counted, found, required.size(), preds.size(), predWho.size(),
                goldWho.size(), wrongWho.size(), misses, falseAlarms,
                ConfidenceSplit.of(confidenceAndHit));
    }

    /** Reads predictions in the move contract from a JSONL file. */
    public static List<Prediction> readPredictions(Path jsonl) throws IOException {
        List<Prediction> out = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = JSON.readTree(line);
            out.add(new Prediction(text(n, "doc"), text(n, "person"), text(n, "from"), text(n, "to"),
                    n.path("confidence").asDouble(0)));
        }
        return out;
    }

    private static String whoKey(Prediction p, List<Gold> pool) {
        for (Gold g : pool) {
            if (g.doc().equals(p.doc()) && personMatch(p.person(), g)) {
                return g.doc() + "\u0000" + g.person();
            }
        }
        return null;
    }

    /** The gold lines of an annotated folder. */
    public static List<Gold> gold(Path goldDir) throws IOException {
        return readGold(goldDir.resolve("gold.jsonl"));
    }

    /** Whether a prediction is this gold move at the full level (doc, person, compatible origin and destination). */
    public static boolean matches(Prediction p, Gold g) {
        return eventMatch(p, g);
    }

    private static boolean eventMatch(Prediction p, Gold g) {
        if (!Objects.equals(p.doc(), g.doc()) || !personMatch(p.person(), g)) {
            return false;
        }
        boolean hasFrom = p.from() != null && !p.from().isEmpty();
        boolean hasTo = p.to() != null && !p.to().isEmpty();
        if (!hasFrom && !hasTo) {
            return false;
        }
        if (!g.from().isEmpty() && !(hasFrom && orgMatch(p.from(), g.from()))) {
            return false;
        }
        return g.to().isEmpty() || hasTo && orgMatch(p.to(), g.to());
    }

    static boolean orgMatch(String predicted, List<String> aliases) {
        List<String> p = orgTokens(predicted);
        if (p.isEmpty()) {
            return false;
        }
        for (String alias : aliases) {
            List<String> a = orgTokens(alias);
            if (!a.isEmpty() && (p.equals(a) || contains(p, a) || contains(a, p))) {
                return true;
            }
        }
        return false;
    }

    static boolean personMatch(String predicted, Gold gold) {
        Set<String> p = new HashSet<>(fold(predicted));
        if (p.isEmpty()) {
            return false;
        }
        List<String> names = new ArrayList<>();
        names.add(gold.person());
        names.addAll(gold.aliases());
        for (String name : names) {
            Set<String> g = new HashSet<>(fold(name));
            if (p.equals(g)) {
                return true;
            }
            Set<String> small = p.size() <= g.size() ? p : g;
            Set<String> big = p.size() <= g.size() ? g : p;
            if (small.size() >= 2 && big.containsAll(small)) {
                return true;
            }
        }
        return false;
    }

    /** score.py's fold(): accents off, lower case, possessives and punctuation dropped. */
    static List<String> fold(String text) {
        String t = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD);
        t = MARKS.matcher(t).replaceAll("").toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        t = POSSESSIVE.matcher(t).replaceAll("");
        t = NON_WORD.matcher(t).replaceAll(" ");
        List<String> tokens = new ArrayList<>();
        for (String tok : t.split("\\s+")) {
            String s = tok.replaceAll("^[.-]+|[.-]+$", "");
            if (!s.isEmpty()) {
                tokens.add(s);
            }
        }
        return tokens;
    }

    /** score.py's org_tokens(): Chinese has no spaces, so a company-form suffix goes and characters count one by one. */
    static List<String> orgTokens(String name) {
        String stripped = CJK_SUFFIXES.matcher(name == null ? "" : name.strip()).replaceAll("");
        List<String> tokens = new ArrayList<>();
        for (String t : fold(stripped)) {
            if (CJK.matcher(t).find()) {
                t.codePoints().forEach(c -> tokens.add(new String(Character.toChars(c))));
            } else {
                tokens.add(t);
            }
        }
        return tokens.stream().filter(t -> !SUFFIXES.contains(t)).toList();
    }

    private static final Pattern CJK = Pattern.compile("[\u3400-\u9fff\uf900-\ufaff]");
    private static final Pattern CJK_SUFFIXES =
            Pattern.compile("(股份有限公司|有限责任公司|有限公司|控股集团|集团公司|集团|控股|公司)$");

    private static boolean contains(List<String> big, List<String> small) {
        int n = small.size();
        for (int i = 0; n > 0 && i + n <= big.size(); i++) {
            if (big.subList(i, i + n).equals(small)) {
                return true;
            }
        }
        return false;
    }

    private static List<Gold> readGold(Path file) throws IOException {
        List<Gold> gold = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = JSON.readTree(line);
            gold.add(new Gold(text(n, "doc"), text(n, "person"), strings(n.get("aliases")), strings(n.get("from")),
                    strings(n.get("to")), n.path("optional").asBoolean(false)));
        }
        return gold;
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(x -> out.add(x.asText()));
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String first(List<String> list) {
        return list.isEmpty() ? "[]" : "['" + list.get(0) + "']";
    }

}
