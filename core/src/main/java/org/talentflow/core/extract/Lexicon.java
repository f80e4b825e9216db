package org.talentflow.core.extract;

import java.util.Set;

/** The words of moving, hiring, hedging and titles, in one place. Verbs are matched by lemma. */
final class Lexicon {

    private Lexicon() {
    }

    /** Person-subject verbs of arriving; most take their organization after "to". */
    static final Set<String> ARRIVE = Set.of("join", "transition", "move", "switch", "defect", "return", "jump",
            "head", "rejoin", "come");
    /** Of those, the ones that need "to" (or "over to") before the organization. */
    static final Set<String> ARRIVE_WITH_TO = Set.of("transition", "move", "switch", "defect", "return", "jump",
            "head", "come");
    /** Person-subject verbs of leaving. */
    static final Set<String> DEPART = Set.of("leave", "depart", "quit", "resign", "exit", "retire");
    /** Organization-subject verbs of hiring a person. */
    static final Set<String> HIRE = Set.of("hire", "poach", "recruit", "lure", "tap", "snag", "rehire", "woo", "welcome",
            "appoint", "name");
    /** Organization-subject verbs of removing a person: a departure the company made. */
    static final Set<String> REMOVE = Set.of("fire", "oust", "sack");
    /** Organization-subject verbs of losing a person. */
    static final Set<String> LOSE = Set.of("lose");
    /** Nouns of leaving. */
    static final Set<String> DEPARTURE_NOUNS = Set.of("departure", "exit", "resignation", "defection", "retirement");
    /** Words that say a sentence is about someone going away: a join there implies a departure. */
    static final Set<String> DEPARTURE_CONTEXT = Set.of("departure", "departures", "exodus", "exit", "exits",
            "poach", "poached", "poaching", "lure", "lured", "drain", "defection", "defect", "defected", "left",
            "leave", "leaving", "lose", "losing", "lost", "outflow", "quit", "departed", "resigned", "exited");
    /** Hedges, denials and hypotheticals: a move inside their scope is not reported as having happened. */
    static final Set<String> HEDGES = Set.of("may", "might", "could", "consider", "considering", "mull", "mulling",
            "rumor", "rumour", "rumored", "rumoured", "rumors", "rumours", "speculation", "speculate", "possibly",
            "potential", "potentially", "if", "unless", "whether", "deny", "denied", "denies", "denial", "dismiss",
            "dismissed", "refute", "refuted", "not", "n't", "never", "talk", "talks", "negotiate", "negotiating",
            "negotiation", "negotiations", "hope", "hopes", "want", "wants", "try", "trying", "attempt", "offer",
            "offered", "approach", "approached", "court", "courted", "courting", "expect", "unlikely", "plan", "plans");
    /** Denial words reach across the whole sentence: "denied reports that X would leave". */
    static final Set<String> DENIALS = Set.of("deny", "denied", "denies", "denial", "dismissed", "refuted",
            "false", "baseless", "rumor", "rumour", "rumors", "rumours", "rumored", "rumoured", "speculation");
    /** Words that make a join something other than a job: a board seat, a partnership, a race. */
    static final Set<String> NOT_A_JOB = Set.of("board", "forces", "race", "call", "panel", "advisory", "coalition",
            "initiative", "alliance", "consortium", "effort", "push", "chorus", "list", "movement", "trend",
            "council", "directors", "investor", "investors", "round");
    /** Words of job titles. */
    static final Set<String> TITLE_WORDS = Set.of("head", "chief", "ceo", "cto", "cfo", "coo", "cso", "president",
            "vice", "vp", "svp", "evp", "director", "manager", "lead", "leader", "engineer", "researcher", "scientist",
            "founder", "co-founder", "cofounder", "executive", "officer", "chairman", "chairwoman", "chair", "partner",
            "architect", "developer", "designer", "analyst", "fellow", "professor", "member", "principal",
            "strategist", "expert", "figure", "veteran", "employee", "staffer", "boss", "general", "alum", "alumnus",
            "alumna");
    /** Function words skipped between a verb and its organization. */
    static final Set<String> SKIPPABLE = Set.of("the", "a", "an", "to", "for", "at", "with", "its", "his", "her",
            "their", "over", "back", "from", "officially", "formally", "recently", "also", "reportedly", "rival",
            "fellow", "chinese", "american", "us", "u.s.", "tech", "giant", "firm", "company", "startup", "start-up",
            "ai", "team", "lab", "group", "unit", "division", "own");
}
