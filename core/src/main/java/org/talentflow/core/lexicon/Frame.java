package org.talentflow.core.lexicon;

import java.util.Locale;

/** What a move trigger says happened, and so which of its arguments is the mover, the origin and the destination. */
public enum Frame {
    /** The subject arrives: "X joined B". */
    ARRIVE,
    /** The subject leaves: "X left A for B". */
    DEPART,
    /** An organization takes the object on: "B hired X from A". */
    HIRE,
    /** An organization loses the object: "A lost X to B". */
    LOSE,
    /** An organization removes the object: "A fired X". */
    REMOVE,
    /** The subject founds the object: "X co-founded C". */
    FOUND,
    /** An organization gives the object a post: "B named X chief executive". */
    APPOINT,
    /** The subject takes the object's post: "X succeeds Y as CEO of B". */
    SUCCEED,
    /** The subject takes a post: "X became CTO of B", "X took over as CEO of B". */
    BECOME;

    public static Frame of(String label) {
        return valueOf(label.strip().toUpperCase(Locale.ROOT));
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
