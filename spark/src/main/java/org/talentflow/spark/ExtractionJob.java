package org.talentflow.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;

import org.talentflow.storage.MoveStore;

/**
 * The batch extraction, as stages on Spark:
 * <ol>
 *   <li>the driver expands the inputs to files ({@link InputFiles});</li>
 *   <li>one task per file reads it with core's reader, streaming ({@link FileArticles});</li>
 *   <li>the articles are spread evenly over the extraction tasks, so one large file keeps every core busy;</li>
 *   <li>each task extracts with its executor's one model copy and, when asked, stores ({@link PartitionExtractor});</li>
 *   <li>the outcomes (moves and failures, not texts) are kept and written out ({@link JobOutputs}).</li>
 * </ol>
 * Files are split by file, not by line: core's reader names an article without an id after its file and line
 * ({@code feed.jsonl#17}), reads WARC records that span lines, and reports bad lines by number; reading is cheap next
 * to extraction, and the shuffle after it spreads the work however the input is cut.
 */
final class ExtractionJob {

    /** Extraction tasks per core by default: small tasks even out articles of very different lengths. */
    private static final int TASKS_PER_CORE = 4;

    private final SparkSession spark;

    ExtractionJob(SparkSession spark) {
        this.spark = spark;
    }

    JobReport run(JobOptions options) throws IOException {
        long started = System.nanoTime();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = jsc.hadoopConfiguration();
        InputFiles.Listing listing = InputFiles.list(options.inputs(), hadoop);
        UserGazetteer gazetteer = UserGazetteer.read(options.gazetteers(), hadoop);
        if (options.postgres() != null) {
            prepare(options.postgres(), gazetteer);
        }
        JobOutputs outputs = new JobOutputs(options.out(), hadoop);

        List<InputFile> files = listing.files();
        int cores = jsc.defaultParallelism();
        int partitions = options.partitions() > 0 ? options.partitions() : Math.max(files.size(), TASKS_PER_CORE * cores);
        Broadcast<SerializableConfiguration> conf = jsc.broadcast(new SerializableConfiguration(hadoop));
        JavaRDD<Outcome> outcomes = jsc.parallelize(files, Math.max(1, files.size()))
                .flatMap(file -> FileArticles.read(file, conf.value().value()))
                .repartition(partitions)
                .mapPartitions(new PartitionExtractor(gazetteer, options.postgres(), options.minConfidence()))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            JobCounts counts = outcomes.map(JobCounts::of).fold(JobCounts.ZERO, JobCounts::plus)
                    .plus(new JobCounts(0, listing.failures().size(), 0, 0, 0, 0, 0));
            Dataset<Row> moves = spark.createDataFrame(outcomes.flatMap(ExtractionJob::moveRows), MoveTable.SCHEMA);
            outputs.writeMoves(moves);

            JavaRDD<Failure> failed = outcomes.filter(o -> o instanceof Failure).map(o -> (Failure) o)
                    .sortBy(f -> ((long) f.fileIndex() << 40) + f.ordinal(), true, Math.max(1, cores));
            outputs.writeFailures(concat(listing.failures().iterator(), failed.toLocalIterator()));
            outputs.writeNotes(outcomes.filter(o -> o instanceof Extracted e && !e.notes().isEmpty()).map(o -> (Extracted) o)
                    .sortBy(e -> ((long) e.fileIndex() << 40) + e.ordinal(), true, Math.max(1, cores)).toLocalIterator());
            List<Failure> shown = new ArrayList<>(listing.failures());
            shown.addAll(failed.take(JobReport.SHOWN));

            JobReport report = new JobReport(files.size(), counts, options.postgres() != null,
                    (System.nanoTime() - started) / 1e9, cores, shown.subList(0, Math.min(shown.size(), JobReport.SHOWN)));
            outputs.writeSummary(report);
            return report;
        } finally {
            outcomes.unpersist(false);
            conf.destroy();
        }
    }

    /** Migrates the store and enters the gazetteer's organizations once, before any task writes. */
    private static void prepare(PostgresTarget target, UserGazetteer gazetteer) {
        try (MoveStore store = MoveStore.open(target.serializableUrl(), target.schema())) {
            store.syncOrganizations(gazetteer.load().organizations());
        }
    }

    private static Iterator<Row> moveRows(Outcome outcome) {
        if (outcome instanceof Extracted e) {
            return e.moves().stream().map(MoveTable::row).iterator();
        }
        return Collections.emptyIterator();
    }

    private static <T> Iterator<T> concat(Iterator<T> first, Iterator<T> second) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return first.hasNext() || second.hasNext();
            }

            @Override
            public T next() {
                return first.hasNext() ? first.next() : second.next();
            }
        };
    }
}
