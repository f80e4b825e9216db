package org.talentflow.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * The job's output folder, on any Hadoop file system:
 * <ul>
 *   <li>{@code moves.parquet/}: one row per move, written by the executors in parallel;</li>
 *   <li>{@code moves.jsonl}: the move contract, one file in input order, the same lines as {@code talentflow extract};</li>
 *   <li>{@code failures.jsonl}: every input or article that failed, with its reason;</li>
 *   <li>{@code summary.json}: the counts and the throughput of the run.</li>
 * </ul>
 * The two JSONL files pass through the driver a partition at a time: moves and failures are few next to the articles.
 */
final class JobOutputs {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FileSystem fs;
    private final Path out;

    JobOutputs(String out, Configuration hadoop) throws IOException {
        this.out = new Path(out);
        this.fs = this.out.getFileSystem(hadoop);
        // Hadoop's local file system would put a .crc file beside each file; readers of the output have no use for them.
        fs.setWriteChecksum(false);
        fs.mkdirs(this.out);
    }

    void writeMoves(Dataset<Row> moves) throws IOException {
        moves.select(MoveTable.parquetColumns()).write().mode(SaveMode.Overwrite).parquet(child("moves.parquet"));
        try (Writer w = create("moves.jsonl")) {
            Iterator<Row> lines = moves.orderBy(MoveTable.INPUT_ORDER).select("contract_line").toLocalIterator();
            while (lines.hasNext()) {
                w.write(lines.next().getString(0));
                w.write('\n');
            }
        }
    }

    void writeFailures(Iterator<Failure> failures) throws IOException {
        try (Writer w = create("failures.jsonl")) {
            while (failures.hasNext()) {
                Failure f = failures.next();
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("source", f.source());
                line.put("reason", f.reason());
                w.write(JSON.writeValueAsString(line));
                w.write('\n');
            }
        }
    }

    /** Articles read with notes (a cap cut them, or a field was read as unknown): each note with its article's name. */
    void writeNotes(Iterator<Extracted> read) throws IOException {
        try (Writer w = create("notes.jsonl")) {
            while (read.hasNext()) {
                Extracted e = read.next();
                for (String note : e.notes()) {
                    Map<String, Object> line = new LinkedHashMap<>();
                    line.put("source", e.name());
                    line.put("note", note);
                    w.write(JSON.writeValueAsString(line));
                    w.write('\n');
                }
            }
        }
    }

    void writeSummary(JobReport report) throws IOException {
        try (Writer w = create("summary.json")) {
            w.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report.toMap()));
            w.write('\n');
        }
    }

    String child(String name) {
        return new Path(out, name).toString();
    }

    private Writer create(String name) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(fs.create(new Path(out, name), true), StandardCharsets.UTF_8));
    }
}
