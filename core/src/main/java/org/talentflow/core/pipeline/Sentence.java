package org.talentflow.core.pipeline;

/**
 * A sentence of a document.
 *
 * @param text   the sentence as it stands in the document text
 * @param begin  its character offset in the document text
 * @param end    offset one past its end
 * @param index  its position among the document's sentences
 * @param tokens how many tokens the splitter found in it
 */
public record Sentence(String text, int begin, int end, int index, int tokens) {

    /** A sentence whose tokens were not counted (a test's own sentence): one token a word. */
    public Sentence(String text, int begin, int end, int index) {
        this(text, begin, end, index, text.isBlank() ? 0 : text.strip().split("\\s+").length);
    }
}
