package org.talentflow.app.cli;

import org.talentflow.storage.MoveStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Marks an input file finished in the store once its last document is stored, so that a restarted run skips it whole.
 * Documents are extracted in parallel but handed back in input order, exactly once each (stored, or failed): a queue
 * of the file each document in flight came from says whose document each result is. A file any of whose documents
 * failed is not marked: the next run reads it again and reports the failure again, and its stored documents are
 * skipped by content hash.
 */
final class FinishedInputs {

    private static final class Input {
        final MoveStore.InputFile file;
        int queued;
        int handled;
        boolean readAll;
        boolean failed;

        Input(MoveStore.InputFile file) {
            this.file = file;
        }
    }

    private final MoveStore store;
    private final Runnable onDone;
    private final Deque<Input> inFlight = new ArrayDeque<>();
    private Input current;

    /** @param onDone told when every document of a file is handled, stored or failed (for progress) */
    FinishedInputs(MoveStore store, Runnable onDone) {
        this.store = store;
        this.onDone = onDone;
    }

    /** The file as it is now (path, size, modification time), or null when it cannot be looked at. */
    static MoveStore.InputFile of(Path file) {
        try {
            return new MoveStore.InputFile(file.toAbsolutePath().normalize().toString(), Files.size(file),
                    Files.getLastModifiedTime(file).toMillis());
        } catch (IOException e) {
            return null;
        }
    }

    /** Whether a previous run finished this file as it is now. */
    boolean finishedBefore(MoveStore.InputFile file) {
        return file != null && store.finished(file);
    }

    void startFile(MoveStore.InputFile file) {
        current = new Input(file);
    }

    /** A document of the current file goes to extraction; its result comes back through {@link #handled}. */
    void queued() {
        current.queued++;
        inFlight.add(current);
    }

    /** A document of the current file needed no extraction (its text is stored already). */
    void skipped() {
        current.queued++;
        current.handled++;
    }

    /** Part of the current file could not be read. */
    void readFailed() {
        if (current != null) {
            current.failed = true;
        }
    }

    /** The next document in flight was stored, or failed. */
    void handled(boolean failed) {
        Input input = inFlight.remove();
        input.handled++;
        input.failed |= failed;
        markWhenDone(input);
    }

    void endOfFile() {
        current.readAll = true;
        markWhenDone(current);
        current = null;
    }

    private void markWhenDone(Input input) {
        if (!input.readAll || input.handled < input.queued) {
            return;
        }
        if (!input.failed && input.file != null) {
            try {
                store.markFinished(input.file, input.queued);
            } catch (RuntimeException e) {
                // Runs inside the extractor's hand-back of results, which must not be broken off. Without the
                // checkpoint the next run reads the file again and skips its stored documents by content hash.
            }
        }
        onDone.run();
    }
}
