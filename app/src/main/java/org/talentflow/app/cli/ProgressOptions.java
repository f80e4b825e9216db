package org.talentflow.app.cli;

import picocli.CommandLine.Option;

import java.time.Duration;

/** How often a long run (ingest, reextract) prints its progress line when stderr is not a terminal. */
final class ProgressOptions {

    @Option(names = "--progress-interval", paramLabel = "SECONDS",
            description = "Seconds between progress lines when stderr is not a terminal (default: 5); "
                    + "a terminal shows one line redrawn in place.")
    double progressSeconds = Progress.DEFAULT_INTERVAL.toSeconds();

    Duration interval() {
        return Duration.ofMillis(Math.max(0, Math.round(progressSeconds * 1000)));
    }
}
