package org.talentflow.storage;

import org.talentflow.core.syndication.MinHashSignature;
import org.talentflow.core.syndication.NearDuplicates;
import org.talentflow.core.syndication.Sites;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Syndication in the store: the story a new document copies, found through the LSH band keys of the stored MinHash
 * signatures (an indexed lookup whatever the size of the store), and the links that make copies of one story count
 * as one source.
 */
final class Stories {

    /** A story: its first document, and the independent source every document of the story stands for. */
    record Story(long id, String firstDocument, String sourceKey) {
    }

    /** Documents sharing the most band keys are the likeliest copies; a few dozen is plenty to find the best. */
    private static final int MAX_CANDIDATES = 64;
    private static final int BACKFILL_CHUNK = 200;
    private static final int COUNT_CHUNK = 20_000;

    private record Candidate(long document, long story, MinHashSignature signature) {
    }

    private final Sql sql;

    Stories(Sql sql) {
        this.sql = sql;
    }

    /**
     * The stored story a text is a near-duplicate of (see {@link NearDuplicates}): the story of the most similar
     * stored copy, the earliest stored on a tie; empty when none.
     */
    Optional<Story> copiedBy(String text, MinHashSignature signature) {
        long[] keys = signature.bandKeys();
        Object[] args = new Object[keys.length + 1];
        for (int i = 0; i < keys.length; i++) {
            args[i] = keys[i];
        }
        args[keys.length] = MAX_CANDIDATES;
        List<Long> ids = sql.list("SELECT document_id FROM document_bands WHERE band_key IN (" + Sql.marks(keys.length)
                + ") GROUP BY document_id ORDER BY COUNT(*) DESC, document_id LIMIT ?", rs -> rs.getLong(1), args);
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        List<Candidate> candidates = sql.list("SELECT id, story_id, signature FROM documents WHERE id IN ("
                + Sql.marks(ids.size()) + ")", rs -> new Candidate(rs.getLong(1), rs.getLong(2),
                MinHashSignature.fromBytes(rs.getBytes(3)).orElse(null)), ids.toArray());
        // Most similar first; only those with the same wording get their text loaded for the names test.
        return candidates.stream()
                .filter(c -> c.signature() != null && c.signature().similarity(signature) >= NearDuplicates.SAME_WORDING)
                .sorted(Comparator.comparingDouble((Candidate c) -> -c.signature().similarity(signature))
                        .thenComparingLong(Candidate::document))
                .filter(c -> NearDuplicates.copies(text, signature,
                        sql.queryString("SELECT text FROM documents WHERE id = ?", c.document()), c.signature()))
                .findFirst()
                .map(c -> story(c.story()));
    }

    /**
     * Links a newly stored document to the story it copies, or makes it the first document of a story of its own, and
     * indexes its signature so that later copies find it.
     */
    void link(long documentId, Optional<Story> copied, String site, String contentHash, Optional<MinHashSignature> signature) {
        long story = copied.map(Story::id).orElse(documentId);
        String sourceKey = copied.map(Story::sourceKey).orElse(site != null ? site : contentHash);
        sql.update("UPDATE documents SET story_id = ?, source_key = ? WHERE id = ?", story, sourceKey, documentId);
        signature.ifPresent(s -> index(documentId, s));
    }

    /** What to store as a document's signature: an empty value marks a text too short to have one. */
    static byte[] stored(Optional<MinHashSignature> signature) {
        return signature.map(MinHashSignature::toBytes).orElse(new byte[0]);
    }

    private void index(long documentId, MinHashSignature signature) {
        long[] keys = signature.bandKeys();
        List<Object[]> rows = new ArrayList<>(keys.length);
        for (int b = 0; b < keys.length; b++) {
            rows.add(new Object[]{documentId, (short) b, keys[b]});
        }
        sql.batch("INSERT INTO document_bands (document_id, band, band_key) VALUES (?, ?, ?)", rows);
    }

    private Story story(long id) {
        return sql.first("SELECT id, name, source_key FROM documents WHERE id = ?",
                rs -> new Story(rs.getLong(1), rs.getString(2), rs.getString(3)), id).orElseThrow();
    }

    /**
     * Documents stored before syndication was recognized get their signature, site and source now, each as a story of
     * its own (copies among them are not merged after the fact: their moves were stored apart), and every move its
     * counts. Runs on open; a store without such documents costs one indexed query (every document saved since
     * has its story set in the transaction that stores it).
     */
    void backfill() {
        boolean any = false;
        while (true) {
            record Old(long id, String url, String hash, String text) {
            }
            List<Old> chunk = sql.list("SELECT id, url, content_hash, text FROM documents WHERE story_id IS NULL "
                    + "LIMIT ?", rs -> new Old(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)), BACKFILL_CHUNK);
            if (chunk.isEmpty()) {
                break;
            }
            any = true;
            sql.transaction(() -> {
                for (Old d : chunk) {
                    Optional<MinHashSignature> signature = MinHashSignature.of(d.text());
                    sql.update("UPDATE documents SET signature = ?, site = ? WHERE id = ?", stored(signature),
                            Sites.of(d.url()), d.id());
                    link(d.id(), Optional.empty(), Sites.of(d.url()), d.hash(), signature);
                }
                return null;
            });
        }
        if (any) {
            // By ranges of ids, a transaction each: one UPDATE of a million moves kept every old row version until
            // its end and grew an embedded store's file by tens of gigabytes.
            Long last = sql.queryLong("SELECT MAX(id) FROM moves");
            for (long low = 0; last != null && low <= last; low += COUNT_CHUNK) {
                long from = low;
                sql.transaction(() -> sql.update("UPDATE moves SET document_count = (SELECT COUNT(DISTINCT e.document_id) "
                        + "FROM evidence e WHERE e.move_id = moves.id), source_count = (SELECT COUNT(DISTINCT d.source_key) "
                        + "FROM evidence e JOIN documents d ON d.id = e.document_id WHERE e.move_id = moves.id) "
                        + "WHERE moves.id >= ? AND moves.id < ?", from, from + COUNT_CHUNK));
            }
        }
    }
}
