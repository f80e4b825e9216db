package org.talentflow.core.syndication;

import java.util.HashSet;
import java.util.Set;

/**
 * Whether two texts are copies of one story: a syndicated copy carries the same wording give or take a headline, a
 * byline, a footer or a few edits, and it names the same people, organizations, places and figures.
 *
 * <p>Wording alone is not enough: templated items (quarterly results, "X appoints Y as CFO" releases with the same
 * company boilerplate) share most of their shingles and differ exactly in the names and numbers, which are what make
 * them different stories. So a second test compares the capitalized words and numbers of the two texts: a copy may
 * add names (a byline, a footer) or lose a few (an edit), but a story about someone else replaces names on both sides.
 * It runs only on the few candidates the signatures let through.
 */
public final class NearDuplicates {

    /**
     * Estimated shingle Jaccard similarity from which two texts share their wording. Syndicated copies of a news item
     * share well over half their shingles even when short and re-edited; two different articles about the same people
     * share names and little else (under 0.2 on the generated set measured in the README).
     */
    public static final double SAME_WORDING = 0.5;
    /**
     * Capitalized words "replaced" (found only in the one text while the other has some of its own) allowed for a
     * copy: one, or a tenth of the smaller text's on a long article. Another person's hire in the same company
     * template replaces at least the two parts of a name.
     */
    static final int REPLACED_WORDS = 1;
    static final double REPLACED_SHARE = 0.1;

    private NearDuplicates() {
    }

    /** Whether two texts, with their signatures, are copies of one story. */
    public static boolean copies(String a, MinHashSignature signatureA, String b, MinHashSignature signatureB) {
        return signatureA.similarity(signatureB) >= SAME_WORDING && sameNames(a, b);
    }

    /**
     * Whether the names and numbers of the two texts agree: few capitalized words replaced (see
     * {@link #REPLACED_WORDS}) and no number replaced, since a copy does not change figures while the same template
     * with another quarter's results does.
     */
    static boolean sameNames(String a, String b) {
        Set<String> x = names(a);
        Set<String> y = names(b);
        int words = replaced(x, y, false);
        return replaced(x, y, true) == 0
                && words <= Math.max(REPLACED_WORDS, REPLACED_SHARE * Math.min(x.size(), y.size()));
    }

    /** How many numbers (or capitalized words) each text has that the other lacks, the smaller count of the two. */
    private static int replaced(Set<String> x, Set<String> y, boolean numbers) {
        long onlyX = x.stream().filter(n -> isNumber(n) == numbers && !y.contains(n)).count();
        long onlyY = y.stream().filter(n -> isNumber(n) == numbers && !x.contains(n)).count();
        return (int) Math.min(onlyX, onlyY);
    }

    private static boolean isNumber(String name) {
        return name.chars().anyMatch(Character::isDigit);
    }

    /**
     * The words with a capital letter (iFlytek and eBay too) and the numbers: people, organizations, places, dates,
     * figures.
     */
    static Set<String> names(String text) {
        Set<String> names = new HashSet<>();
        for (String word : text.split("[^\\p{L}\\p{N}]+")) {
            if (word.chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))) {
                names.add(word);
            }
        }
        return names;
    }
}
