package org.talentflow.core.domain;

import java.util.Locale;

/** The four kinds of the move contract. */
public enum MoveKind {
    /** Left one named organization for another named one. */
    MOVE,
    /** Left a named organization; the destination is not named. */
    LEAVE,
    /** Joined a named organization; the origin is not named. */
    JOIN,
    /** Founded or co-founded a new organization (from = the employer left, when named). */
    FOUND;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MoveKind fromLabel(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT));
    }
}
