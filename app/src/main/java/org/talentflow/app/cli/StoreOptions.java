package org.talentflow.app.cli;

import org.talentflow.storage.MoveStore;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Path;

/** Where the store lives: an embedded database in a folder by default, or a JDBC URL (PostgreSQL, a DuckDB file). */
final class StoreOptions {

    @Option(names = "--db", paramLabel = "FOLDER|JDBC_URL",
            description = "The store: a folder for the embedded database, jdbc:postgresql://host/db?user=..., "
                    + "or jdbc:duckdb:/path/file.duckdb (one process at a time) (default: $TALENTFLOW_DB, else ./talentflow-data).")
    String location;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    String location() {
        if (location != null && !location.isBlank()) {
            return location;
        }
        String env = System.getenv("TALENTFLOW_DB");
        return env != null && !env.isBlank() ? env : Path.of("talentflow-data").toAbsolutePath().toString();
    }

    /** The store, made here when there is none yet: for the commands that write to it. */
    MoveStore open() {
        return MoveStore.open(location());
    }

    /**
     * The store, which must be there: for the commands that only read. A new empty store would answer "nothing" and
     * hide the mistake (a mistyped --db, or a folder never ingested into), so that is a usage error (exit 2).
     */
    MoveStore openExisting() {
        String where = location();
        if (!MoveStore.holdsStore(where)) {
            throw new ParameterException(command.commandLine(), "no store at " + where + "; run ingest first, "
                    + "or point --db (or $TALENTFLOW_DB) at the folder ingest wrote to");
        }
        return MoveStore.open(where);
    }
}
