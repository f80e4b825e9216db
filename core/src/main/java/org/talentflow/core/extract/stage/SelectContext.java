package org.talentflow.core.extract.stage;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.talentflow.core.extract.Extraction;
import org.talentflow.core.extract.Need;
import org.talentflow.core.extract.Stage;
import org.talentflow.core.frame.OrgSlot;
import org.talentflow.core.mention.Mention;
import org.talentflow.core.pipeline.Sentence;
import org.talentflow.core.pipeline.SentenceSelector;
import org.talentflow.core.story.MoveFact;
import org.talentflow.core.story.SentenceReading;

/**
 * The cascade's second cut: sentences that say more of the people the first cut found moving (their past posts,
 * their full name behind a surname, the hirer's employer), the sentence a pronoun leans on, the sentences right after
 * that go on with a pronoun, and the two after a group's move (its members are named there). At most
 * {@value #MAX_CONTEXT} per document, nearest to the moves first.
 */
public final class SelectContext implements Stage {

    /** Context sentences parsed per document at most: the rest of a long article says no more of the people. */
    static final int MAX_CONTEXT = 16;
    /** A sentence that goes on with a pronoun, after a short opener at most ("Previously, she was ..."). */
    private static final Pattern PRONOUN_START = Pattern.compile(
            "^\\W*(?:[\\p{L}\\d]+(?: [\\p{L}\\d]+){0,2}, )?(?:He|She|His|Her|he|she|his|her)\\b");

    private final SentenceSelector selector;

    public SelectContext(SentenceSelector selector) {
        this.selector = selector;
    }

    @Override
    public String name() {
        return "context";
    }

    @Override
    public Set<Need> requires() {
        return EnumSet.of(Need.READINGS);
    }

    @Override
    public Set<Need> adds() {
        return EnumSet.of(Need.SELECTED);
    }

    @Override
    public void apply(Extraction e) {
        List<Sentence> sentences = e.sentences();
        boolean[] chosen = e.selected();
        Set<String> names = new HashSet<>();
        List<Integer> claims = new ArrayList<>();
        List<Integer> groups = new ArrayList<>();
        for (SentenceReading r : e.readings().values()) {
            if (!r.groups().isEmpty()) {
                groups.add(r.index());
            }
            if (r.moves().isEmpty()) {
                continue;
            }
            claims.add(r.index());
            for (MoveFact f : r.moves()) {
                addNameWords(names, f.mover());
                for (OrgSlot slot : new OrgSlot[] {f.from(), f.to()}) {
                    if (slot != null && slot.isPerson()) {
                        addNameWords(names, slot.mention()); // "Zuckerberg poached X": where the hirer works
                    }
                }
            }
        }
        int budget = MAX_CONTEXT;
        for (int i : groups) {
            // "All three left A to start B": the people "all three" means are named in the sentences before.
            for (int j = i - 1; j >= i - 3 && j >= 0 && budget > 0 && takesUpPeopleNamedBefore(e.readings().get(i)); j--) {
                if (!chosen[j]) {
                    chosen[j] = true;
                    budget--;
                }
            }
            // "Four researchers have left A for B. Among them is X, ...": the members are named in the sentences after
            for (int j = i + 1; j <= i + 2 && j < sentences.size() && budget > 0; j++) {
                if (!chosen[j]) {
                    chosen[j] = true;
                    budget--;
                }
            }
        }
        if (claims.isEmpty()) {
            return;
        }
        for (int i : claims) {
            if (i > 0 && selector.leansOnPrevious(sentences.get(i).text()) && !chosen[i - 1] && budget-- > 0) {
                chosen[i - 1] = true;
            }
        }
        for (int i : pronounMovers(e)) {
            // "Ravi Subramanyam-Cole keeps a fan blade on his desk. It is, he says, ... He joined Boeing in 2004": a
            // mover told only by a pronoun is named further back, in the nearest sentence before that names someone
            for (int j = i - 1; j >= 0 && j >= i - 4 && budget > 0; j--) {
                if (CAPTION.matcher(sentences.get(j).text()).find()) {
                    continue; // ("[Photo: A at the office. Photograph by B]": a caption's names are no antecedents)
                }
                if (!chosen[j]) {
                    chosen[j] = true;
                    budget--;
                }
                if (FULL_NAME.matcher(sentences.get(j).text()).find()) {
                    break;
                }
            }
        }
        Pattern named = names.isEmpty() ? null
                : Pattern.compile("\\b(?:" + String.join("|", names.stream().map(Pattern::quote).toList()) + ")\\b");
        // Each sentence is tried at many distances, one for each claim: whether it names someone is asked once.
        Boolean[] namesSomeone = new Boolean[sentences.size()];
        for (int distance = 1; distance < sentences.size() && budget > 0; distance++) {
            for (int i : claims) {
                for (int j : new int[] {i - distance, i + distance}) {
                    if (j < 0 || j >= sentences.size() || chosen[j] || budget <= 0) {
                        continue;
                    }
                    String text = sentences.get(j).text();
                    if (named != null && namesSomeone[j] == null) {
                        namesSomeone[j] = named.matcher(text).find();
                    }
                    if (named != null && namesSomeone[j] || distance <= 2 && PRONOUN_START.matcher(text).find()) {
                        chosen[j] = true;
                        budget--;
                    }
                }
            }
        }
    }

    /** A photo's caption or credit. */
    private static final Pattern CAPTION = Pattern.compile("(?i)^\\W*(?:photo|photograph|pictured|picture|caption|image)\\b");

    /** Two capitalized words in a row, or joined by a hyphen: a name, likely a person's ("Ravi Cole", "Subramanyam-Cole"). */
    private static final Pattern FULL_NAME = Pattern.compile("(?<![\\p{L}])\\p{Lu}\\p{Ll}+[ -]\\p{Lu}\\p{Ll}+");

    /** The sentences whose claims have a mover told only by a pronoun. */
    private static List<Integer> pronounMovers(Extraction e) {
        List<Integer> found = new ArrayList<>();
        for (SentenceReading r : e.readings().values()) {
            if (r.moves().stream().anyMatch(f -> f.mover() != null && f.mover().is(Mention.Type.PRONOUN))) {
                found.add(r.index());
            }
        }
        return found;
    }

    /** A group's clause whose subject is "the pair", "all three", "both" (Candidates.namedBeforeSize). */
    private static boolean takesUpPeopleNamedBefore(SentenceReading r) {
        for (MoveFact g : r.groups()) {
            for (int k = 1; k < g.trigger(); k++) {
                if (org.talentflow.core.story.Candidates.namedBeforeSize(r.parsed(), k) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void addNameWords(Set<String> names, Mention m) {
        if (m != null && m.is(Mention.Type.PERSON)) {
            for (String w : m.text().split("\\s+")) {
                if (w.length() > 1) {
                    names.add(w);
                }
            }
        }
    }
}
