package org.talentflow.analytics;

import java.util.Locale;

/** Flows counted between top-level organizations, or between units where the text names one. */
public enum FlowLevel {
    PARENT, UNIT;

    /**
     * The level as a user names it, in any case: parent or unit, or the web UI's words for them (companies; their
     * units), so a word read on the dashboard works on the command line and in the API too.
     *
     * @throws IllegalArgumentException for any other word, with a message that lists the accepted ones
     */
    public static FlowLevel named(String word) {
        return switch (word.strip().toLowerCase(Locale.ROOT)) {
            case "parent", "parents", "company", "companies" -> PARENT;
            case "unit", "units" -> UNIT;
            default -> throw new IllegalArgumentException(
                    "level must be parent (or company, companies) or unit (or units), not '" + word + "'");
        };
    }
}
