package org.talentflow.app.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Inputs that could not be read or extracted: each reported by name with its reason; any makes the exit code 2. Inputs
 * read with notes (only in part, a cap of {@code Limits} reached; or a field such as an impossible date read as
 * unknown) are reported the same way, with the note, and do not change the exit code.
 */
final class Failures {

    private final List<String> lines = new ArrayList<>();
    private final List<String> cuts = new ArrayList<>();

    synchronized void add(String source, String reason) {
        lines.add(source + ": " + reason);
    }

    /** An input's notes: what the pipeline left out of it ("cut to 5,000 sentences: ...") or read as unknown. */
    synchronized void cut(String source, List<String> notes) {
        for (String note : notes) {
            cuts.add(source + ": " + note);
        }
    }

    /** Each note as "SOURCE: note". */
    synchronized List<String> notes() {
        return List.copyOf(cuts);
    }

    synchronized int count() {
        return lines.size();
    }

    /** Each failure as "SOURCE: reason". */
    synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    /** Prints the failures and returns the exit code: 0 when none, 2 when some inputs failed. */
    synchronized int report(PrintStream err) {
        if (!cuts.isEmpty()) {
            err.println("read with notes (a limit cut the input, or a field was read as unknown):");
            for (String line : cuts) {
                err.println("  " + line);
            }
        }
        if (lines.isEmpty()) {
            return 0;
        }
        err.println(lines.size() + (lines.size() == 1 ? " input failed:" : " inputs failed:"));
        for (String line : lines) {
            err.println("  " + line);
        }
        return 2;
    }
}
