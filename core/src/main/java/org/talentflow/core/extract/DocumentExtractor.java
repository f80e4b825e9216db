package org.talentflow.core.extract;

import org.talentflow.core.domain.Document;
import org.talentflow.core.domain.DocumentMoves;

/** Reads the moves a document reports; {@link MoveExtractor} is the pipeline, tests give others. Thread-safe. */
public interface DocumentExtractor {

    DocumentMoves extract(Document document);

    /**
     * Which extractor this is, as stored with the documents it extracted: two extractors of one version find the same
     * moves in the same text (see {@link ExtractorVersion}).
     */
    String version();
}
