package org.talentflow.core.source;

/**
 * A record of an archive that is not an article and was passed over on purpose (a request, an image, a 404), as
 * opposed to a {@link ReadFailure}. Runs count them by reason.
 *
 * @param source the archive and the record ("news.warc.gz#urn:uuid:...")
 * @param reason why it is not an article, in a few words shared by records alike ("request record", "HTTP 404",
 *               "not HTML: image/jpeg")
 */
public record SkippedRecord(String source, String reason) {
}
