package org.talentflow.core.pipeline;

/**
 * A sentence of a document.
 *
 * @param text  the sentence as it stands in the document text
 * @param begin its character offset in the document text
 * @param end   offset one past its end
 * @param index its position among the document's sentences
 */
public record Sentence(String text, int begin, int end, int index) {
}
