package org.talentflow.app.cli;

import org.talentflow.storage.MoveStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
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

    @Mixin
    ExtractionOptions extraction;

    @Option(names = "--json", description = "Print the summary as JSON.")
    boolean json;

    @Mixin
    ProgressOptions progressOptions;

    @Override
    public Integer call() {
        Ingestion ingestion = new Ingestion(progressOptions.interval())
                .limits(extraction.limits());
        Ingestion.Summary summary;
        try (MoveStore moves = store.open()) {
            summary = ingestion.run(paths, extraction.gazetteer(), moves, System.err);
        }
        if (json) {
            Json.print(summary, System.out);
        } else {
            summary.print(System.out);
        }
        return ingestion.failures().report(System.err);
    }
}
