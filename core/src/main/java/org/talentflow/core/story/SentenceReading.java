package org.talentflow.core.story;

import java.util.ArrayList;
import java.util.List;

import org.talentflow.core.mention.SentenceMentions;
import org.talentflow.core.parse.ParsedSentence;

/**
 * One parsed sentence as the patterns read it: its mentions, the moves its clauses state and the ties it gives.
 * Its facts point back to it, so it is compared by identity.
 */
public final class SentenceReading {

    private final ParsedSentence parsed;
    private final SentenceMentions mentions;
    private final List<MoveFact> moves = new ArrayList<>();
    private final List<Tie> ties = new ArrayList<>();
    private final List<MoveFact> groups = new ArrayList<>();

    SentenceReading(ParsedSentence parsed, SentenceMentions mentions) {
        this.parsed = parsed;
        this.mentions = mentions;
    }

    public ParsedSentence parsed() {
        return parsed;
    }

    public SentenceMentions mentions() {
        return mentions;
    }

    public List<MoveFact> moves() {
        return moves;
    }

    public List<Tie> ties() {
        return ties;
    }

    /**
     * Moves of people the clause does not name: "OpenAI hired three engineers from Google", "the exodus from
     * Alibaba". Their ends are the context of the people named around them; their mover is null.
     */
    public List<MoveFact> groups() {
        return groups;
    }

    public int index() {
        return parsed.sentence().index();
    }
}
