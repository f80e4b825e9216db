package org.talentflow.core.story;

import org.talentflow.core.frame.OrgSlot;
import org.talentflow.core.mention.Mention;

/**
 * A person tied to an organization without a move: a post held, now or before ("X, a former A executive";
 * "X, who spent six years at A"; "A's X").
 *
 * @param person  the person (a name or pronoun)
 * @param org     the organization
 * @param role    the title, or null
 * @param past    whether the text says the tie is over (former, previously, a past tense)
 * @param reading the sentence
 * @param pattern the pattern that found it
 */
public record Tie(Mention person, OrgSlot org, String role, boolean past, SentenceReading reading, String pattern) {

    public int sentenceIndex() {
        return reading.parsed().sentence().index();
    }
}
