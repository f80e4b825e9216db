package org.talentflow.storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The embedded store is held by a program that did not open it to share: an H2 tool, or a TalentFlow from before the
 * store was shared between processes. TalentFlow's own commands share the store with each other (H2's automatic
 * mixed mode), so this says which process holds it and that stopping it is the way on.
 */
public final class StoreInUse extends RuntimeException {

    StoreInUse(Path folder, Throwable cause) {
        super(message(folder, holder(folder.resolve(Database.EMBEDDED_NAME + ".mv.db"))), cause);
    }

    static String message(Path folder, Optional<String> holder) {
        return "the store at " + folder + " is in use by "
                + holder.orElse("another program")
                + ", which opened it without sharing it (an H2 tool, or an older TalentFlow). "
                + "Stop that program (Ctrl-C in its terminal, or kill its process) and run this again; "
                + "TalentFlow's own commands (serve, ingest, watch, moves, ...) share a store and can run side by side.";
    }

    /**
     * The process that has the database file open, as "process PID (COMMAND LINE)": found in /proc where there is one
     * (Linux), among the processes this user may look at; empty elsewhere or when none is found.
     */
    static Optional<String> holder(Path file) {
        Path proc = Path.of("/proc");
        if (!Files.isDirectory(proc)) {
            return Optional.empty();
        }
        Path target;
        try {
            target = file.toRealPath();
        } catch (IOException e) {
            target = file.toAbsolutePath().normalize();
        }
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(proc, p -> p.getFileName().toString().matches("\\d+"))) {
            for (Path process : processes) {
                if (holds(process, target)) {
                    return Optional.of("process " + process.getFileName() + commandLine(process));
                }
            }
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean holds(Path process, Path file) {
        try (DirectoryStream<Path> descriptors = Files.newDirectoryStream(process.resolve("fd"))) {
            for (Path fd : descriptors) {
                try {
                    if (Files.readSymbolicLink(fd).equals(file)) {
                        return true;
                    }
                } catch (IOException | UnsupportedOperationException gone) {
                    // closed meanwhile, or not a link
                }
            }
        } catch (IOException | SecurityException notOurs) {
            // another user's process, or one that ended
        }
        return false;
    }

    private static String commandLine(Path process) {
        try {
            String line = new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8)
                    .replace('\0', ' ').strip();
            if (line.isEmpty()) {
                return "";
            }
            // A TalentFlow process shows as the command a user typed; anything else by its command line.
            for (String entry : new String[]{"talentflow.jar ", "org.talentflow.app.Main "}) {
                int at = line.indexOf(entry);
                if (at >= 0) {
                    line = "talentflow " + line.substring(at + entry.length());
                    break;
                }
            }
            return " (" + (line.length() > 200 ? line.substring(0, 200) + " ..." : line) + ")";
        } catch (IOException e) {
            return "";
        }
    }
}
