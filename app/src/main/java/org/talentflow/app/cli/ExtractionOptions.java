package org.talentflow.app.cli;

import org.talentflow.core.domain.Limits;
import org.talentflow.core.resolve.Gazetteer;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** What the commands that extract share on their command line: the user's gazetteers and the time one document may take. */
final class ExtractionOptions {

    @Option(names = "--gazetteer", paramLabel = "FILE", description = "Extra organization gazetteer (TSV), repeatable.")
    List<Path> gazetteers = new ArrayList<>();

    @Option(names = "--document-timeout", paramLabel = "DURATION", defaultValue = "60s",
            converter = DurationConverter.class,
            description = "Longest extraction of one document (default ${DEFAULT-VALUE}); a document that takes "
                    + "longer fails by name and nothing of it is stored.")
    Duration documentTimeout = Limits.DEFAULT.timePerDocument();

    /** The shipped gazetteer with the user's files. */
    Gazetteer gazetteer() {
        return Pipeline.gazetteer(gazetteers);
    }

    Limits limits() {
        return Limits.DEFAULT.withTimePerDocument(documentTimeout);
    }
}
