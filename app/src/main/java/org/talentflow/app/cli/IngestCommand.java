package org.talentflow.app.cli;

import org.talentflow.storage.MoveStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** Articles into the store: each document once, each move once with all its evidence. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Read articles, extract their moves and store them with their evidence. "
                + "Ingesting the same articles again changes nothing; a run that was stopped picks up where it was. "
                + "A near-duplicate of a stored article (a syndicated copy) adds evidence to its story's moves. "
                + "Exit code 2 when some inputs failed.")
public final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders (.txt .md .html .json .jsonl), WARC archives (.warc .warc.gz).")
    List<Path> paths;

    @Mixin
    StoreOptions store;

    @Option(names = "--gazetteer", paramLabel = "FILE", description = "Extra organization gazetteer (TSV), repeatable.")
    List<Path> gazetteers = new ArrayList<>();

    @Mixin
    ExtractionOptions extraction;

    @Option(names = "--json", description = "Print the summary as JSON.")
    boolean json;

    @Option(names = "--progress-interval", paramLabel = "SECONDS",
            description = "Seconds between progress lines when stderr is not a terminal (default: 5); "
                    + "a terminal shows one line redrawn in place.")
    double progressSeconds = Progress.DEFAULT_INTERVAL.toSeconds();

    @Override
    public Integer call() {
        Ingestion ingestion = new Ingestion(Duration.ofMillis(Math.max(0, Math.round(progressSeconds * 1000))))
                .limits(extraction.limits());
        Ingestion.Summary summary;
        try (MoveStore moves = store.open()) {
            summary = ingestion.run(paths, Pipeline.gazetteer(gazetteers), moves, System.err);
        }
        if (json) {
            Json.print(summary, System.out);
        } else {
            summary.print(System.out);
        }
        return ingestion.failures().report(System.err);
    }
}
