package org.talentflow.core.source;

/**
 * An input that could not be read as articles.
 *
 * @param source the file (or "file.jsonl:17" for one line of it)
 * @param reason what is wrong, in words a user can act on
 */
public record ReadFailure(String source, String reason) {
    @Override
    public String toString() {
        return source + ": " + reason;
    }
}
