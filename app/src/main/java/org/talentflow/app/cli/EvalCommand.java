package org.talentflow.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.talentflow.core.domain.Move;
import org.talentflow.core.eval.ContractNames;
import org.talentflow.core.eval.Evaluation;
import org.talentflow.core.eval.Scorer;
import org.talentflow.core.pipeline.BatchExtractor;
import org.talentflow.core.resolve.Gazetteer;
import org.talentflow.core.source.ArticleReader;

/** Extract an annotated folder and score it as ../shared/eval/score.py does. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Extract the articles of an annotated folder (gold.jsonl + docs.txt) and score the moves "
                + "against the gold ones: the same figures as score.py.")
public final class EvalCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "GOLD_DIR", description = "Folder with articles, gold.jsonl and docs.txt.")
    Path goldDir;

    @Option(names = {"-v", "--verbose"}, description = "List every miss and false alarm.")
    boolean verbose;

    @Option(names = "--predictions", paramLabel = "FILE", description = "Score this JSONL file instead of extracting.")
    Path predictions;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Mixin
    ExtractionOptions extraction;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(goldDir.resolve("gold.jsonl")) || !Files.isRegularFile(goldDir.resolve("docs.txt"))) {
            System.err.println("talentflow eval: " + goldDir + " has no gold.jsonl and docs.txt");
            return 2;
        }
        List<Scorer.Prediction> preds;
        if (predictions != null) {
            preds = Scorer.readPredictions(predictions);
        } else {
            List<Move> moves = new ArrayList<>();
            Failures failures = new Failures();
            Gazetteer gazetteer = extraction.gazetteer();
            ContractNames names = new ContractNames(gazetteer);
            try (BatchExtractor batch = new BatchExtractor(Pipeline.extractor(gazetteer, extraction.limits()),
                    Pipeline.threads(), dm -> moves.addAll(names.asWritten(dm)), f -> failures.add(f.document(), f.reason()))) {
                new ArticleReader().read(List.of(goldDir), batch, f -> failures.add(f.source(), f.reason()));
            }
            failures.report(System.err);
            preds = Evaluation.predictions(moves);
        }
        Scorer.Report report = Scorer.score(goldDir, preds);
        if (json) {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("fullF1", report.full().f1());
            answer.put("whoF1", report.who().f1());
            answer.put("full", report.full());
            answer.put("who", report.who());
            answer.put("predictions", report.predictions());
            answer.put("gold", report.gold());
            answer.put("misses", report.misses());
            answer.put("falseAlarms", report.falseAlarms());
            answer.put("confidenceSplit", report.confidence());
            Json.print(answer, System.out);
            return 0;
        }
        if (verbose) {
            report.misses().forEach(System.out::println);
            report.falseAlarms().forEach(System.out::println);
            System.out.println(report.confidence().summary());
        }
        System.out.println(report.summary());
        return 0;
    }
}
