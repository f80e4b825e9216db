package org.talentflow.storage;

import java.time.LocalDate;

/**
 * One sentence of one article that reported a stored move.
 *
 * @param documentId finds the article and its whole text
 * @param site       the host of the article's URL, or null
 * @param copyOf     when the article is a syndicated copy, the name of its story's first document; null for an original
 */
public record StoredEvidence(long documentId, String doc, String url, String title, LocalDate published, String sentence,
                             int start, int end, double confidence, String site, String copyOf) {
}
