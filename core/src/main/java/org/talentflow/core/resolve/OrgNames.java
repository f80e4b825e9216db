package org.talentflow.core.resolve;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.talentflow.core.lexicon.ResourceLines;

/** Spelling rules for organization names: legal suffixes (English and Chinese), tickers, possessives. */
public final class OrgNames {

    private static final Set<String> LEGAL_SUFFIXES = Set.of("inc", "ltd", "limited", "co", "corp",
            "corporation", "plc", "llc", "llp", "holding", "holdings", "group", "company", "s.a", "ag", "gmbh", "the");
    private static final Pattern TICKER = Pattern.compile("\\s*\\((?:NYSE|NASDAQ|Nasdaq|HKEX|HKG|SEHK|SSE|SZSE|LSE|TSE|OTC)\\s*:[^)]*\\)");
    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s?$");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern INNER_POSSESSIVE = Pattern.compile("(?<=\\p{L})['\u2019`]s\\b");
    /** Longest first, so 有限公司 goes before 公司 can leave 有限 behind. */
    private static final List<String> CHINESE_SUFFIXES = ResourceLines.rows("/lexicon/zh/org-suffixes.tsv").stream()
            .map(row -> row[0])
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();
    /** 集团 alone, or 华集团 cut to 华, would be no name left to compare. */
    private static final int SHORTEST_CHINESE_NAME = 2;

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
        String text = Normalizer.normalize(HanText.simplified(clean(surface)), Normalizer.Form.NFKD);
        text = MARKS.matcher(text).replaceAll("").toLowerCase(Locale.ROOT);
        // "St. Jude's Children's Hospital" and "St. Jude Children's Hospital" are one name
        text = INNER_POSSESSIVE.matcher(text).replaceAll("");
        StringBuilder key = new StringBuilder();
        for (String token : text.split("[^\\p{L}\\p{N}.&]+")) {
            String t = withoutChineseSuffixes(token.replaceAll("^\\.+|\\.+$", ""));
            if (t.isEmpty() || LEGAL_SUFFIXES.contains(t) || CHINESE_SUFFIXES.contains(t)) {
                continue;
            }
            if (key.length() > 0) {
                key.append(' ');
            }
            key.append(t);
        }
        return key.length() == 0 ? text.strip() : key.toString();
    }

    /** 阿里巴巴集团控股有限公司 -> 阿里巴巴: company forms read off the end, one after another. */
    private static String withoutChineseSuffixes(String token) {
        if (!HanText.containsHan(token)) {
            return token;
        }
        String name = token;
        boolean cut = true;
        while (cut) {
            cut = false;
            for (String suffix : CHINESE_SUFFIXES) {
                if (name.endsWith(suffix) && name.length() - suffix.length() >= SHORTEST_CHINESE_NAME) {
                    name = name.substring(0, name.length() - suffix.length());
                    cut = true;
                    break;
                }
            }
        }
        return name;
    }
}
