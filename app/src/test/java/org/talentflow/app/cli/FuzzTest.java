package org.talentflow.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.talentflow.app.fuzz.FuzzCase;
import org.talentflow.app.fuzz.HostileInputs;
import org.talentflow.app.fuzz.Tally;
import org.talentflow.storage.MoveStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Issue 14, "no file, request body or feed entry can stall ingestion", tried with a few thousand generated inputs: web
 * pages, feeds, JSON records and WARC archives, valid ones mutated and hostile ones made on purpose ({@link
 * HostileInputs}). Each goes through the entry point a user would hand it to. None may throw, none may run past a
 * generous budget (a hang, not a slow case: the machines are noisy), and one that is reported as failed must leave the
 * store's digest as it was: nothing of it stored in part.
 *
 * <p>The seed is fixed so that CI always runs the same cases. Rerun or widen it with {@code -Dtalentflow.fuzz.seed=},
 * {@code -Dtalentflow.fuzz.cases=}, or one case alone with {@code -Dtalentflow.fuzz.case=}.
 */
class FuzzTest {

    private static final long SEED = 14_2025L;
    private static final int CASES = 3_000;
    private static final Duration BUDGET = Duration.ofSeconds(30);
    /**
     * One case in this many goes the whole way into the store (every API body does): the digest check reads the whole
     * store after each, and the readers with the extractor are the same work for the rest.
     */
    private static final int WHOLE_WAY_EVERY = 7;

    @TempDir
    Path dir;

    @Test
    void hostileInputIsReportedNotThrownEndsWithinItsBudgetAndWhenItFailsLeavesTheStoreAsItWas() throws Exception {
        long seed = Long.getLong("talentflow.fuzz.seed", SEED);
        int cases = Integer.getInteger("talentflow.fuzz.cases", CASES);
        Integer only = Integer.getInteger("talentflow.fuzz.case");
        int first = only == null ? 0 : only;
        int end = only == null ? cases : only + 1;
        String rerun = "seed " + seed + " (rerun a case with -Dtalentflow.fuzz.seed=" + seed + " -Dtalentflow.fuzz.case=N)";

        Path secret = Files.writeString(dir.resolve("secret.txt"), HostileInputs.SECRET_MARKER);
        HostileInputs inputs = new HostileInputs(seed, secret.toUri().toString());
        Path in = Files.createDirectory(dir.resolve("in"));
        Tally tally = new Tally();
        List<String> problems = new ArrayList<>();
        long started = System.nanoTime();
        try (MoveStore store = MoveStore.open(dir.resolve("store").toString());
             FuzzEntryPoints entries = new FuzzEntryPoints(in, store)) {
            String digest = store.contentDigest();
            for (int i = first; i < end; i++) {
                FuzzCase c = inputs.generate(i);
                boolean wholeWay = c.kind() == FuzzCase.Kind.API || i % WHOLE_WAY_EVERY == 0;
                long caseStarted = System.nanoTime();
                FuzzEntryPoints.Outcome outcome;
                try {
                    outcome = assertTimeoutPreemptively(BUDGET,
                            () -> wholeWay ? entries.throughStore(c) : entries.throughReaders(c));
                } catch (AssertionFailedError timedOut) {
                    // The case's thread may still hold the store: the cases after it would only wait for it.
                    problems.add(c.describe() + ": " + timedOut.getMessage());
                    break;
                } catch (Throwable thrown) {
                    problems.add(c.describe() + ": threw " + thrown);
                    digest = store.contentDigest();
                    continue;
                } finally {
                    Files.deleteIfExists(in.resolve(c.fileName()));
                }
                long nanos = System.nanoTime() - caseStarted;
                outcome.escaped().forEach(e -> problems.add(c.describe() + ": an exception reported as the reason: " + e));
                if (wholeWay) {
                    String after = store.contentDigest();
                    if (outcome.tookNothing() && !after.equals(digest)) {
                        problems.add(c.describe() + ": took nothing (" + outcome.failures() + ") but changed the store");
                    }
                    digest = after;
                }
                tally.add(c, wholeWay, !outcome.tookNothing(), nanos);
            }
            problems.addAll(entries.leaks().stream().map(d -> d + ": holds the content of a file an external entity named").toList());
        }

        System.out.printf(Locale.ROOT, "fuzz: %d cases, %s, in %.1f s%n%s", tally.cases(), rerun,
                (System.nanoTime() - started) / 1e9, tally.report());
        assertThat(problems).as("hostile inputs that broke a rule; %s", rerun).isEmpty();
    }
}
