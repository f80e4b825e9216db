package org.talentflow.app.cli;

import org.talentflow.core.domain.Limits;
import picocli.CommandLine.Option;

import java.time.Duration;

/** What the commands that extract share on their command line: the time one document may take. */
final class ExtractionOptions {

    @Option(names = "--document-timeout", paramLabel = "DURATION", defaultValue = "60s",
            converter = DurationConverter.class,
            description = "Longest extraction of one document (default ${DEFAULT-VALUE}); a document that takes "
                    + "longer fails by name and nothing of it is stored.")
    Duration documentTimeout = Limits.DEFAULT.timePerDocument();

    Limits limits() {
        return Limits.DEFAULT.withTimePerDocument(documentTimeout);
    }
}
