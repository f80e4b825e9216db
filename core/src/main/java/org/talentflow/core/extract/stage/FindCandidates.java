package org.talentflow.core.extract.stage;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.talentflow.core.extract.Extraction;
import org.talentflow.core.extract.Need;
import org.talentflow.core.extract.Stage;
import org.talentflow.core.nlp.MoveDates;
import org.talentflow.core.parse.ParsedSentence;
import org.talentflow.core.story.Candidates;
import org.talentflow.core.story.MoveFact;
import org.talentflow.core.story.Story;

/** The candidate moves of the document model, with the dates of their clauses (SUTime, read once per clause). */
public final class FindCandidates implements Stage {

    private final MoveDates dates;

    public FindCandidates(MoveDates dates) {
        this.dates = dates;
    }

    @Override
    public String name() {
        return "candidates";
    }

    @Override
    public Set<Need> requires() {
        return EnumSet.of(Need.STORY);
    }

    @Override
    public Set<Need> adds() {
        return EnumSet.of(Need.CANDIDATES);
    }

    @Override
    public void apply(Extraction e) {
        e.candidates(Candidates.of(e.story(), datesOf(e.story())));
    }

    /** The date of each move clause: the one SUTime finds nearest its trigger, against the publication date. */
    public Function<MoveFact, String> datesOf(Story story) {
        Map<String, Optional<String>> cache = new HashMap<>();
        return f -> cache.computeIfAbsent(f.reading().index() + ":" + f.trigger(), k -> {
            ParsedSentence s = f.reading().parsed();
            int at = s.token(Math.max(1, f.trigger())).begin() - s.sentence().begin();
            return Optional.ofNullable(dates.near(s.sentence().text().replace('\n', ' '), s.labels(), at,
                    story.document().published()));
        }).orElse(null);
    }
}
