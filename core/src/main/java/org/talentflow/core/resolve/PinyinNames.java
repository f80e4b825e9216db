package org.talentflow.core.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;

import org.talentflow.core.lexicon.ResourceLines;

/**
 * A name in Han characters spelled as English news spells it: surname first, then the given name with its syllables
 * joined and no tones (郄小虎 -> "Qie Xiaohu"). Compound surnames and the surnames read differently from the same
 * character elsewhere come from {@code lexicon/zh/surnames.tsv}.
 */
final class PinyinNames {

    /** A Han name's surname and given name in pinyin, each capitalized. */
    record Spelling(String surname, String given) {
        String surnameFirst() {
            return surname + " " + given;
        }

        String givenFirst() {
            return given + " " + surname;
        }
    }

    /**
     * A surname and a given name of one or two characters (one of them may be a compound surname). One character
     * alone is too often a surname used as a title ("张总") or no name at all; longer runs are transliterated
     * foreign names or minority names that English news does not spell syllable by syllable.
     */
    private static final int SHORTEST = 2;
    private static final int LONGEST = 4;

    private static final Map<String, String> SURNAMES = readings("/lexicon/zh/surnames.tsv");
    private static final Map<String, String> GIVEN_NAME_READINGS = readings("/lexicon/zh/given-name-readings.tsv");

    private PinyinNames() {
    }

    /** The spelling of a name written only in Han characters (spaces aside); empty for any other name. */
    static Optional<Spelling> of(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String han = name.replaceAll("[\\s\\p{Z}]+", "");
        int[] original = han.codePoints().toArray();
        if (original.length < SHORTEST || original.length > LONGEST || !han.codePoints().allMatch(HanText::isHan)) {
            return Optional.empty();
        }
        int[] simple = HanText.simplified(han).codePoints().toArray();
        if (simple.length != original.length) {
            return Optional.empty();
        }
        int surnameLength = original.length > 2 && SURNAMES.containsKey(text(simple, 0, 2)) ? 2 : 1;
        String surname = SURNAMES.get(text(simple, 0, surnameLength));
        if (surname == null) {
            surname = reading(simple[0], original[0]);
        }
        StringBuilder given = new StringBuilder();
        for (int i = surnameLength; i < original.length; i++) {
            // Read from the character as written: 乾 becomes 干 when simplified, but a name's 乾 stays Qian.
            String syllable = reading(simple[i], original[i]);
            if (syllable == null) {
                return Optional.empty();
            }
            given.append(syllable);
        }
        if (surname == null) {
            return Optional.empty();
        }
        return Optional.of(new Spelling(capitalized(surname), capitalized(given.toString())));
    }

    /** The character's toneless reading, ü written out; null when HanLP knows none. */
    private static String reading(int simplified, int original) {
        String listed = GIVEN_NAME_READINGS.get(Character.toString(simplified));
        if (listed != null) {
            return listed;
        }
        List<Pinyin> pinyin = HanLP.convertToPinyinList(Character.toString(original));
        if (pinyin.isEmpty() || pinyin.get(0) == Pinyin.none5) {
            return null;
        }
        return pinyin.get(0).getPinyinWithoutTone().replace('v', 'ü');
    }

    private static String text(int[] codePoints, int from, int to) {
        return new String(codePoints, from, to - from);
    }

    private static String capitalized(String syllables) {
        return syllables.isEmpty() ? syllables
                : syllables.substring(0, 1).toUpperCase(Locale.ROOT) + syllables.substring(1).toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> readings(String resource) {
        Map<String, String> readings = new HashMap<>();
        for (String[] row : ResourceLines.rows(resource)) {
            if (row.length > 1 && !row[1].isBlank()) {
                // A surname without a reading of its own takes the character's ordinary one.
                readings.put(row[0], row[1].toLowerCase(Locale.ROOT));
            }
        }
        return Map.copyOf(readings);
    }
}
