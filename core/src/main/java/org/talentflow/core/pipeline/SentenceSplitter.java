package org.talentflow.core.pipeline;

import java.util.ArrayList;
import java.util.List;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;

import org.talentflow.core.nlp.Nlp;

/**
 * Splits a document into sentences with the cheap CoreNLP tokenizer. Scraped articles break lines in
 * the middle of sentences ("recently joined\nJD.com's Explore Academy") and also put headlines on lines of
 * their own with no full stop; a line break ends a sentence only where the line looks finished.
 */
public final class SentenceSplitter {

    private final Nlp nlp;

    public SentenceSplitter(Nlp nlp) {
        this.nlp = nlp;
    }

    public List<Sentence> split(String text) {
        String prepared = joinBrokenLines(text);
        Annotation annotation = new Annotation(prepared);
        nlp.splitter().annotate(annotation);
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap s : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            if (tokens.isEmpty()) {
                continue;
            }
            int begin = tokens.get(0).beginPosition();
            int end = tokens.get(tokens.size() - 1).endPosition();
            sentences.add(new Sentence(text.substring(begin, end), begin, end, sentences.size()));
        }
        return sentences;
    }

    /** Replaces mid-sentence line breaks by spaces, one character for one, so offsets stay true. */
    static String joinBrokenLines(String text) {
        char[] chars = text.toCharArray();
        int lineStart = 0;
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] != '\n') {
                continue;
            }
            boolean blankNext = i + 1 < chars.length && (chars[i + 1] == '\n' || chars[i + 1] == '\r');
            String line = text.substring(lineStart, i).strip();
            if (!blankNext && !line.isEmpty() && continuesOnNextLine(line, text, i + 1)) {
                chars[i] = ' ';
            }
            lineStart = i + 1;
        }
        return new String(chars);
    }

    private static boolean continuesOnNextLine(String line, String text, int nextStart) {
        char last = line.charAt(line.length() - 1);
        if (".!?:;\"\u201d')]".indexOf(last) >= 0) {
            return false;
        }
        String[] words = line.split("\\s+");
        if (words.length < 8 || looksLikeHeadline(words)) {
            return false;
        }
        int nextEnd = text.indexOf('\n', nextStart);
        String next = text.substring(nextStart, nextEnd < 0 ? text.length() : nextEnd).strip();
        return !next.isEmpty() && !next.startsWith("-") && !next.startsWith("\u2022");
    }

    private static boolean looksLikeHeadline(String[] words) {
        int capitalized = 0;
        for (String w : words) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                capitalized++;
            }
        }
        return capitalized * 10 >= words.length * 7;
    }
}
