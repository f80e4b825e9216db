package org.talentflow.core.mention;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The acronyms an article defines for the organizations it names: "NHS Greater Wessex Integrated Care Board (ICB)",
 * "Norges Bank Investment Management (NBIM)". An acronym counts only where its letters are the initials of the name's
 * last words (small words such as "of" may be skipped), so "(Nasdaq: ABC)" defines nothing; nor does a title's
 * ("Chief Executive Officer (CEO)").
 */
public final class Acronyms {

    /** A capitalized name of up to eight words and an acronym in parentheses right after it. */
    private static final Pattern DEFINED = Pattern.compile(
            "((?:\\p{Lu}[\\p{L}&'\u2019-]*|of|and|for|the|&)(?: (?:\\p{Lu}[\\p{L}&'\u2019-]*|of|and|for|the|&)){1,7}) \\((\\p{Lu}{2,6})\\)");
    private static final Set<String> SMALL = Set.of("of", "and", "for", "the", "&");
    /** Capitalized words that open a sentence before a name: no part of it. */
    private static final Set<String> OPENERS = Set.of("The", "A", "An", "In", "On", "At", "For", "From", "With", "By",
            "Today", "Yesterday", "Last", "This", "Both", "And", "But", "While", "When", "After", "Before", "Since");

    private Acronyms() {
    }

    /** Each acronym the text defines, with the name it stands for (the name from its first capitalized word). */
    public static Map<String, String> in(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = DEFINED.matcher(text);
        while (m.find()) {
            String[] words = m.group(1).split(" ");
            String acronym = m.group(2);
            int first = 0;
            while (first < words.length && (SMALL.contains(words[first]) || OPENERS.contains(words[first]))) {
                first++;
            }
            String last = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
            // ("Chief Executive Officer (CEO)": a title's acronym, no organization's)
            if (first < words.length && initialsEnd(words, first, acronym)
                    && !org.talentflow.core.lexicon.Lexicon.english().isTitleWord(last)) {
                out.putIfAbsent(acronym, String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length)));
            }
        }
        return out;
    }

    /** An acronym written anywhere: two to six capitals standing alone. */
    private static final Pattern ANY_ACRONYM = Pattern.compile("(?<![\\p{L}\\p{N}&.-])(\\p{Lu}{2,6})(?![\\p{L}\\p{N}&-])");

    /**
     * The acronyms of the given names that the text uses without defining them: "the Riverbend Regional Transit
     * Authority ... is scheduled to start at RRTA on May 4" (all the letters, one a word, small words skipped).
     */
    public static Map<String, String> initialsOf(String text, java.util.Collection<String> names) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = ANY_ACRONYM.matcher(text);
        while (m.find()) {
            String acronym = m.group(1);
            if (out.containsKey(acronym)) {
                continue;
            }
            for (String name : names) {
                String[] words = name.split(" ");
                int capitalized = (int) java.util.Arrays.stream(words).filter(w -> !SMALL.contains(w)).count();
                if (capitalized == acronym.length() && initialsEnd(words, 0, acronym)
                        && Character.isUpperCase(words[0].charAt(0))) {
                    out.put(acronym, name);
                    break;
                }
            }
        }
        return out;
    }

    /** Whether the acronym's letters are the initials of the last capitalized words, in order, small words skipped. */
    private static boolean initialsEnd(String[] words, int first, String acronym) {
        int k = acronym.length() - 1;
        for (int i = words.length - 1; i >= first && k >= 0; i--) {
            if (SMALL.contains(words[i])) {
                continue;
            }
            if (Character.toUpperCase(words[i].charAt(0)) != acronym.charAt(k)) {
                return false;
            }
            k--;
        }
        return k < 0;
    }
}
