package org.talentflow.core.story;

import org.talentflow.core.frame.ClauseScope;
import org.talentflow.core.frame.OrgSlot;
import org.talentflow.core.lexicon.Frame;
import org.talentflow.core.mention.Mention;

/**
 * A move as one clause states it, before the document's people and descriptions are resolved.
 *
 * @param frame    what the trigger says happened
 * @param pattern  the pattern that found it ("hire:7")
 * @param reading  the sentence
 * @param trigger  the trigger token
 * @param mover    who moves (a name or pronoun)
 * @param from     the origin the clause names (or null)
 * @param to       the destination (or founded company) the clause names (or null)
 * @param role     the title the clause gives, or null
 * @param scope    hedges over the trigger, future, background
 */
public record MoveFact(Frame frame, String pattern, SentenceReading reading, int trigger, Mention mover, OrgSlot from,
                       OrgSlot to, String role, ClauseScope.Scope scope) {

    /** Whether the frame brings the mover to the destination side ("joined", "hired", "founded"). */
    public boolean arrives() {
        return switch (frame) {
            case ARRIVE, HIRE, APPOINT, BECOME, SUCCEED, FOUND -> true;
            default -> false;
        };
    }

    public boolean departs() {
        return !arrives();
    }

    public int sentenceIndex() {
        return reading.parsed().sentence().index();
    }

    /** Whether the trigger stands in a relative clause about the mover ("X, who joined A in 2012, ..."). */
    public boolean inRelativeClause() {
        return reading.parsed().governors(trigger).stream().anyMatch(e -> e.relation().startsWith("acl:relcl"));
    }

    MoveFact withSlots(OrgSlot newFrom, OrgSlot newTo) {
        return new MoveFact(frame, pattern, reading, trigger, mover, newFrom, newTo, role, scope);
    }
}
