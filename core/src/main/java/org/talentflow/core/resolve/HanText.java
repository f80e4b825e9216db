package org.talentflow.core.resolve;

import com.hankcs.hanlp.HanLP;

/** Text in Han characters: how to tell it, and its simplified form, under which traditional spellings meet. */
final class HanText {

    private HanText() {
    }

    static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    static boolean containsHan(String text) {
        return text != null && text.codePoints().anyMatch(HanText::isHan);
    }

    /** Whether every letter of the text is a Han character (spaces, dots and other marks aside) and there is one. */
    static boolean isAllHan(String text) {
        return containsHan(text) && text.codePoints().filter(Character::isLetterOrDigit).allMatch(HanText::isHan);
    }

    /**
     * The text with traditional characters in their simplified form (騰訊 -> 腾讯); other text unchanged. Only text
     * with Han characters reaches HanLP, so English-only runs never load its conversion tables.
     */
    static String simplified(String text) {
        return containsHan(text) ? HanLP.convertToSimplifiedChinese(text) : text;
    }
}
