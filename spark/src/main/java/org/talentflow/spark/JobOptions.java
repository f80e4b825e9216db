package org.talentflow.spark;

import java.util.List;

/**
 * What one run of the job is asked to do.
 *
 * @param inputs        files, folders or globs, on the local disk or any Hadoop file system
 * @param out           the output folder: moves.parquet/, moves.jsonl, failures.jsonl
 * @param partitions    extraction tasks; 0 for the default (see {@link ExtractionJob})
 * @param gazetteers    the user's gazetteer files (TSV, any file system) over the shipped one
 * @param minConfidence moves below it are left out of the outputs
 * @param postgres      the store to write to as well, or null
 */
record JobOptions(List<String> inputs, String out, int partitions, List<String> gazetteers, double minConfidence,
                  PostgresTarget postgres) {

    JobOptions {
        inputs = List.copyOf(inputs);
        gazetteers = List.copyOf(gazetteers);
    }
}
