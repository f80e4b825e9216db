package org.talentflow.storage;

import java.time.LocalDate;

/** One sentence of one article that reported a stored move. */
public record StoredEvidence(String doc, String url, String title, LocalDate published, String sentence, int start,
                             int end, double confidence) {
}
