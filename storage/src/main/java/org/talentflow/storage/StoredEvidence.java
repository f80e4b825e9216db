package org.talentflow.storage;

import java.time.LocalDate;

/** One sentence of one article that reported a stored move; documentId finds the article and its whole text. */
public record StoredEvidence(long documentId, String doc, String url, String title, LocalDate published, String sentence, int start,
                             int end, double confidence) {
}
