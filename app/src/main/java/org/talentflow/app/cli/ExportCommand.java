package org.talentflow.app.cli;

import org.talentflow.storage.MoveStore;
import org.talentflow.storage.StoreExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** The store's tables as files for analysts (pandas, DuckDB, Spark, a spreadsheet). */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the store's moves, people, organizations, evidence and documents (without their text) "
                + "to a folder, one file per table (moves.parquet, ...), names resolved beside the ids; the same "
                + "columns whatever the store. A file of the same name is replaced once the new one is whole. "
                + "Each table's rows and size on stderr.")
public final class ExportCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write into (made when missing).")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "parquet (default; ZSTD-compressed) or csv (a header line, quoted where needed).")
    StoreExport.Format format = StoreExport.Format.PARQUET;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new ParameterException(command.commandLine(), "--out " + out + " is a file; name a folder");
        }
        long started = System.nanoTime();
        List<StoreExport.Written> files;
        try (MoveStore moves = store.openExisting()) {
            files = new StoreExport(moves).write(out, format, written -> print(written, System.err));
        }
        long bytes = files.stream().mapToLong(f -> size(f.file())).sum();
        System.err.printf(Locale.ROOT, "exported %d tables to %s: %s in %.1f s%n", files.size(), out, readable(bytes),
                (System.nanoTime() - started) / 1e9);
        return 0;
    }

    private static void print(StoreExport.Written written, PrintStream err) {
        err.printf(Locale.ROOT, "%-14s %,12d rows  %s (%s)%n", written.table(), written.rows(), written.file().getFileName(),
                readable(size(written.file())));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readable(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
