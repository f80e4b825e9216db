package org.talentflow.spark;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.talentflow.core.domain.Document;
import org.talentflow.core.domain.Move;
import org.talentflow.core.ingest.ArticleStore;
import org.talentflow.core.ingest.SaveResult;
import org.talentflow.storage.MoveStore;

/**
 * One task's connection to the store, opened on its first article: the ingest use case's store port, each article and
 * its moves saved in one transaction through the store's own writer. Idempotent by content hash, so a retried task does not duplicate what
 * its first attempt stored. A save that lost a race with another task (serialization failure, deadlock, a unique key
 * taken meanwhile) is tried again after a random pause.
 */
final class PostgresSink implements ArticleStore, AutoCloseable {

    private static final int ATTEMPTS = 8;
    /** SQLSTATEs of a conflict with a concurrent writer: serialization_failure, deadlock_detected, unique_violation. */
    private static final Set<String> CONFLICTS = Set.of("40001", "40P01", "23505");

    private final PostgresTarget target;
    private MoveStore store;

    PostgresSink(PostgresTarget target) {
        this.target = target;
    }

    @Override
    public boolean hasDocument(String contentHash) {
        return store().hasDocument(contentHash);
    }

    /** Saves the article; throws the store's exception when it cannot, after retrying conflicts. */
    @Override
    public SaveResult save(Document document, List<Move> moves, String extractorVersion) {
        for (int attempt = 1; ; attempt++) {
            try {
                return store().save(document, moves, extractorVersion);
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || !isConflict(e)) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    private MoveStore store() {
        if (store == null) {
            store = MoveStore.open(target.serializableUrl(), target.schema());
        }
        return store;
    }

    private static boolean isConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && CONFLICTS.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        long bound = 20L << Math.min(attempt, 6);
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(bound / 2, bound));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a store write", e);
        }
    }

    @Override
    public void close() {
        if (store != null) {
            store.close();
        }
    }
}
