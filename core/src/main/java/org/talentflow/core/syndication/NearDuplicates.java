package org.talentflow.core.syndication;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether two texts are copies of one story: a syndicated copy carries the same wording give or take a headline, a
 * byline, a footer or a few edits, and it names the same people, organizations, places and figures.
 *
 * <p>Wording alone is not enough: templated items (quarterly results, "X appoints Y as CFO" releases with the same
 * company boilerplate) share most of their shingles and differ exactly in the names and numbers, which are what make
 * them different stories. So a second test lines up the capitalized words and numbers of the two texts in reading
 * order (a diff of the two sequences). A copy adds names at its edges (a byline, a footer), loses some there (a cut
 * ending) or drops one in an edit; a story about someone else, or another quarter's figures, replaces names and
 * numbers in place. It runs only on the few candidates the signatures let through.
 */
public final class NearDuplicates {

    /**
     * Estimated shingle Jaccard similarity from which two texts share their wording. Syndicated copies of a news item
     * share well over half their shingles even when short and re-edited; two different articles about the same people
     * share names and little else (under 0.2 on the generated set measured in the README).
     */
    public static final double SAME_WORDING = 0.5;
    /**
     * Capitalized words a copy may replace (one in place of another): one, an edit like "Corp" to "Corporation".
     * Another person's hire in the same company template replaces at least the two parts of a name. No number may be
     * replaced: copies do not change figures, another quarter's results do.
     */
    static final int REPLACED_WORDS = 1;
    /** Names lined up per text at most: the diff is quadratic, and a thousand names decide it. */
    static final int MAX_NAMES = 1000;

    private NearDuplicates() {
    }

    /** Whether two texts, with their signatures, are copies of one story. */
    public static boolean copies(String a, MinHashSignature signatureA, String b, MinHashSignature signatureB) {
        return signatureA.similarity(signatureB) >= SAME_WORDING && sameNames(a, b);
    }

    /** Whether the names and numbers of the two texts agree: few replaced, see {@link #REPLACED_WORDS}. */
    static boolean sameNames(String a, String b) {
        Replacements r = Replacements.between(names(a), names(b));
        return r.numbers() == 0 && r.words() <= REPLACED_WORDS;
    }

    /**
     * What a diff of two name sequences replaced: in each stretch between two shared names (and before the first,
     * after the last), as many as the smaller side holds. Where one side only adds names (a byline) or only removes
     * them (a cut ending), nothing is replaced.
     */
    record Replacements(int words, int numbers) {

        static Replacements between(List<String> x, List<String> y) {
            int n = x.size();
            int m = y.size();
            // Longest common subsequence table, filled from the end so the walk below goes front to back.
            int[][] lcs = new int[n + 1][m + 1];
            for (int i = n - 1; i >= 0; i--) {
                for (int j = m - 1; j >= 0; j--) {
                    lcs[i][j] = x.get(i).equals(y.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
                }
            }
            int words = 0;
            int numbers = 0;
            List<String> removed = new ArrayList<>();
            List<String> added = new ArrayList<>();
            int i = 0;
            int j = 0;
            while (i < n || j < m) {
                if (i < n && j < m && x.get(i).equals(y.get(j))) {
                    words += replaced(removed, added, false);
                    numbers += replaced(removed, added, true);
                    removed.clear();
                    added.clear();
                    i++;
                    j++;
                } else if (j >= m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
                    removed.add(x.get(i++));
                } else {
                    added.add(y.get(j++));
                }
            }
            words += replaced(removed, added, false);
            numbers += replaced(removed, added, true);
            return new Replacements(words, numbers);
        }

        /** In one stretch between matches: as many replaced as the smaller side has (words or numbers). */
        private static int replaced(List<String> removed, List<String> added, boolean numbers) {
            long r = removed.stream().filter(t -> isNumber(t) == numbers).count();
            long a = added.stream().filter(t -> isNumber(t) == numbers).count();
            return (int) Math.min(r, a);
        }
    }

    private static boolean isNumber(String name) {
        return name.chars().anyMatch(Character::isDigit);
    }

    /**
     * The words with a capital letter (iFlytek and eBay too) and the numbers, in reading order: people,
     * organizations, places, dates, figures.
     */
    static List<String> names(String text) {
        List<String> names = new ArrayList<>();
        for (String word : text.split("[^\\p{L}\\p{N}]+")) {
            if (names.size() < MAX_NAMES && word.chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))) {
                names.add(word);
            }
        }
        return names;
    }
}
