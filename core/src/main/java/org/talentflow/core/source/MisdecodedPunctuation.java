package org.talentflow.core.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Puts back punctuation that a publisher or feed decoded in the wrong code page ("Amazonâ€™s" for "Amazon’s"), so
 * the debris never becomes part of a name. The sequences are data (misdecoded-punctuation.tsv); a lone Greek beta for
 * an apostrophe needs its context and is the one rule here.
 */
final class MisdecodedPunctuation {

    private static final String RESOURCE = "/source/misdecoded-punctuation.tsv";
    private static final Map<String, String> REPAIRS = load();
    /** Longest first, so "â€™" is replaced whole before the bare "â€" could match its start. */
    private static final Pattern SEQUENCES = Pattern.compile(REPAIRS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .map(Pattern::quote).collect(Collectors.joining("|")));
    /**
     * Some feeds keep only the first character of "β€™": "Amazonβs", "donβt", "the foundersβ stake". Only between a
     * Latin letter and an apostrophe's ending (s, t, d, m, ll, re, ve), or after a plural's s, is it an apostrophe;
     * Greek words ("αβγ") and the letter as a symbol ("β-catenin", "TGFβ signalling") are left as they are.
     */
    private static final Pattern BETA_APOSTROPHE = Pattern.compile(
            "(?<=\\p{IsLatin})\u03B2(?=(?:s|t|d|m|ll|re|ve)(?!\\p{L}))|(?<=\\p{IsLatin}s)\u03B2(?![\\p{L}\\p{N}-])");

    private MisdecodedPunctuation() {
    }

    static String repair(String text) {
        if (text.indexOf('\u00E2') < 0 && text.indexOf('\u00C2') < 0 && text.indexOf('\u03B2') < 0) {
            return text;
        }
        Matcher sequence = SEQUENCES.matcher(text);
        String repaired = sequence.replaceAll(m -> Matcher.quoteReplacement(REPAIRS.get(m.group())));
        return BETA_APOSTROPHE.matcher(repaired).replaceAll("\u2019");
    }

    private static Map<String, String> load() {
        try (InputStream in = MisdecodedPunctuation.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> repairs = new LinkedHashMap<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length != 2) {
                    throw new IllegalStateException(RESOURCE + ": expected two tab-separated cells in '" + line + "'");
                }
                repairs.put(unescape(cells[0]), unescape(cells[1]));
            }
            return repairs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unescape(String cell) {
        return Pattern.compile("\\\\u([0-9a-fA-F]{4})").matcher(cell)
                .replaceAll(m -> String.valueOf((char) Integer.parseInt(m.group(1), 16)));
    }
}
