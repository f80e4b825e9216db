package org.talentflow.core.mention;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.talentflow.core.parse.ParsedSentence;
import org.talentflow.core.parse.Token;

/**
 * One name, one kind of thing, in the whole article: the entity tagger reads "Lumen Forge" as an organization in
 * "chief executive of Lumen Forge" and as a person in "Lumen Forge's vice president"; where it read a name of two
 * words or more as an organization's anywhere, its person and place readings of that same name are wrong.
 */
public final class DocumentNames {

    private DocumentNames() {
    }

    /**
     * The names of two words or more the tagger read as organizations' in any of the sentences, and the last word of
     * each as the short name the article goes on with ("Sporting Braga" ... "who also leaves Braga"), unless a person's
     * name of two words or more ends in that word too (then it is that person's surname).
     */
    public static Set<String> organizations(Collection<ParsedSentence> sentences) {
        Set<String> names = new LinkedHashSet<>();
        Set<String> shortNames = new LinkedHashSet<>();
        Set<String> surnames = new java.util.HashSet<>();
        for (ParsedSentence s : sentences) {
            for (int[] run : runs(s)) {
                String ner = s.token(run[0]).ner();
                if ("ORGANIZATION".equals(ner) && run[1] > run[0]) {
                    names.add(s.text(run[0], run[1]));
                    if (s.token(run[1]).isProperNoun()) {
                        shortNames.add(s.token(run[1]).word());
                    }
                } else if ("PERSON".equals(ner) && run[1] > run[0]) {
                    surnames.add(s.token(run[1]).word());
                }
            }
        }
        shortNames.removeAll(surnames);
        names.addAll(shortNames);
        return names;
    }

    /**
     * The sentence with its person and place readings of those names made organizations' (the same sentence if none). A
     * short name is made an organization's only where the tagger read it as a person's alone.
     */
    public static ParsedSentence relabeled(ParsedSentence s, Set<String> organizations) {
        if (organizations.isEmpty()) {
            return s;
        }
        List<Token> tokens = null;
        for (int[] run : runs(s)) {
            String ner = s.token(run[0]).ner();
            boolean shortName = run[1] == run[0];
            if (("PERSON".equals(ner) || "LOCATION".equals(ner) && !shortName) && organizations.contains(s.text(run[0], run[1]))) {
                if (tokens == null) {
                    tokens = new ArrayList<>(s.tokens());
                }
                for (int i = run[0]; i <= run[1]; i++) {
                    Token t = tokens.get(i - 1);
                    tokens.set(i - 1, new Token(t.index(), t.word(), t.lemma(), t.pos(), "ORGANIZATION", t.begin(), t.end()));
                }
            }
        }
        return tokens == null ? s : new ParsedSentence(s.sentence(), tokens, s.graph(), s.labels());
    }

    /** Runs of tokens of one entity class, [first, last] from 1. */
    private static List<int[]> runs(ParsedSentence s) {
        List<int[]> runs = new ArrayList<>();
        int i = 1;
        while (i <= s.size()) {
            String ner = s.token(i).ner();
            int j = i;
            if (ner != null && !"O".equals(ner)) {
                while (j + 1 <= s.size() && ner.equals(s.token(j + 1).ner())) {
                    j++;
                }
                runs.add(new int[] {i, j});
            }
            i = j + 1;
        }
        return runs;
    }
}
