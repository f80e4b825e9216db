package org.talentflow.core.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SUTime on the few words around each date word instead of on the whole sentence: the same normalized dates
 * ("in March" written on 2025-07-01 is 2025-03) at a fraction of the cost, since SUTime's rules run over every
 * token it is given.
 */
public final class DateWindows {

    /** A date SUTime found: character span in the sentence and its TIMEX value ("2025-03", "2024"). */
    public record Found(int begin, int end, String value) {
    }

    /**
     * Every date SUTime can read to a calendar value begins with, ends with or contains one of these words or a year.
     * Not "recently", "earlier" or a bare "years": SUTime reads them as a vague past or a duration, never a month.
     */
    static final Pattern DATE_WORD = Pattern.compile("\\b(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?"
            + "|January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:19|20)\\d{2}s?)\\b"
            + "|(?i)\\b(?:yesterday|today|tomorrow|tonight|ago|spring|summer|autumn|winter|mid-\\w+"
            + "|(?:this|last|next|past|previous|same) (?:fall|week|month|year|quarter))\\b");
    /** "four months later" counts from an event in the text, not from the publication date SUTime would use. */
    private static final Pattern RELATIVE_TO_EVENT = Pattern.compile("(?i)\\b(?:later|after|afterwards)\\b");
    /** Words of context kept on each side: "earlier this year", "in early September 2024", "two years ago". */
    private static final int CONTEXT_WORDS = 3;

    private final StanfordCoreNLP tagger;
    private final edu.stanford.nlp.pipeline.POSTaggerAnnotator posTagger;
    private final TimeAnnotator sutime;

    DateWindows() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit");
        props.setProperty("ssplit.isOneSentence", "true");
        props.setProperty("tokenize.options", "untokenizable=noneKeep");
        tagger = new StanfordCoreNLP(props, false);
        posTagger = new edu.stanford.nlp.pipeline.POSTaggerAnnotator(false);
        Properties time = new Properties();
        time.setProperty("sutime.includeRange", "false");
        time.setProperty("sutime.markTimeRanges", "false");
        sutime = new TimeAnnotator("sutime", time);
    }

    public static boolean mayNameADate(String sentence) {
        return DATE_WORD.matcher(sentence).find();
    }

    /** The dates of a sentence, relative to the publication date when it is known (tags the windows itself). */
    public List<Found> find(String sentence, LocalDate published) {
        return find(sentence, null, published);
    }

    /**
     * The dates of a sentence whose tokens are already tagged: SUTime reads part-of-speech tags ("March" is a
     * month only as a proper noun), and the window's tokens take them from the sentence's.
     */
    public List<Found> find(String sentence, List<CoreLabel> taggedTokens, LocalDate published) {
        List<Found> found = new ArrayList<>();
        for (int[] window : windows(sentence)) {
            if (found.stream().anyMatch(f -> f.begin() <= window[2] && window[3] <= f.end())) {
                continue; // "February 2023": the date found around "February" already holds "2023"
            }
            Annotation annotation = new Annotation(sentence.substring(window[0], window[1]));
            if (published != null) {
                annotation.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
            }
            tagger.annotate(annotation);
            if (!copyTags(annotation, window[0], taggedTokens)) {
                posTagger.annotate(annotation);
            }
            sutime.annotate(annotation);
            List<CoreMap> timexes = annotation.get(TimeAnnotations.TimexAnnotations.class);
            if (timexes == null) {
                continue;
            }
            for (CoreMap t : timexes) {
                Timex timex = t.get(TimeAnnotations.TimexAnnotation.class);
                String value = timex == null ? null : valueOf(timex);
                if (value == null || !"DATE".equals(timex.timexType()) || RELATIVE_TO_EVENT.matcher(timex.text()).find()) {
                    continue;
                }
                Found date = new Found(window[0] + t.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                        window[0] + t.get(CoreAnnotations.CharacterOffsetEndAnnotation.class), value);
                if (found.stream().noneMatch(f -> f.begin() < date.end() && date.begin() < f.end())) {
                    found.add(date);
                }
            }
        }
        return found;
    }

    /** Tags of the sentence's tokens onto the window's, matched by offset; false when some token has none. */
    private static boolean copyTags(Annotation window, int offset, List<CoreLabel> tagged) {
        if (tagged == null) {
            return false;
        }
        java.util.Map<Integer, String> tags = new java.util.HashMap<>();
        for (CoreLabel t : tagged) {
            tags.put(t.beginPosition(), t.tag());
        }
        for (CoreLabel t : window.get(CoreAnnotations.TokensAnnotation.class)) {
            String tag = tags.get(offset + t.beginPosition());
            if (tag == null) {
                return false;
            }
            t.setTag(tag);
        }
        return true;
    }

    private static final Pattern LEADING_ISO = Pattern.compile("^(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)");

    /**
     * The TIMEX value; when SUTime composed a phrase it could only express as a function ("Year in February 2023"
     * is "2023-02 INTERSECT P1Y"), the date it starts from.
     */
    private static String valueOf(Timex timex) {
        if (timex.value() != null) {
            return timex.value();
        }
        if (timex.altVal() == null) {
            return null;
        }
        Matcher m = LEADING_ISO.matcher(timex.altVal());
        return m.find() ? m.group(1) : null;
    }

    /**
     * Spans of a few words around each date word: {begin, end, date word begin, date word end}. They are not merged: SUTime would otherwise compose one date
     * out of two ("in February 2023 ... four months later"); overlapping windows find a date twice, find() keeps one.
     */
    static List<int[]> windows(String sentence) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = DATE_WORD.matcher(sentence);
        while (m.find()) {
            spans.add(new int[]{wordsBefore(sentence, m.start(), CONTEXT_WORDS), wordsAfter(sentence, m.end(), CONTEXT_WORDS),
                    m.start(), m.end()});
        }
        return spans;
    }

    private static int wordsBefore(String s, int from, int words) {
        int i = from;
        for (int w = 0; w < words && i > 0; w++) {
            while (i > 0 && Character.isWhitespace(s.charAt(i - 1))) {
                i--;
            }
            while (i > 0 && !Character.isWhitespace(s.charAt(i - 1))) {
                i--;
            }
        }
        return i;
    }

    private static int wordsAfter(String s, int from, int words) {
        int i = from;
        for (int w = 0; w < words && i < s.length(); w++) {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
        return i;
    }
}
