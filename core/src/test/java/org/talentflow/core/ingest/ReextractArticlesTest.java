package org.talentflow.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.talentflow.core.domain.Document;
import org.talentflow.core.domain.DocumentMoves;
import org.talentflow.core.domain.Move;
import org.talentflow.core.extract.DocumentExtractor;
import org.talentflow.core.ingest.StoredArticles.Replaced;
import org.talentflow.core.ingest.StoredArticles.StoredArticle;

class ReextractArticlesTest {

    /** Documents by position with the version each was extracted by; a replacement adds one move. */
    private static final class VersionedArticles implements StoredArticles {
        final TreeMap<Long, Document> documents = new TreeMap<>();
        final TreeMap<Long, String> versions = new TreeMap<>();

        @Override
        public int countExtractedOtherwise(String version) {
            return (int) versions.values().stream().filter(v -> !v.equals(version)).count();
        }

        @Override
        public List<StoredArticle> extractedOtherwise(String version, long after, int limit) {
            List<StoredArticle> page = new ArrayList<>();
            for (var e : documents.tailMap(after, false).entrySet()) {
                if (page.size() == limit) {
                    break;
                }
                if (!versions.get(e.getKey()).equals(version)) {
                    page.add(new StoredArticle(e.getKey(), e.getValue()));
                }
            }
            return page;
        }

        @Override
        public Replaced replaceMoves(Document document, List<Move> moves, String version) {
            documents.forEach((position, d) -> {
                if (d == document) {
                    versions.put(position, version);
                }
            });
            return new Replaced(1, 0, 0);
        }
    }

    private static DocumentExtractor extractor(String version) {
        return new DocumentExtractor() {
            @Override
            public DocumentMoves extract(Document document) {
                return new DocumentMoves(document, List.of());
            }

            @Override
            public String version() {
                return version;
            }
        };
    }

    @Test
    void everyOutdatedDocumentIsHandedOutOnceAcrossPagesAndTheCurrentOnesNever() {
        VersionedArticles store = new VersionedArticles();
        int count = ReextractArticles.PAGE * 2 + 7;
        for (long i = 1; i <= count; i++) {
            store.documents.put(i * 3, new Document(i + ".txt", null, null, null, "Text " + i));
            store.versions.put(i * 3, i % 10 == 0 ? "v2" : "v1");
        }
        ReextractArticles reextract = new ReextractArticles(store, extractor("v2"));
        List<String> seen = new ArrayList<>();

        // Nothing is replaced while the pages are read: a document that failed stays outdated, and still comes once.
        reextract.forEachOutdated(d -> seen.add(d.name()));

        assertThat(reextract.outdated()).isEqualTo(count - count / 10);
        assertThat(seen).hasSize(count - count / 10).doesNotHaveDuplicates().doesNotContain("10.txt", "20.txt");
    }

    @Test
    void aRunBringsEveryDocumentToTheCurrentVersion() {
        VersionedArticles store = new VersionedArticles();
        for (long i = 1; i <= 5; i++) {
            store.documents.put(i, new Document(i + ".txt", null, null, null, "Text " + i));
            store.versions.put(i, "v1");
        }
        ReextractArticles reextract = new ReextractArticles(store, extractor("v2"));

        assertThat(reextract.all()).isEqualTo(new Replaced(5, 0, 0));
        assertThat(store.versions.values()).containsOnly("v2");
        assertThat(reextract.outdated()).isZero();
        assertThat(reextract.all()).isEqualTo(Replaced.NOTHING);
    }
}
