package org.talentflow.app.cli;

import org.talentflow.analytics.FlowLevel;
import org.talentflow.analytics.TalentAnalytics;
import org.talentflow.core.resolve.Gazetteer;
import org.talentflow.storage.MoveStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The first thing a new user runs: the bundled sample articles into a fresh store, what it found, then the dashboard. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingest the bundled sample articles into a fresh embedded store, print the talent flows and the "
                + "latest moves, then serve the web dashboard at http://127.0.0.1:7070/ until Ctrl-C.")
public final class DemoCommand implements java.util.concurrent.Callable<Integer> {

    @Option(names = "--samples", paramLabel = "FOLDER", description = "Articles to use (default: the bundled samples/news).")
    Path samples;

    @Option(names = "--db", paramLabel = "FOLDER", description = "Folder of the demo store, emptied first (default: talentflow-data/demo).")
    Path folder;

    @Option(names = "--port", paramLabel = "PORT", description = "Port of the dashboard (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 7070;

    @Option(names = "--no-serve", description = "Stop after printing, without serving the dashboard (for scripts).")
    boolean noServe;

    @Override
    public Integer call() throws InterruptedException {
        Path home = home();
        Path articles = samples != null ? samples : home.resolve("samples").resolve("news");
        if (!Files.isDirectory(articles)) {
            System.err.println("talentflow demo: no sample articles at " + articles + " (use --samples FOLDER)");
            return 1;
        }
        Path store = folder != null ? folder : home.resolve("talentflow-data").resolve("demo");
        emptyStore(store);
        System.out.println("Ingesting the sample articles in " + articles + " into a fresh store at " + store);
        Ingestion ingestion = new Ingestion();
        try (MoveStore moves = MoveStore.open(store.toAbsolutePath().toString())) {
            Gazetteer gazetteer = Pipeline.gazetteer(List.of());
            Ingestion.Summary summary = ingestion.run(List.of(articles), gazetteer, moves, System.err);
            summary.print(System.out);
            System.out.println();
            System.out.println("Talent flows between companies (who left where for where):");
            FlowsCommand.print(new TalentAnalytics(moves).flows(null, null, FlowLevel.PARENT), System.out);
            System.out.println();
            MoveRows.print("Latest moves", moves.moves(new MoveStore.MoveQuery(null, null, null, null, 15)), System.out);
            String db = " --db " + store;
            System.out.println();
            System.out.println("Explore further:");
            System.out.println("  ./talentflow org \"Alibaba\"" + db);
            System.out.println("  ./talentflow person \"Yan Zhijie\"" + db);
            System.out.println("  ./talentflow flows --level unit" + db);
            int failed = ingestion.failures().report(System.err);
            if (!noServe) {
                // Read-only: the demo has no token, so the extractor is never needed by the server.
                Serving.untilStopped(moves, "127.0.0.1", port, null, Serving.memoized(() -> Pipeline.extractor(gazetteer)),
                        System.out);
            }
            return failed;
        }
    }

    /** The checkout the launcher runs from (it passes -Dtalentflow.home), else the working directory. */
    static Path home() {
        String home = System.getProperty("talentflow.home");
        return Path.of(home != null && !home.isBlank() ? home : ".").toAbsolutePath().normalize();
    }

    /** A fresh store each time: only the embedded database's own files are removed, nothing else in the folder. */
    private static void emptyStore(Path store) {
        if (!Files.isDirectory(store)) {
            return;
        }
        try (Stream<Path> files = Files.list(store)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("talentflow.")
                    && p.getFileName().toString().endsWith(".db")).toList()) {
                Files.delete(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty the demo store " + store, e);
        }
    }
}
