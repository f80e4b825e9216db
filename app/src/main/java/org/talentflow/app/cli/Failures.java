package org.talentflow.app.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Inputs that could not be read or extracted: each reported by name with its reason; any makes the exit code 2. */
final class Failures {

    private final List<String> lines = new ArrayList<>();

    synchronized void add(String source, String reason) {
        lines.add(source + ": " + reason);
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
