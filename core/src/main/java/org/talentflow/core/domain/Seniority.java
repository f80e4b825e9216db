package org.talentflow.core.domain;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How senior a role is, and what a move at that level weighs in weighted flows. This is the one place the
 * weights live: a chief scientist leaving counts five times an engineer leaving.
 */
public enum Seniority {
    /** Chief officers, presidents, founders. */
    CHIEF(5, "\\b(?:chief|ceo|cto|cfo|coo|cso|cio|(?<!vice )president|founder|co-?founder|cofounder|chair(?:man|woman)?)\\b"),
    /** Vice presidents. */
    VP(4, "\\b(?:vice president|vp|svp|evp)\\b"),
    /** Heads of labs and teams, directors. */
    HEAD(3, "\\b(?:head|director|general manager|dean)\\b"),
    /** Leads, principal and senior staff, managers. */
    LEAD(2, "\\b(?:lead|leader|principal|manager|senior|staff|architect|professor)\\b"),
    /** Engineers, researchers, and anyone whose role the article does not give. */
    STAFF(1, null);

    private static final List<Seniority> BY_RANK = List.of(CHIEF, VP, HEAD, LEAD);

    private final int weight;
    private final Pattern words;

    Seniority(int weight, String words) {
        this.weight = weight;
        this.words = words == null ? null : Pattern.compile(words);
    }

    public int weight() {
        return weight;
    }

    /** The highest level a role's words name; STAFF when none (or no role). "Former head of ..." is HEAD. */
    public static Seniority of(String role) {
        if (role == null || role.isBlank()) {
            return STAFF;
        }
        String r = role.toLowerCase(Locale.ROOT);
        for (Seniority s : BY_RANK) {
            if (s.words.matcher(r).find()) {
                return s;
            }
        }
        return STAFF;
    }
}
