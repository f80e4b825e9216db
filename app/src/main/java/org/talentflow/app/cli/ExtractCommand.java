package org.talentflow.app.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.talentflow.core.domain.DocumentMoves;
import org.talentflow.core.domain.Move;
import org.talentflow.core.eval.ContractNames;
import org.talentflow.core.eval.MoveContract;
import org.talentflow.core.pipeline.BatchExtractor;
import org.talentflow.core.resolve.Gazetteer;
import org.talentflow.core.source.ArticleReader;

/** Articles in, the move contract (JSONL) out; the store is not touched. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract moves from articles and print them as JSON lines (the move contract). "
                + "Does not touch the store.")
public final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders (.txt .md .html .json .jsonl).")
    List<Path> paths;

    @Option(names = "--min-confidence", paramLabel = "X", description = "Leave out moves below this confidence (default: ${DEFAULT-VALUE}).")
    double minConfidence = 0.0;

    @Mixin
    ExtractionOptions extraction;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        Failures failures = new Failures();
        Gazetteer gazetteer = extraction.gazetteer();
        ContractNames names = new ContractNames(gazetteer);
        try (BatchExtractor batch = new BatchExtractor(Pipeline.extractor(gazetteer, extraction.limits()),
                Pipeline.threads(), moves -> {
                    print(moves, names, out);
                    failures.cut(moves.document().name(), moves.notes());
                }, f -> failures.add(f.document(), f.reason()))) {
            new ArticleReader().read(paths, batch, f -> failures.add(f.source(), f.reason()));
        }
        out.flush();
        return failures.report(System.err);
    }

    private void print(DocumentMoves moves, ContractNames names, PrintStream out) {
        for (Move m : moves.moves()) {
            if (m.confidence() >= minConfidence) {
                out.println(MoveContract.toJsonLine(names.asWritten(m, moves.document().text())));
            }
        }
    }
}
