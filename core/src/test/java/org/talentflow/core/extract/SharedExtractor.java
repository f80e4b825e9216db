package org.talentflow.core.extract;

import java.time.LocalDate;
import java.util.List;

import org.talentflow.core.domain.Document;
import org.talentflow.core.domain.Move;
import org.talentflow.core.nlp.Nlp;
import org.talentflow.core.resolve.Gazetteer;

/** One extractor per test JVM: the models load once, whichever test class comes first. */
public final class SharedExtractor {

    private static final MoveExtractor EXTRACTOR = new MoveExtractor(Nlp.shared(), Gazetteer.loadDefault());

    private SharedExtractor() {
    }

    public static MoveExtractor get() {
        return EXTRACTOR;
    }

    public static List<Move> movesIn(String text) {
        return EXTRACTOR.extract(new Document("test.txt", null, null, LocalDate.of(2025, 7, 1), text)).moves();
    }
}
