package org.talentflow.spark;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run did and how fast: the counts, the wall time from listing the inputs to the last output (the model
 * loading included), and the first failures to show on the terminal.
 *
 * @param cores the job's parallelism (local mode: the cores given; a cluster: the executors' cores)
 */
record JobReport(int files, JobCounts counts, boolean stored, double seconds, int cores, List<Failure> firstFailures) {

    /** How many failures the terminal shows; failures.jsonl has them all. */
    static final int SHOWN = 20;

    JobReport {
        firstFailures = List.copyOf(firstFailures);
    }

    double articlesPerSecond() {
        return seconds > 0 ? counts.articles() / seconds : 0;
    }

    double articlesPerSecondPerCore() {
        return articlesPerSecond() / Math.max(1, cores);
    }

    /** 0 when every input was read and extracted (and stored), 2 when some failed, as {@code talentflow extract}. */
    int exitCode() {
        return counts.failures() == 0 ? 0 : 2;
    }

    void print(PrintStream err, String out) {
        err.printf("extracted %d articles from %d files in %.1f s: %.1f articles/s, %.1f articles/s/core on %d cores; %d moves%n",
                counts.articles(), files, seconds, articlesPerSecond(), articlesPerSecondPerCore(), cores, counts.moves());
        if (stored) {
            err.printf("stored: %d articles (%d duplicates); moves new: %d, corroborated: %d%n",
                    counts.stored(), counts.duplicates(), counts.newMoves(), counts.corroborated());
        }
        if (counts.failures() > 0) {
            err.println(counts.failures() + (counts.failures() == 1 ? " input failed:" : " inputs failed:"));
            for (Failure f : firstFailures) {
                err.println("  " + f);
            }
            if (counts.failures() > firstFailures.size()) {
                err.println("  ... and " + (counts.failures() - firstFailures.size()) + " more in " + out + "/failures.jsonl");
            }
        }
    }

    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("files", files);
        m.put("articles", counts.articles());
        m.put("failures", counts.failures());
        m.put("moves", counts.moves());
        m.put("seconds", seconds);
        m.put("cores", cores);
        m.put("articles_per_second", articlesPerSecond());
        m.put("articles_per_second_per_core", articlesPerSecondPerCore());
        if (stored) {
            m.put("stored", counts.stored());
            m.put("duplicates", counts.duplicates());
            m.put("new_moves", counts.newMoves());
            m.put("corroborated", counts.corroborated());
        }
        return m;
    }
}
