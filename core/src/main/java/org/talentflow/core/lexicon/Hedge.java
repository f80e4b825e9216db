package org.talentflow.core.lexicon;

import java.util.Locale;

/** The kinds of words that take a move out of what a report states as having happened. */
public enum Hedge {
    /** may, might, could: a possibility. */
    MODAL,
    /** not, never: the move did not happen. */
    NEGATION,
    /** deny, rumor: the report is denied or only rumoured. */
    DENIAL,
    /** in talks, considering, offered: not (yet) happened. */
    ATTEMPT,
    /** if, unless: hypothetical. */
    CONDITION,
    /** expected, likely, set to: announced but not certain. */
    EXPECTATION,
    /** confirmed, announced (证实, 官宣): lifts a rumour over the same clause; no hedge itself. */
    CONFIRM;

    /** Whether the hedge takes a move out of the record outright (all but an expectation). */
    public boolean excludes() {
        return this != EXPECTATION && this != CONFIRM;
    }

    public static Hedge of(String label) {
        return valueOf(label.strip().toUpperCase(Locale.ROOT));
    }
}
