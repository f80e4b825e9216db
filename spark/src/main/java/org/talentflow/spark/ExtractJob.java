package org.talentflow.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The Spark job's entry point: {@code spark-submit --class org.talentflow.spark.ExtractJob talentflow-spark.jar
 * INPUT... --out DIR}, or {@code spark/run} for local mode on this machine.
 */
@Command(name = "talentflow-spark", mixinStandardHelpOptions = true,
        description = "Extract moves from articles (.jsonl, .warc/.warc.gz once core reads them, and every other "
                + "type talentflow extract reads) as an Apache Spark job; write them as Parquet and as the move "
                + "contract (JSONL), and optionally into PostgreSQL.")
public final class ExtractJob implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Files, folders or globs, local or on any Hadoop file system (hdfs://, s3a://).")
    List<String> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Output folder: moves.parquet/, moves.jsonl, failures.jsonl, summary.json (replaced if present).")
    String out;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master, e.g. local[*]; default: the one spark-submit gives, else local[*].")
    String master;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Extraction tasks (default: the larger of the file count and 4 per core).")
    int partitions;

    @Option(names = "--gazetteer", paramLabel = "FILE",
            description = "Extra organization gazetteer (TSV, as talentflow extract takes it), repeatable.")
    List<String> gazetteers = new ArrayList<>();

    @Option(names = "--min-confidence", paramLabel = "X",
            description = "Leave out of the outputs moves below this confidence (default: ${DEFAULT-VALUE}).")
    double minConfidence = 0.0;

    @Option(names = "--postgres", paramLabel = "JDBC_URL",
            description = "Also store the articles and their moves in this PostgreSQL database (jdbc:postgresql://...).")
    String postgres;

    @Option(names = "--postgres-schema", paramLabel = "NAME",
            description = "The schema to store in (created if missing); default: the connection's.")
    String postgresSchema;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        return new CommandLine(new ExtractJob())
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("talentflow-spark: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
                    return 1;
                })
                .execute(args);
    }

    JobOptions options() {
        return new JobOptions(inputs, out, partitions, gazetteers, minConfidence,
                postgres == null ? null : new PostgresTarget(postgres, postgresSchema));
    }

    @Override
    public Integer call() throws Exception {
        JobOptions options = options();
        SparkSession.Builder builder = SparkSession.builder().appName("talentflow-extract");
        if (master != null) {
            builder.master(master);
        } else if (System.getProperty("spark.master") == null) {
            builder.master("local[*]");
        }
        SparkSession spark = builder.getOrCreate();
        try {
            JobReport report = new ExtractionJob(spark).run(options);
            report.print(System.err, out);
            return report.exitCode();
        } finally {
            spark.stop();
        }
    }
}
