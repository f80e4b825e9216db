package org.talentflow.core.extract.stage;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.talentflow.core.extract.Extraction;
import org.talentflow.core.extract.Need;
import org.talentflow.core.extract.Stage;
import org.talentflow.core.nlp.DateWindows;
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
        Function<MoveFact, String> dates = datesOf(e.story());
        e.dateOf(dates);
        e.candidates(Candidates.of(e.story(), dates));
    }

    /**
     * Character offsets (within the sentence) of the clauses and phrases that describe a word rather than tell the
     * move: relative and reduced relative clauses and appositions that do not hold the trigger. "X has become CEO of C,
     * founded in 2019 by ...": 2019 is when C was founded, not when X moved.
     */
    static java.util.function.IntPredicate otherClauses(ParsedSentence s, int trigger) {
        List<int[]> spans = new java.util.ArrayList<>();
        for (int i = 1; i <= s.size(); i++) {
            for (int d : s.dependents(i, "acl", "acl:", "appos")) {
                java.util.BitSet inside = new java.util.BitSet();
                subtree(s, d, inside);
                if (!inside.get(trigger)) {
                    int base = s.sentence().begin();
                    spans.add(new int[] {s.token(inside.nextSetBit(0)).begin() - base, s.token(inside.length() - 1).end() - base});
                }
            }
        }
        return offset -> spans.stream().anyMatch(span -> span[0] <= offset && offset < span[1]);
    }

    private static void subtree(ParsedSentence s, int node, java.util.BitSet inside) {
        if (inside.get(node)) {
            return;
        }
        inside.set(node);
        for (ParsedSentence.Edge e : s.dependents(node)) {
            if (e.dependent() > 0 && !e.relation().equals("ref") && !e.relation().startsWith("nsubj")) {
                subtree(s, e.dependent(), inside);
            }
        }
    }

    /**
     * The date of each move clause: the one SUTime finds nearest its trigger, against the publication date. SUTime
     * reads each sentence once, however many clauses of it tell a move.
     */
    public Function<MoveFact, String> datesOf(Story story) {
        Map<Integer, List<DateWindows.Found>> found = new HashMap<>();
        Map<String, Optional<String>> cache = new HashMap<>();
        return f -> cache.computeIfAbsent(f.reading().index() + ":" + f.trigger(), k -> {
            ParsedSentence s = f.reading().parsed();
            String text = s.sentence().text().replace('\n', ' ');
            LocalDate published = story.document().published();
            List<DateWindows.Found> dated = found.computeIfAbsent(f.reading().index(),
                    i -> dates.in(text, s.labels(), published));
            int trigger = Math.max(1, f.trigger());
            int at = s.token(trigger).begin() - s.sentence().begin();
            return Optional.ofNullable(MoveDates.near(dated, text, at, published, otherClauses(s, trigger)));
        }).orElse(null);
    }
}
