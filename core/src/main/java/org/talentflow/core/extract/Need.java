package org.talentflow.core.extract;

/** What a stage of the extraction chain reads or adds on the document being extracted. */
public enum Need {
    /** The document's text (always there). */
    TEXT,
    /** Its sentences, with offsets. */
    SENTENCES,
    /** Which sentences the expensive stage is to read. */
    SELECTED,
    /** Parts of speech of the selected sentences (those whose move word is no move word are unselected). */
    TAGGED,
    /** Parses of the selected sentences. */
    PARSED,
    /** Mentions, move clauses and ties of the parsed sentences. */
    READINGS,
    /** The document model: people, organizations, ties, groups. */
    STORY,
    /** Candidate moves with how they were found. */
    CANDIDATES,
    /** Their probabilities. */
    SCORED,
    /** The moves chosen, with evidence. */
    MOVES
}
