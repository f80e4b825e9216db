package org.talentflow.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.talentflow.core.domain.Document;
import org.talentflow.core.domain.DocumentMoves;
import org.talentflow.core.domain.Evidence;
import org.talentflow.core.domain.Move;
import org.talentflow.core.domain.MoveKind;
import org.talentflow.core.domain.OrgRef;
import org.talentflow.core.extract.DocumentExtractor;

class IngestArticleTest {

    /** A store that keeps what it is given, by content hash. */
    private static final class KeptArticles implements ArticleStore {
        final Map<String, List<Move>> saved = new HashMap<>();
        final Map<String, String> versions = new HashMap<>();

        @Override
        public boolean hasDocument(String contentHash) {
            return saved.containsKey(contentHash);
        }

        @Override
        public SaveResult save(Document document, List<Move> moves, String extractorVersion) {
            if (saved.putIfAbsent(document.contentHash(), moves) != null) {
                return SaveResult.DUPLICATE;
            }
            versions.put(document.contentHash(), extractorVersion);
            return new SaveResult(false, moves.size(), 0, null);
        }
    }

    /** Finds "X joined Y." as a join, and counts the documents it read. */
    private static final class JoinReader implements DocumentExtractor {
        final AtomicInteger read = new AtomicInteger();

        @Override
        public DocumentMoves extract(Document d) {
            read.incrementAndGet();
            List<Move> moves = new ArrayList<>();
            int at = d.text().indexOf(" joined ");
            if (at > 0) {
                moves.add(new Move(d.text().substring(0, at), MoveKind.JOIN, null,
                        OrgRef.of(d.text().substring(at + 8, d.text().length() - 1)), null, null, 0.8,
                        new Evidence(d.name(), d.text(), 0, d.text().length())));
            }
            return new DocumentMoves(d, moves);
        }

        @Override
        public String version() {
            return "joins-1";
        }
    }

    private final KeptArticles store = new KeptArticles();
    private final JoinReader extractor = new JoinReader();
    private final IngestArticle ingest = new IngestArticle(store, extractor);

    @Test
    void aNewArticleIsExtractedAndSavedWithItsMoves() {
        Document d = new Document("a.txt", null, null, null, "Ann Lee joined Globex.");

        IngestArticle.Ingested result = ingest.ingest(d);

        assertThat(result.result()).isEqualTo(new SaveResult(false, 1, 0, null));
        assertThat(store.saved.get(d.contentHash())).extracting(Move::person).containsExactly("Ann Lee");
        assertThat(store.versions.get(d.contentHash())).isEqualTo("joins-1");
    }

    @Test
    void aTextStoredUnderAnyNameIsNotExtractedAgain() {
        ingest.ingest(new Document("a.txt", null, null, null, "Ann Lee joined Globex."));

        IngestArticle.Ingested again = ingest.ingest(new Document("copy.txt", null, null, null, "Ann Lee joined Globex.\n"));

        assertThat(again.result().duplicate()).isTrue();
        assertThat(again.found().moves()).isEmpty();
        assertThat(extractor.read).hasValue(1);
    }

    @Test
    void theTwoHalvesDoWhatTheWholeDoes() {
        Document d = new Document("b.txt", null, null, null, "Ben Ode joined Initech.");

        assertThat(ingest.isStored(d)).isFalse();
        SaveResult result = ingest.store(ingest.extract(d));

        assertThat(result.newMoves()).isEqualTo(1);
        assertThat(ingest.isStored(d)).isTrue();
    }
}
