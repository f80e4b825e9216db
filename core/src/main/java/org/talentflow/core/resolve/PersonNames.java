package org.talentflow.core.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One person across spellings. News writes Chinese names in either order ("Zhou Chang", "Chang Zhou"), drops or
 * keeps diacritics and middle initials, adds honorifics: the key folds all of that away so those spellings meet.
 * A name in Han characters, simplified or traditional, takes the key of its pinyin: 张迪, 張迪, "Zhang Di" and
 * "Di Zhang" are one person (and so, unavoidably, is 章迪, whom English news spells the same way).
 */
public final class PersonNames {

    private static final Set<String> HONORIFICS = Set.of("dr", "mr", "mrs", "ms", "miss", "prof", "professor", "sir");
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "phd", "md");

    private PersonNames() {
    }

    /** The resolution key: folded, without honorifics, suffixes and middle initials, tokens sorted. */
    public static String key(String name) {
        if (HanText.containsHan(name)) {
            // Han text that is no two-to-four-character name (a transliterated foreign name, a name mixed with
            // Latin letters) keeps its characters, simplified so that traditional spellings still meet.
            return latinKey(PinyinNames.of(name).map(PinyinNames.Spelling::surnameFirst)
                    .orElseGet(() -> HanText.simplified(name)));
        }
        return latinKey(name);
    }

    /**
     * A Han name as English news writes it, surname first and then given name first (郄小虎: "Qie Xiaohu",
     * "Xiaohu Qie"); empty for a name not written in two to four Han characters.
     */
    public static List<String> pinyin(String name) {
        return PinyinNames.of(name).map(s -> List.of(s.surnameFirst(), s.givenFirst())).orElse(List.of());
    }

    private static String latinKey(String name) {
        String folded = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("['\u2019\u02BC]", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
        if (folded.isEmpty()) {
            return "";
        }
        List<String> all = Arrays.asList(folded.split(" "));
        List<String> tokens = new ArrayList<>(all);
        tokens.removeIf(t -> HONORIFICS.contains(t) || SUFFIXES.contains(t));
        if (tokens.isEmpty()) {
            // "Dr." alone is all the text gives: keep it rather than let every such name share the empty key.
            tokens = new ArrayList<>(all);
        }
        if (tokens.size() >= 3) {
            List<String> withoutInitials = tokens.stream().filter(t -> t.length() > 1).toList();
            if (withoutInitials.size() >= 2) {
                tokens = new ArrayList<>(withoutInitials);
            }
        }
        tokens.sort(null);
        return String.join(" ", tokens);
    }

    /** The name as shown: trimmed, single spaces. */
    public static String display(String name) {
        // \p{Z} takes the no-break and ideographic spaces that HTML and CJK text bring, which \s does not.
        return name == null ? "" : name.replaceAll("[\\s\\p{Z}]+", " ").strip();
    }
}
