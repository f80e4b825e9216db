package org.talentflow.core.story;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.talentflow.core.lexicon.Lexicon;

/**
 * A question-and-answer interview: short paragraphs that ask, each followed by an answer told in the first person.
 * There "I" outside quotation marks is the one interviewed ("You left in 2018. Why? / After six years I left
 * Microsoft for Uber"), whom the article names in full more often than anyone else, bylines aside.
 */
final class Interview {

    /** A paragraph that only asks: one or two short sentences ending with a question mark. */
    private static final Pattern QUESTION = Pattern.compile("(?m)^[^\\n]{3,160}\\?[\"\u201d]?\\s*$");
    private static final Pattern FIRST_PERSON = Pattern.compile("(?<![\\p{L}])I(?:'m|'ve|'d|\u2019m|\u2019ve|\u2019d)?(?![\\p{L}])");
    private static final Pattern BYLINE = Pattern.compile("(?i)\\b(?:by|interview(?:ed)? by|photographs? by)\\s+$");
    private static final int QUESTIONS = 3;
    /** A full name as text writes it: two or three capitalized words. */
    private static final Pattern FULL_NAME = Pattern.compile(
            "(?<![\\p{L}])\\p{Lu}[\\p{L}'\u2019-]+(?: \\p{Lu}[\\p{L}'\u2019-]+){1,2}(?![\\p{L}])");
    /** How far into the text (headline, deck, first lines) the one interviewed is named. */
    private static final int OPENING = 800;
    /** Words no name is made of (months and days in full: "Jun" and "Mar" may be given names). */
    private static final Set<String> NOT_NAME_WORDS = Set.of("the", "a", "an", "and", "of", "in", "on", "at", "for", "by",
            "with", "to", "from", "i", "we", "you", "my", "our", "your", "it", "this", "that", "what", "why", "how", "who",
            "when", "where", "let's", "interview", "interviews", "photographs", "photo", "january", "february", "march",
            "april", "may", "june", "july", "august", "september", "october", "november", "december", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    private Interview() {
    }

    /**
     * The name an interview's first person stands for: the full name the article writes most often, at least twice
     * and once in its opening lines, bylines aside; null when the document is no interview or no name stands out.
     * The answers are rarely read for names (they hold none), so the name is taken from the text, not the readings.
     */
    static String interviewee(String text, Lexicon lexicon) {
        return interviewee("", text, lexicon);
    }

    /** The same, where the title counts as the opening too ("Q&A: Leila Haddad on leaving Microsoft"). */
    static String interviewee(String title, String text, Lexicon lexicon) {
        if (!isInterview(text)) {
            return null;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        Matcher titled = FULL_NAME.matcher(title);
        while (titled.find()) {
            if (plausible(titled.group(), lexicon)) {
                counts.merge(titled.group(), 1, Integer::sum);
            }
        }
        Matcher m = FULL_NAME.matcher(text);
        while (m.find()) {
            String name = m.group();
            boolean byline = BYLINE.matcher(text.substring(Math.max(0, m.start() - 25), m.start())).find();
            if (!byline && plausible(name, lexicon)) {
                counts.merge(name, 1, Integer::sum);
            }
        }
        String best = null;
        int most = 0;
        for (var e : counts.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            } else if (e.getValue() == most) {
                best = null; // two names as often: no telling whose voice the answers are
            }
        }
        return best != null && most >= 2 && (text.indexOf(best) < OPENING || title.contains(best)) ? best : null;
    }

    /** Whether no word of a name is a title's, an organization name's, a month's or a sentence opener's. */
    private static boolean plausible(String name, Lexicon lexicon) {
        for (String w : name.split(" ")) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (lexicon.isTitleWord(lower) || lexicon.isOrgNameWord(w) || lexicon.isOrgNameWord(lower)
                    || NOT_NAME_WORDS.contains(lower)) {
                return false;
            }
        }
        return true;
    }

    static boolean isInterview(String text) {
        Matcher q = QUESTION.matcher(text);
        int questions = 0;
        while (q.find()) {
            questions++;
        }
        if (questions < QUESTIONS) {
            return false;
        }
        Matcher i = FIRST_PERSON.matcher(text);
        int firstPerson = 0;
        while (i.find()) {
            firstPerson++;
        }
        return firstPerson >= QUESTIONS;
    }

    /** Whether an offset stands inside quotation marks of its paragraph (a quote's "I" is whoever it quotes). */
    static boolean quoted(String text, int offset) {
        int start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
        int straight = 0;
        int open = 0;
        for (int k = start; k < offset && k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '"') {
                straight++;
            } else if (c == '\u201c') {
                open++;
            } else if (c == '\u201d') {
                open--;
            }
        }
        return straight % 2 == 1 || open > 0;
    }
}
