package org.talentflow.core.ingest;

/**
 * What saving one document did.
 *
 * @param duplicate    the same text was already stored: nothing changed
 * @param newMoves     moves the document reported first
 * @param corroborated stored moves it reported again (a further source, or a syndicated copy of one)
 * @param copyOf       for a near-duplicate of a stored story (a syndicated copy), the name of the story's first
 *                     document; null for an original
 */
public record SaveResult(boolean duplicate, int newMoves, int corroborated, String copyOf) {

    /** What a text already stored comes to: nothing changed. */
    public static final SaveResult DUPLICATE = new SaveResult(true, 0, 0, null);

    public boolean nearDuplicate() {
        return copyOf != null;
    }
}
