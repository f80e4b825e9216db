package org.talentflow.core.zh;

import com.hankcs.hanlp.HanLP;

/**
 * Chinese text as the reader wants it, with the way back to the document: traditional characters folded to
 * simplified (one reading for 華為 and 华为), full-width letters and digits made ASCII, and the pinyin glosses that
 * broken converters leave after characters ("長(zhǎng)江") dropped. Every character of the folded text keeps the offset
 * of the document character it came from, so evidence stays the document's own text.
 */
public final class ChineseText {

    /** A share of Han characters among the letters above which an article is read as Chinese. */
    private static final double HAN_SHARE = 0.3;
    private static final int MIN_HAN = 20;
    private static final java.util.regex.Pattern GLOSS =
            java.util.regex.Pattern.compile("[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7}[)）]");

    /**
     * The folded text and, for each of its characters, the document offset it came from.
     *
     * @param text   the folded text
     * @param origin origin[i] is the document offset of text's character i; origin[length] is the document's length
     */
    public record Folded(String text, int[] origin) {

        /** The document span of a folded span. */
        public int documentOffset(int foldedOffset) {
            return origin[Math.max(0, Math.min(foldedOffset, origin.length - 1))];
        }
    }

    private ChineseText() {
    }

    /** Whether an article is Chinese: enough Han characters among its letters (it may quote English names). */
    public static boolean isChinese(String text) {
        int han = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isHan(cp)) {
                han++;
                letters++;
            } else if (Character.isLetter(cp)) {
                letters++;
            }
        }
        return han >= MIN_HAN && han >= HAN_SHARE * letters;
    }

    public static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    public static boolean hasHan(String s) {
        return s.codePoints().anyMatch(ChineseText::isHan);
    }

    /** Folds a document's text (see the class comment). */
    public static Folded fold(String document) {
        StringBuilder out = new StringBuilder(document.length());
        int[] origin = new int[document.length() + 1];
        java.util.regex.Matcher gloss = GLOSS.matcher(document);
        int i = 0;
        while (i < document.length()) {
            char c = document.charAt(i);
            if ((c == '(' || c == '（') && i > 0 && isHan(document.codePointBefore(i)) && gloss.find(i) && gloss.start() == i) {
                i = gloss.end();
                continue;
            }
            origin[out.length()] = i;
            out.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c == '\u3000' ? ' ' : c);
            i++;
        }
        origin[out.length()] = document.length();
        String folded = simplified(out.toString());
        return new Folded(folded, java.util.Arrays.copyOf(origin, folded.length() + 1));
    }

    /** Traditional to simplified, keeping the length (phrase conversions that change it fall back to characters). */
    static String simplified(String text) {
        String whole = HanLP.convertToSimplifiedChinese(text);
        if (whole.length() == text.length()) {
            return whole;
        }
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            String one = HanLP.convertToSimplifiedChinese(String.valueOf(text.charAt(i)));
            b.append(one.length() == 1 ? one.charAt(0) : text.charAt(i));
        }
        return b.toString();
    }
}
