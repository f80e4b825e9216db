package org.talentflow.app.cli;

import org.talentflow.storage.MoveStore;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Where the store lives: an embedded database in a folder by default, or any JDBC URL (PostgreSQL). */
final class StoreOptions {

    @Option(names = "--db", paramLabel = "FOLDER|JDBC_URL",
            description = "The store: a folder for the embedded database, or jdbc:postgresql://host/db?user=... "
                    + "(default: $TALENTFLOW_DB, else ./talentflow-data).")
    String location;

    String location() {
        if (location != null && !location.isBlank()) {
            return location;
        }
        String env = System.getenv("TALENTFLOW_DB");
        return env != null && !env.isBlank() ? env : Path.of("talentflow-data").toAbsolutePath().toString();
    }

    MoveStore open() {
        return MoveStore.open(location());
    }
}
