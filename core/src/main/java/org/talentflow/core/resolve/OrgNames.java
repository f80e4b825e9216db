package org.talentflow.core.resolve;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Spelling rules for organization names: legal suffixes, tickers, possessives. */
public final class OrgNames {

    private static final Set<String> LEGAL_SUFFIXES = Set.of("inc", "ltd", "limited", "co", "corp",
            "corporation", "plc", "llc", "holding", "holdings", "group", "company", "s.a", "ag", "gmbh", "the");
    private static final Pattern TICKER = Pattern.compile("\\s*\\((?:NYSE|NASDAQ|Nasdaq|HKEX|HKG|SEHK|SSE|SZSE|LSE|TSE|OTC)\\s*:[^)]*\\)");
    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s?$");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern INNER_POSSESSIVE = Pattern.compile("(?<=\\p{L})['\u2019`]s\\b");

    private OrgNames() {
    }

    /** A surface name tidied for display: no ticker in brackets, no trailing possessive or punctuation. */
    public static String clean(String surface) {
        String name = TICKER.matcher(surface).replaceAll("");
        name = name.strip().replaceAll("\\s+", " ");
        name = POSSESSIVE.matcher(name).replaceAll("");
        name = name.replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}&&[^.)]]+$", "").strip();
        if (name.toLowerCase(Locale.ROOT).startsWith("the ")) {
            name = name.substring(4);
        }
        return name;
    }

    /**
     * Keys already folded: the document model compares the ends of every pair of one person's clauses, and a key
     * costs a dozen regular expressions. Cleared when full, so memory stays bounded.
     */
    private static final int MAX_FOLDED = 10_000;
    private static final java.util.concurrent.ConcurrentHashMap<String, String> FOLDED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The key under which two spellings of one name meet: case, accents, suffixes and punctuation folded. */
    public static String foldKey(String surface) {
        String key = FOLDED.get(surface);
        if (key == null) {
            if (FOLDED.size() >= MAX_FOLDED) {
                FOLDED.clear();
            }
            key = fold(surface);
            FOLDED.put(surface, key);
        }
        return key;
    }

    private static String fold(String surface) {
        String text = Normalizer.normalize(clean(surface), Normalizer.Form.NFKD);
        text = MARKS.matcher(text).replaceAll("").toLowerCase(Locale.ROOT);
        // "St. Jude's Children's Hospital" and "St. Jude Children's Hospital" are one name
        text = INNER_POSSESSIVE.matcher(text).replaceAll("");
        StringBuilder key = new StringBuilder();
        for (String token : text.split("[^\\p{L}\\p{N}.&]+")) {
            String t = token.replaceAll("^\\.+|\\.+$", "");
            if (t.isEmpty() || LEGAL_SUFFIXES.contains(t)) {
                continue;
            }
            if (key.length() > 0) {
                key.append(' ');
            }
            key.append(t);
        }
        return key.length() == 0 ? text.strip() : key.toString();
    }
}
