package org.talentflow.app.feed;

import java.net.URI;

/**
 * A response with a body, or an unchanged resource (a 304 to a conditional GET, a feed file not touched since).
 *
 * @param notModified  nothing changed since the validators sent; there is no body
 * @param body         the bytes, or null when not modified
 * @param contentType  the {@code Content-Type} header, or null
 * @param etag         the {@code ETag} to send next time, or null
 * @param lastModified the {@code Last-Modified} to send next time, or null
 * @param uri          where the body came from after redirects
 */
public record Fetched(boolean notModified, byte[] body, String contentType, String etag, String lastModified, URI uri) {

    public static Fetched unchanged(URI uri) {
        return new Fetched(true, null, null, null, null, uri);
    }

    /** The charset parameter of the content type, or null. */
    public String charset() {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                return p.substring(8).replace("\"", "").strip();
            }
        }
        return null;
    }
}
