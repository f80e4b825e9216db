package org.talentflow.app.fuzz;

import java.util.List;

/**
 * The one valid story every format's seed document tells: a move sentence among sentences that report none, so that
 * a mutated copy that keeps the sentence reaches the expensive parse and the rest stop at the cheap filter.
 */
final class SeedStory {

    static final String HEADLINE = "Kestrel Labs hires the sensor chief of Orbix";
    static final String MOVE = "Dana Whitfield left Orbix to join Kestrel Labs as chief scientist.";
    static final List<String> BACKGROUND = List.of(
            "Whitfield spent nine years building the sensor group at Orbix in Rotterdam.",
            "Orbix makes thermal cameras for farms, ports and wind parks.",
            "Its revenue grew by a third last year, according to figures filed in March.",
            "Analysts at a Dutch bank described the market for such cameras as crowded.",
            "The terms of the arrangement were not disclosed.",
            "Kestrel Labs has offices in Eindhoven and Ghent and employs about 140 people.");
    /** Words no move trigger uses: filler for tag soup and huge fields that must stay cheap to extract. */
    static final List<String> WORDS = List.of("harbour", "cameras", "quarterly", "weather", "river", "ledger",
            "orchard", "copper", "tariff", "bridge", "lantern", "meadow", "signal", "council", "freight", "granite",
            "violet", "cargo", "ferry", "market", "Orbix", "Kestrel", "Rotterdam", "the", "of", "and", "in");

    private SeedStory() {
    }

    /** The story as paragraphs: the move sentence first, then the background. */
    static List<String> paragraphs() {
        List<String> all = new java.util.ArrayList<>();
        all.add(MOVE + " " + BACKGROUND.get(0));
        all.addAll(BACKGROUND.subList(1, BACKGROUND.size()));
        return all;
    }

    /** The story as one text. */
    static String text() {
        return String.join(" ", paragraphs());
    }

    /** n words of filler. */
    static String filler(java.util.Random random, int n) {
        StringBuilder s = new StringBuilder(n * 8);
        for (int i = 0; i < n; i++) {
            s.append(WORDS.get(random.nextInt(WORDS.size()))).append(i % 12 == 11 ? ". " : " ");
        }
        return s.toString();
    }
}
