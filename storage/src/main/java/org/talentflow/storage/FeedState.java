package org.talentflow.storage;

/**
 * What the store remembers of a polled feed: the validators of its last full response, sent back as
 * {@code If-None-Match} and {@code If-Modified-Since} so that an unchanged feed answers 304.
 *
 * @param location     the feed's URL or file path, as the user gave it
 * @param etag         the last {@code ETag}, or null
 * @param lastModified the last {@code Last-Modified}, verbatim, or null
 */
public record FeedState(String location, String etag, String lastModified) {

    /** A feed never polled: no validators. */
    public static FeedState fresh(String location) {
        return new FeedState(location, null, null);
    }
}
