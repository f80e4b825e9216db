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
        return EXTRACTOR.extract(document(text)).moves();
    }

    private static Document document(String text) {
        return new Document("test.txt", null, null, LocalDate.of(2025, 7, 1), text);
    }

    private static final org.talentflow.core.scoring.MoveScorer SCORER = org.talentflow.core.scoring.MoveScorer.shipped();

    /**
     * For each person of a text, the reading the scorer ranks first, whatever the threshold: what structure and
     * ranking make of a shape, apart from the product's choice of how sure a move must be to be reported.
     */
    public static java.util.Map<String, org.talentflow.core.scoring.Decoder.Scored> topReadingsIn(String text) {
        java.util.Map<String, org.talentflow.core.scoring.Decoder.Scored> top = new java.util.LinkedHashMap<>();
        for (org.talentflow.core.story.Candidate c : EXTRACTOR.model(document(text)).candidates()) {
            double p = SCORER.probability(org.talentflow.core.scoring.MoveFeatures.of(c));
            top.merge(c.person().name(), new org.talentflow.core.scoring.Decoder.Scored(c, p),
                    (a, b) -> a.probability() >= b.probability() ? a : b);
        }
        return top;
    }

    /** The top readings described as "Name: kind from -> to" (organizations at the top level). */
    public static List<String> topReadings(String text) {
        return topReadingsIn(text).values().stream().map(s -> {
            org.talentflow.core.story.Candidate c = s.candidate();
            return c.person().name() + ": " + c.kind().label() + " " + (c.from() == null ? "-" : c.from().org().organization())
                    + " -> " + (c.to() == null ? "-" : c.to().org().organization());
        }).toList();
    }
}
