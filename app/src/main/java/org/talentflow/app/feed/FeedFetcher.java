package org.talentflow.app.feed;

import org.talentflow.storage.FeedState;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A feed by location: an http(s) URL fetched with a conditional GET, or a file read again only when its
 * modification time or size changed (kept in the same validator slot as an HTTP {@code Last-Modified}).
 */
public final class FeedFetcher {

    private static final String ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, "
            + "text/xml;q=0.9, */*;q=0.5";

    private final HttpFetcher http;
    private final long maxBytes;

    public FeedFetcher(HttpFetcher http, long maxBytes) {
        this.http = http;
        this.maxBytes = maxBytes;
    }

    public static boolean isUrl(String location) {
        String l = location.toLowerCase(Locale.ROOT);
        return l.startsWith("http://") || l.startsWith("https://");
    }

    public Fetched fetch(String location, FeedState state) throws FetchFailed {
        if (isUrl(location)) {
            URI uri;
            try {
                uri = URI.create(location);
            } catch (IllegalArgumentException e) {
                throw new FetchFailed("not a valid URL");
            }
            return http.get(uri, ACCEPT, state.etag(), state.lastModified());
        }
        return readFile(location, state);
    }

    private Fetched readFile(String location, FeedState state) throws FetchFailed {
        Path file;
        try {
            file = Path.of(location);
        } catch (InvalidPathException e) {
            throw new FetchFailed("not a file path or http(s) URL");
        }
        if (!Files.isRegularFile(file)) {
            throw new FetchFailed("no such file");
        }
        try {
            long size = Files.size(file);
            String stamp = Files.getLastModifiedTime(file) + " " + size + " bytes";
            if (stamp.equals(state.lastModified())) {
                return Fetched.unchanged(file.toUri());
            }
            if (size > maxBytes) {
                throw new FetchFailed("too large: " + size + " bytes; the limit is " + (maxBytes >> 20) + " MB");
            }
            return new Fetched(false, Files.readAllBytes(file), null, null, stamp, file.toUri());
        } catch (IOException e) {
            throw new FetchFailed("cannot read: " + e.getMessage());
        }
    }
}
