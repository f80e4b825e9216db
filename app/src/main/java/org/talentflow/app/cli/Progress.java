package org.talentflow.app.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress line on stderr for long runs: documents done, moves found and the rate. On a terminal it
 * redraws one line; otherwise (logs, CI) it prints a line every few seconds.
 */
final class Progress {

    private final PrintStream err;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private long lastPrint;
    private int documents;
    private int moves;
    private int failed;

    Progress(PrintStream err) {
        this.err = err;
        this.terminal = System.console() != null;
    }

    synchronized void document(int newMoves) {
        documents++;
        moves += newMoves;
        maybePrint();
    }

    synchronized void failure() {
        failed++;
        maybePrint();
    }

    private void maybePrint() {
        long now = System.nanoTime();
        long interval = terminal ? 200_000_000L : 5_000_000_000L;
        if (now - lastPrint >= interval) {
            lastPrint = now;
            print(terminal ? "\r" : "", terminal ? "" : "\n");
        }
    }

    synchronized void done() {
        print(terminal ? "\r" : "", "\n");
    }

    private void print(String prefix, String suffix) {
        double seconds = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
        err.print(String.format(Locale.ROOT, "%s%s %,d documents, %,d moves, %,d failed  %.1f docs/s%s", prefix,
                spinner(), documents, moves, failed, documents / seconds, suffix));
        err.flush();
    }

    private String spinner() {
        return "[" + "=".repeat(Math.min(20, documents % 21)) + " ".repeat(20 - Math.min(20, documents % 21)) + "]";
    }
}
