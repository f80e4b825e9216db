package org.talentflow.core.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.talentflow.core.domain.Move;

/** Scoring extracted moves directly, without writing the contract to a file first. */
public final class Evaluation {

    private Evaluation() {
    }

    public static List<Scorer.Prediction> predictions(List<Move> moves) {
        return moves.stream()
                .map(m -> new Scorer.Prediction(m.evidence().doc(), m.person(),
                        m.from() == null ? null : m.from().organization(),
                        m.to() == null ? null : m.to().organization(), m.confidence()))
                .toList();
    }

    public static Scorer.Report score(Path goldDir, List<Move> moves) throws IOException {
        return Scorer.score(goldDir, predictions(moves));
    }
}
