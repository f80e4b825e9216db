package org.talentflow.core.extract;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.talentflow.core.domain.Document;
import org.talentflow.core.domain.Move;
import org.talentflow.core.domain.MoveKind;
import org.talentflow.core.domain.OrgRef;
import org.talentflow.core.nlp.Nlp;
import org.talentflow.core.resolve.Gazetteer;
import org.talentflow.core.scoring.Decoder;
import org.talentflow.core.scoring.MoveFeatures;
import org.talentflow.core.scoring.MoveScorer;
import org.talentflow.core.story.Candidate;

/** One extractor per test JVM: the models load once, whichever test class comes first. */
public final class SharedExtractor {

    private static final MoveExtractor EXTRACTOR = new MoveExtractor(Nlp.shared(), Gazetteer.loadDefault());
    private static final MoveScorer SCORER = MoveScorer.shipped();

    private SharedExtractor() {
    }

    public static MoveExtractor get() {
        return EXTRACTOR;
    }

    public static List<Move> movesIn(String text) {
        return EXTRACTOR.extract(document(text)).moves();
    }

    /** The moves of a text described as "Name: kind from -> to" (organizations at the top level). */
    public static List<String> described(String text) {
        return movesIn(text).stream().map(SharedExtractor::describe).toList();
    }

    /** The same for a text with a title ("Ashgrove Capital Partners: 2025 letter to investors"). */
    public static List<String> described(String title, String text) {
        return EXTRACTOR.extract(new Document("test.txt", null, title, LocalDate.of(2025, 7, 1), text)).moves().stream()
                .map(SharedExtractor::describe).toList();
    }

    /** A move as "Name: kind from -> to". */
    public static String describe(Move m) {
        return describe(m.person(), m.kind(), m.from(), m.to());
    }

    private static Document document(String text) {
        return new Document("test.txt", null, null, LocalDate.of(2025, 7, 1), text);
    }

    /**
     * For each person of a text, the reading the scorer ranks first, whatever the threshold: what structure and
     * ranking make of a shape, apart from the product's choice of how sure a move must be to be reported.
     */
    public static Map<String, Decoder.Scored> topReadingsIn(String text) {
        Map<String, Decoder.Scored> top = new LinkedHashMap<>();
        for (Candidate c : EXTRACTOR.model(document(text)).candidates()) {
            double p = SCORER.probability(MoveFeatures.of(c));
            top.merge(c.person().name(), new Decoder.Scored(c, p), (a, b) -> a.probability() >= b.probability() ? a : b);
        }
        return top;
    }

    /** The top readings described as "Name: kind from -> to" (organizations at the top level). */
    public static List<String> topReadings(String text) {
        return topReadingsIn(text).values().stream().map(s -> {
            Candidate c = s.candidate();
            return describe(c.person().name(), c.kind(), c.from() == null ? null : c.from().org(),
                    c.to() == null ? null : c.to().org());
        }).toList();
    }

    private static String describe(String person, MoveKind kind, OrgRef from, OrgRef to) {
        return person + ": " + kind.label() + " " + (from == null ? "-" : from.organization()) + " -> "
                + (to == null ? "-" : to.organization());
    }
}
