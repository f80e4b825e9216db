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

    /**
     * The text is tokenized a chunk at a time, chunks ending at a line break (always a sentence break by then), so
     * memory stays small whatever the length of the text. A line longer than a chunk (never news) is cut after a
     * full stop, else at a space.
     */
    static final int CHUNK_CHARS = 100_000;

    public List<Sentence> split(String text) {
        return split(text, Integer.MAX_VALUE);
    }

    /** The first sentences of a text, at most {@code max}: the rest of the text is not even tokenized. */
    public List<Sentence> split(String text, int max) {
        String prepared = joinBrokenLines(text);
        List<Sentence> sentences = new ArrayList<>();
        for (int start = 0; start < prepared.length() && sentences.size() < max; ) {
            int chunkEnd = chunkEnd(prepared, start);
            Annotation annotation = new Annotation(prepared.substring(start, chunkEnd));
            nlp.splitter().annotate(annotation);
            for (CoreMap s : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
                List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
                if (tokens.isEmpty()) {
                    continue;
                }
                int begin = start + tokens.get(0).beginPosition();
                int end = start + tokens.get(tokens.size() - 1).endPosition();
                int token = 0;
                for (int[] piece : longListsAtSemicolons(text, inlineItems(text, begin, end), tokens, start)) {
                    int first = token;
                    while (token < tokens.size() && start + tokens.get(token).beginPosition() < piece[1]) {
                        token++;
                    }
                    if (sentences.size() >= max) {
                        return sentences;
                    }
                    Sentence last = sentences.isEmpty() ? null : sentences.get(sentences.size() - 1);
                    if (last != null && runsOn(last.text(), text.substring(piece[0], piece[1]))) {
                        // ("Warner Bros. Discovery, where he was ..."): one sentence the splitter cut at an abbreviation
                        sentences.set(sentences.size() - 1, new Sentence(text.substring(last.begin(), piece[1]),
                                last.begin(), piece[1], last.index(), last.tokens() + token - first));
                        continue;
                    }
                    sentences.add(new Sentence(text.substring(piece[0], piece[1]), piece[0], piece[1], sentences.size(),
                            token - first));
                }
            }
            start = chunkEnd;
        }
        return sentences;
    }

    /** A sentence cut after an abbreviation that ends a company's name ("Warner Bros.", "Acme Cos."). */
    private static final java.util.regex.Pattern NAME_ABBREVIATION = java.util.regex.Pattern.compile("\\b(?:Bros|Cos)\\.$");
    /** What goes on with a sentence rather than begins one: a capitalized word and a comma, or a lower-case word. */
    private static final java.util.regex.Pattern GOES_ON = java.util.regex.Pattern.compile("^(?:\\p{Lu}[\\p{L}-]*,|\\p{Ll})");

    /** Whether a sentence the splitter ended at a name's abbreviation goes on in the next piece. */
    static boolean runsOn(String sentence, String next) {
        return NAME_ABBREVIATION.matcher(sentence.stripTrailing()).find() && GOES_ON.matcher(next.stripLeading()).find();
    }

    /** Where the chunk from start ends: after the last line break within a chunk's length, else after a full stop. */
    static int chunkEnd(String text, int start) {
        int limit = start + CHUNK_CHARS;
        if (limit >= text.length()) {
            return text.length();
        }
        int lineBreak = text.lastIndexOf('\n', limit - 1);
        if (lineBreak >= start) {
            return lineBreak + 1;
        }
        for (int i = limit; i > start + CHUNK_CHARS / 2; i--) {
            if (Character.isWhitespace(text.charAt(i)) && ".!?".indexOf(text.charAt(i - 1)) >= 0) {
                return i;
            }
        }
        for (int i = limit; i > start; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }

    /**
     * Round-ups run their items together in one paragraph: "... left Huawei. - Peng Zhihui: Joined Huawei in 2020,
     * left in 2022 ... - Ji Yu: Worked on ...". Each item that opens with a dash or bullet and a label of a few
     * capitalized words and a colon is a sentence of its own.
     */
    static List<int[]> inlineItems(String text, int begin, int end) {
        List<int[]> pieces = new ArrayList<>();
        java.util.regex.Matcher m = INLINE_ITEM.matcher(text).region(begin, end);
        int start = begin;
        while (m.find()) {
            int at = m.start() + 1;
            if (at > start && !text.substring(start, at).isBlank()) {
                pieces.add(new int[] {start, trimEnd(text, start, at)});
                start = at;
            }
        }
        pieces.add(new int[] {start, end});
        return labelsApart(text, pieces);
    }

    /**
     * "BRIGHTWATER LOGISTICS: Brightwater Logistics, the Memphis-based freight brokerage, named ...": an item's label
     * in capitals and a colon is a sentence of its own, so that the parser reads the item's sentence as written.
     */
    static List<int[]> labelsApart(String text, List<int[]> pieces) {
        List<int[]> out = new ArrayList<>();
        for (int[] piece : pieces) {
            java.util.regex.Matcher m = CAPITALS_LABEL.matcher(text).region(piece[0], piece[1]);
            if (m.lookingAt() && m.end() < piece[1]) {
                out.add(new int[] {piece[0], m.end(1) + 1});
                out.add(new int[] {m.end(), piece[1]});
            } else {
                out.add(piece);
            }
        }
        return out;
    }

    /** A label of one to five words in capitals, a colon, and a capitalized word after it. */
    private static final java.util.regex.Pattern CAPITALS_LABEL = java.util.regex.Pattern.compile(
            "(\\p{Lu}[\\p{Lu}\\d&.'-]+(?:\\s+\\p{Lu}[\\p{Lu}\\d&.'-]*){0,4}):\\s+(?=\\p{Lu})");

    /**
     * "A, a professor at X, is joining Y in July, where ...; B, an associate professor at Z, has accepted ...; and C,
     * ...": a roundup can run several moves into one sentence too long to parse. A piece of more than
     * {@value #LONG_PIECE} tokens is cut after each semicolon, each clause parsed on its own.
     */
    static List<int[]> longListsAtSemicolons(String text, List<int[]> pieces, List<CoreLabel> tokens, int offset) {
        List<int[]> out = new ArrayList<>();
        for (int[] piece : pieces) {
            long count = tokens.stream().filter(t -> offset + t.beginPosition() >= piece[0]
                    && offset + t.beginPosition() < piece[1]).count();
            if (count <= LONG_PIECE) {
                out.add(piece);
                continue;
            }
            List<int[]> clauses = new ArrayList<>();
            int start = piece[0];
            for (int i = piece[0]; i < piece[1]; i++) {
                if (text.charAt(i) == ';' && i + 1 < piece[1] && Character.isWhitespace(text.charAt(i + 1))) {
                    clauses.add(new int[] {start, i + 1});
                    start = i + 1;
                    while (start < piece[1] && Character.isWhitespace(text.charAt(start))) {
                        start++;
                    }
                }
            }
            clauses.add(new int[] {start, piece[1]});
            // "named A as CMO; B, formerly of X, as CSCO; and C as CFO": items that share the first clause's verb
            // stay one sentence; only clauses with a move verb of their own stand alone.
            boolean ownVerbs = clauses.stream().skip(1).allMatch(c -> hasMoveVerb(text.substring(c[0], c[1])));
            out.addAll(ownVerbs ? clauses : List.of(piece));
        }
        return out;
    }

    private static boolean hasMoveVerb(String clause) {
        for (String word : clause.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
            if (org.talentflow.core.lexicon.Lexicon.english().isVerbForm(word)) {
                return true;
            }
        }
        return false;
    }

    static final int LONG_PIECE = 60;

    private static int trimEnd(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static final java.util.regex.Pattern INLINE_ITEM = java.util.regex.Pattern.compile(
            "\\s[-\u2022\u2013]\\s+(?=\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]*){0,3}\\s*:)");

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
        return !next.isEmpty() && !next.startsWith("-") && !next.startsWith("\u2022") && blockEndsASentence(text, nextStart);
    }

    /**
     * Whether the lines from an offset up to the next blank line end as prose does, on a full stop: a wrapped paragraph
     * does; a press release's deck of headline lines ("X joins from Pfizer as CFO" / "Y joins from Novartis as CMO")
     * does not, and each of its lines is a sentence.
     */
    private static boolean blockEndsASentence(String text, int from) {
        int blank = text.indexOf("\n\n", from);
        String block = text.substring(from, blank < 0 ? text.length() : blank).strip();
        return block.isEmpty() || ".!?:;\"\u201d')]".indexOf(block.charAt(block.length() - 1)) >= 0;
    }

    /**
     * Mostly capitalized words: a headline or a byline. Numbers count for neither ("Updated: Monday, February 23,
     * 2026, 11:38 AM IST" is all capitals).
     */
    private static boolean looksLikeHeadline(String[] words) {
        int capitalized = 0;
        int lettered = 0;
        for (String w : words) {
            if (!w.isEmpty() && Character.isLetter(w.codePointAt(0))) {
                lettered++;
                capitalized += Character.isUpperCase(w.codePointAt(0)) ? 1 : 0;
            }
        }
        return lettered > 0 && capitalized * 10 >= lettered * 7;
    }
}
