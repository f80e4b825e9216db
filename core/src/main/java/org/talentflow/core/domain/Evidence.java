package org.talentflow.core.domain;

/**
 * The sentence that reports a move, located in its document.
 *
 * @param doc      the document's name
 * @param sentence the sentence text as it stands in the document
 * @param start    character offset of the sentence in {@link Document#text()}
 * @param end      offset one past its last character
 */
public record Evidence(String doc, String sentence, int start, int end) {
}
