package org.talentflow.app.cli;

import org.talentflow.core.ingest.SaveResult;
import org.talentflow.core.pipeline.BatchExtractor;
import org.talentflow.storage.MoveStore;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Progress of a long run on stderr: input files done out of all (a bar, when there are several), documents, duplicates and
 * near-duplicates among them, new moves, failures, the rate and the time left. On a terminal it redraws one line a few
 * times a second; otherwise (logs, CI, a pipe) it prints a line at an interval.
 */
final class Progress {

    static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(5);
    /** A document extracted longer than this is named on the line while it runs. */
    static final Duration SLOW = Duration.ofSeconds(10);
    private static final long TERMINAL_REDRAW_NANOS = 200_000_000L;
    private static final int BAR = 24;

    private final PrintStream err;
    private final boolean terminal;
    private final int files;
    private final String unit;
    private final long intervalNanos;
    private final long start = System.nanoTime();
    private long lastPrint;
    private int lastWidth;
    private int filesDone;
    private boolean shown = true;
    private int documents;
    private int duplicates;
    private int nearDuplicates;
    private int moves;
    private int failed;
    private Supplier<Optional<BatchExtractor.Running>> running = Optional::empty;
    private Thread ticker;

    Progress(PrintStream err, int files, Duration interval) {
        this(err, files, "files", interval);
    }

    /** @param unit what the bar counts ("files", "documents"), {@code total} of them in all */
    Progress(PrintStream err, int total, String unit, Duration interval) {
        this(err, System.console() != null, total, unit, interval);
    }

    Progress(PrintStream err, boolean terminal, int files, Duration interval) {
        this(err, terminal, files, "files", interval);
    }

    Progress(PrintStream err, boolean terminal, int files, String unit, Duration interval) {
        this.err = err;
        this.terminal = terminal;
        this.files = files;
        this.unit = unit;
        this.intervalNanos = terminal ? TERMINAL_REDRAW_NANOS : (interval != null ? interval : DEFAULT_INTERVAL).toNanos();
        this.lastPrint = start;
    }

    /**
     * Names the document that has been extracted longest when it runs past {@link #SLOW}, and keeps the line coming
     * while it does: events alone would leave a stuck run silent.
     */
    synchronized void watch(Supplier<Optional<BatchExtractor.Running>> longestRunning) {
        this.running = longestRunning;
        long tick = Math.max(intervalNanos, 1_000_000_000L);
        ticker = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(tick / 1_000_000L);
                    tick();
                }
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }, "progress");
        ticker.setDaemon(true);
        ticker.start();
    }

    private synchronized void tick() {
        if (slow().isPresent()) {
            lastPrint = System.nanoTime();
            print();
        }
    }

    private Optional<BatchExtractor.Running> slow() {
        return running.get().filter(r -> r.time().compareTo(SLOW) >= 0);
    }

    synchronized void saved(SaveResult result) {
        documents++;
        if (result.duplicate()) {
            duplicates++;
        }
        if (result.nearDuplicate()) {
            nearDuplicates++;
        }
        moves += result.newMoves();
        maybePrint();
    }

    /** A document stored that is itself one of the bar's units (reextract counts documents, not files). */
    synchronized void documentDone(SaveResult result) {
        filesDone++;
        saved(result);
    }

    /** A document that failed and is itself one of the bar's units. */
    synchronized void documentFailed() {
        filesDone++;
        failure();
    }

    synchronized void failure() {
        failed++;
        maybePrint();
    }

    /**
     * Every document of one more input is stored or failed (or the input was finished by an earlier run); one more of
     * the bar's units done, whatever the unit.
     */
    synchronized void fileDone() {
        filesDone++;
        maybePrint();
    }

    synchronized void done() {
        if (ticker != null) {
            ticker.interrupt();
        }
        if (!shown || terminal) {
            print();
        }
        if (terminal) {
            err.println();
        }
        err.flush();
    }

    private void maybePrint() {
        shown = false;
        long now = System.nanoTime();
        if (now - lastPrint >= intervalNanos) {
            lastPrint = now;
            print();
        }
    }

    private void print() {
        String line = line(System.nanoTime() - start);
        if (terminal) {
            // Redraw in place; spaces wipe what a longer previous line left.
            err.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
            lastWidth = line.length();
        } else {
            err.println(line);
        }
        err.flush();
        shown = true;
    }

    String line(long elapsedNanos) {
        double seconds = Math.max(1e-3, elapsedNanos / 1e9);
        StringBuilder s = new StringBuilder();
        if (files > 1) {
            double share = Math.min(1.0, (double) filesDone / files);
            int filled = (int) Math.round(share * BAR);
            s.append('[').append("#".repeat(filled)).append("-".repeat(BAR - filled)).append("] ")
                    .append(String.format(Locale.ROOT, "%3d%% %,d/%,d %s  ", Math.round(share * 100), filesDone, files, unit));
        }
        s.append(String.format(Locale.ROOT, "%,d documents (%,d duplicates, %,d near-duplicates)  %,d new moves  "
                + "%,d failed  %.1f docs/s", documents, duplicates, nearDuplicates, moves, failed, documents / seconds));
        if (files > 1 && filesDone > 0 && filesDone < files) {
            long left = Math.round(seconds * (files - filesDone) / filesDone);
            s.append(String.format(Locale.ROOT, "  ~%dm%02ds left", left / 60, left % 60));
        }
        slow().ifPresent(r -> s.append(String.format(Locale.ROOT, "  slow: %s (%d s so far)", r.document(),
                r.time().toSeconds())));
        return s.toString();
    }
}
