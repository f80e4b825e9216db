package org.talentflow.app.feed;

import java.util.List;

/**
 * What one poll of one feed did.
 *
 * @param feed         the feed's location
 * @param status       updated, not modified, or failed as a whole
 * @param error        why the feed failed as a whole, or null
 * @param entries      entries in the feed
 * @param newEntries   entries not seen before
 * @param pagesFetched linked pages fetched for entries that held only a summary
 * @param stored       new entries now in the store
 * @param newMoves     moves the new entries added
 * @param entryErrors  entries that could not be taken, each "LINK-OR-ID: reason"; they are tried again next poll
 */
public record PollResult(String feed, Status status, String error, int entries, int newEntries, int pagesFetched,
                         int stored, int newMoves, List<String> entryErrors) {

    public enum Status { UPDATED, NOT_MODIFIED, FAILED }

    public PollResult {
        entryErrors = List.copyOf(entryErrors);
    }

    static PollResult notModified(String feed) {
        return new PollResult(feed, Status.NOT_MODIFIED, null, 0, 0, 0, 0, 0, List.of());
    }

    static PollResult failed(String feed, String error) {
        return new PollResult(feed, Status.FAILED, error, 0, 0, 0, 0, 0, List.of());
    }

    /** The feed or one of its entries could not be taken. */
    public boolean hasFailures() {
        return status == Status.FAILED || !entryErrors.isEmpty();
    }

    public String describe() {
        return switch (status) {
            case NOT_MODIFIED -> feed + ": not modified";
            case FAILED -> feed + ": failed: " + error;
            case UPDATED -> String.format("%s: %d entries, %d new (%d %s fetched), %d stored, moves new: %d%s", feed,
                    entries, newEntries, pagesFetched, pagesFetched == 1 ? "page" : "pages", stored, newMoves,
                    entryErrors.isEmpty() ? "" : ", " + entryErrors.size() + " failed");
        };
    }
}
