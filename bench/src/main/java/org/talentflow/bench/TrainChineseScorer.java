package org.talentflow.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.talentflow.core.domain.Document;
import org.talentflow.core.domain.Move;
import org.talentflow.core.eval.ContractNames;
import org.talentflow.core.eval.Evaluation;
import org.talentflow.core.eval.Scorer;
import org.talentflow.core.extract.MoveExtractor;
import org.talentflow.core.nlp.Nlp;
import org.talentflow.core.resolve.Gazetteer;
import org.talentflow.core.scoring.MoveScorer;
import org.talentflow.core.scoring.ScorerTraining;
import org.talentflow.core.source.ArticleReader;
import org.talentflow.core.zh.ChineseMoves;

/**
 * Fits the Chinese move scorer ({@code model/zh-move-scorer.tsv}) on annotated Chinese folders: the same logistic
 * model and trainer as English, over the Chinese reader's features. Thresholds are chosen on out-of-fold
 * probabilities; the held-out folders are scored by the model fitted on the training folders alone.
 * Usage: bench/run train-zh [--train DIR]... [--eval DIR]... [--blind DIR]... [--out FILE] [--sigma S]
 */
public final class TrainChineseScorer {

    private static final ContractNames NAMES = new ContractNames(Gazetteer.loadDefault());

    private record Doc(Path folder, String text, List<ChineseMoves.Candidate> candidates, List<Boolean> labels, List<Boolean> skip) {
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(System.getenv().getOrDefault("TALENTFLOW_SHARED", "../shared"));
        TrainingRun.Args run = TrainingRun.Args.parse(args, Path.of("core/src/main/resources/model/zh-move-scorer.tsv"))
                .withDefaults(List.of(shared.resolve("corpus/zh-train")), List.of(shared.resolve("corpus/zh-dev")));
        List<Path> train = run.train();
        List<Path> eval = run.eval();
        List<Path> blind = run.blind();
        Path out = run.out();
        double sigma = run.sigma();
        MoveExtractor extractor = new MoveExtractor(Nlp.shared(), Gazetteer.loadDefault());
        List<Doc> trainDocs = new ArrayList<>();
        for (Path folder : train) {
            trainDocs.addAll(docs(extractor, folder));
        }
        int folds = 5;
        List<Map<String, Double>> foldWeights = new ArrayList<>();
        for (int k = 0; k < folds; k++) {
            List<ScorerTraining.Example> fit = new ArrayList<>();
            for (int d = 0; d < trainDocs.size(); d++) {
                if (d % folds != k) {
                    fit.addAll(examples(trainDocs.get(d)));
                }
            }
            foldWeights.add(ScorerTraining.fit(fit, sigma));
        }
        // Each point judged with its neighbours two steps around (English uses one): on two dozen articles the single
        // best point is as much luck as signal.
        TrainingRun.Thresholds chosen = TrainingRun.choose((both, partial) -> {
            Map<Path, List<Move>> moves = new java.util.HashMap<>();
            for (int d = 0; d < trainDocs.size(); d++) {
                moves.computeIfAbsent(trainDocs.get(d).folder(), f -> new ArrayList<>())
                        .addAll(chosen(trainDocs.get(d), new MoveScorer(foldWeights.get(d % folds), both, partial)));
            }
            return meanF1(train, moves);
        }, 2);
        double best = chosen.f1();
        double bestBoth = chosen.both();
        double bestPartial = chosen.partial();
        System.out.printf(Locale.ROOT, "thresholds %.2f (both ends) / %.2f (one end): out-of-fold full F1 %.3f (smoothed)%n",
                bestBoth, bestPartial, best);
        List<ScorerTraining.Example> all = new ArrayList<>();
        trainDocs.forEach(d -> all.addAll(examples(d)));
        Map<String, Double> weights = ScorerTraining.fit(all, sigma);
        MoveScorer model = new MoveScorer(weights, bestBoth, bestPartial);
        for (Path folder : train) {
            System.out.printf(Locale.ROOT, "%s: candidate reach %s%n", folder.getFileName(), reach(folder, extractor));
        }
        report("held out", eval, extractor, model);
        report("held out, blind", blind, extractor, model);
        List<String> header = List.of("The Chinese move scorer: log-odds weights of the Chinese reader's candidate features "
                        + "(see zh/ChineseMoves).",
                "Rebuilt by `bench/run train-zh` from " + String.join(", ", train.stream().map(p -> p.getFileName().toString()).toList())
                        + String.format(Locale.ROOT, " (%d candidates, sigma %.2f);", all.size(), sigma),
                String.format(Locale.ROOT, "the thresholds below gave the best out-of-fold full F1 (%.3f).", best));
        Files.writeString(out, ScorerTraining.write(weights, bestBoth, bestPartial, header), StandardCharsets.UTF_8);
        System.out.println("wrote " + out + " (" + weights.size() + " weights)");
        weights.entrySet().stream().sorted(Comparator.comparingDouble(e -> -Math.abs(e.getValue()))).limit(20)
                .forEach(e -> System.out.printf(Locale.ROOT, "  %+.2f %s%n", e.getValue(), e.getKey()));
    }

    private static void report(String what, List<Path> folders, MoveExtractor extractor, MoveScorer model) throws Exception {
        for (Path folder : folders) {
            List<Move> moves = new ArrayList<>();
            for (Doc d : docs(extractor, folder)) {
                moves.addAll(chosen(d, model));
            }
            Scorer.Report r = Evaluation.score(folder, moves);
            System.out.printf(Locale.ROOT, "%s: candidate reach %s%n", folder.getFileName(), reach(folder, extractor));
            System.out.printf(Locale.ROOT, "%s (%s): %s%n", folder.getFileName(), what, r.summary().replace("\n", " | "));
            System.out.println("    " + r.confidence().summary());
        }
    }

    /** How many required moves some candidate matches: the ceiling on recall whatever the scorer does. */
    private static String reach(Path folder, MoveExtractor extractor) throws Exception {
        List<Scorer.Gold> required = Scorer.gold(folder).stream().filter(g -> !g.optional()).toList();
        List<Scorer.Prediction> all = new ArrayList<>();
        for (Doc d : docs(extractor, folder)) {
            d.candidates().forEach(c -> all.add(Evaluation.predictions(List.of(NAMES.asWritten(c.move(), d.text()))).get(0)));
        }
        long reached = required.stream().filter(g -> all.stream().anyMatch(p -> Scorer.matches(p, g))).count();
        return String.format(Locale.ROOT, "%d of %d (%.3f)", reached, required.size(), reached / (double) required.size());
    }

    /** The moves the model chooses in a document, named as the contract names them. */
    private static List<Move> chosen(Doc d, MoveScorer model) {
        return ChineseMoves.choose(d.candidates(), model).stream().map(m -> NAMES.asWritten(m, d.text())).toList();
    }

    /** Each folder scored on its own moves: two folders may both hold a 001.txt. */
    private static double meanF1(List<Path> folders, Map<Path, List<Move>> moves) throws Exception {
        double sum = 0;
        for (Path folder : folders) {
            sum += Evaluation.score(folder, moves.getOrDefault(folder, List.of())).full().f1();
        }
        return sum / folders.size();
    }

    private static List<Doc> docs(MoveExtractor extractor, Path folder) throws Exception {
        List<Scorer.Gold> gold = Scorer.gold(folder);
        List<Document> documents = new ArrayList<>();
        new ArticleReader().read(List.of(folder), documents::add, f -> System.err.println("unreadable: " + f));
        List<Doc> docs = new ArrayList<>();
        for (Document d : documents) {
            List<ChineseMoves.Candidate> candidates = extractor.chineseCandidates(d);
            List<Boolean> labels = new ArrayList<>();
            List<Boolean> skip = new ArrayList<>();
            for (ChineseMoves.Candidate c : candidates) {
                // Named as the contract names them (as the article writes them), as score.py reads them.
                Scorer.Prediction p = Evaluation.predictions(List.of(NAMES.asWritten(c.move(), d.text()))).get(0);
                boolean required = gold.stream().anyMatch(g -> !g.optional() && Scorer.matches(p, g));
                labels.add(required);
                // A candidate only an optional line confirms teaches nothing either way.
                skip.add(!required && gold.stream().anyMatch(g -> g.optional() && Scorer.matches(p, g)));
            }
            docs.add(new Doc(folder, d.text(), candidates, labels, skip));
        }
        return docs;
    }

    private static List<ScorerTraining.Example> examples(Doc d) {
        List<ScorerTraining.Example> examples = new ArrayList<>();
        for (int i = 0; i < d.candidates().size(); i++) {
            if (!d.skip().get(i)) {
                examples.add(new ScorerTraining.Example(d.candidates().get(i).features(), d.labels().get(i)));
            }
        }
        return examples;
    }
}
