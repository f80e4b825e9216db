package org.talentflow.app.feed;

/** A fetch that gave nothing usable; the message is the reason ("HTTP 500", "timed out after 10 s"). */
public final class FetchFailed extends Exception {
    public FetchFailed(String reason) {
        super(reason);
    }
}
