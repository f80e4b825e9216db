package org.talentflow.core.syndication;

import org.apache.commons.codec.digest.MurmurHash3;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A text as the set of its word shingles (every run of {@link #WORDS} consecutive words), each hashed to 64 bits.
 * Words are compared after NFKC and lower-casing, and are runs of letters and digits, so punctuation, spacing, case
 * and full-width forms do not matter. Chinese and Japanese are written without spaces: each Han or kana character is
 * a word of its own.
 */
final class Shingles {

    /**
     * Three words: long enough that two different stories about the same people share few shingles (names alone make
     * only one or two), short enough that a copy with a few words edited keeps most of them on a short news item.
     */
    static final int WORDS = 3;

    private Shingles() {
    }

    /** The distinct shingle hashes of a text, sorted; empty when it has fewer than {@link #WORDS} words. */
    static long[] of(String text) {
        List<String> words = words(text);
        if (words.size() < WORDS) {
            return new long[0];
        }
        long[] hashes = new long[words.size() - WORDS + 1];
        for (int i = 0; i < hashes.length; i++) {
            String shingle = String.join(" ", words.subList(i, i + WORDS));
            hashes[i] = MurmurHash3.hash128x64(shingle.getBytes(StandardCharsets.UTF_8))[0];
        }
        return Arrays.stream(hashes).sorted().distinct().toArray();
    }

    static List<String> words(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < normal.length(); ) {
            int cp = normal.codePointAt(i);
            i += Character.charCount(cp);
            if (isIdeographic(cp)) {
                flush(word, words);
                words.add(new String(Character.toChars(cp)));
            } else if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
            } else if (Character.getType(cp) != Character.NON_SPACING_MARK) {
                flush(word, words);
            }
        }
        flush(word, words);
        return words;
    }

    private static boolean isIdeographic(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (!word.isEmpty()) {
            words.add(word.toString());
            word.setLength(0);
        }
    }
}
