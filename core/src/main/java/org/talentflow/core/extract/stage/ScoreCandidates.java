package org.talentflow.core.extract.stage;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.talentflow.core.extract.Extraction;
import org.talentflow.core.extract.Need;
import org.talentflow.core.extract.Stage;
import org.talentflow.core.scoring.Decoder;
import org.talentflow.core.scoring.MoveFeatures;
import org.talentflow.core.scoring.MoveScorer;
import org.talentflow.core.story.Candidate;

/** The learned scorer: the probability that the document reports each candidate as having happened. */
public final class ScoreCandidates implements Stage {

    private final MoveScorer scorer;

    public ScoreCandidates(MoveScorer scorer) {
        this.scorer = scorer;
    }

    @Override
    public String name() {
        return "score";
    }

    @Override
    public Set<Need> requires() {
        return EnumSet.of(Need.CANDIDATES);
    }

    @Override
    public Set<Need> adds() {
        return EnumSet.of(Need.SCORED);
    }

    @Override
    public void apply(Extraction e) {
        List<Decoder.Scored> scored = new ArrayList<>();
        for (Candidate c : e.candidates()) {
            scored.add(new Decoder.Scored(c, scorer.probability(MoveFeatures.of(c))));
        }
        e.scored(scored);
    }
}
