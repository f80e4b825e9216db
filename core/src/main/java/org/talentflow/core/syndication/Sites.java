package org.talentflow.core.syndication;

import java.net.URI;
import java.util.Locale;

/** The site an article was published on: its URL's host, lower case, without "www.". */
public final class Sites {

    private Sites() {
    }

    /** The site of a URL, or null when there is no URL or it names no host. */
    public static String of(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String host;
        try {
            host = URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            // Feeds carry URLs with spaces or bad escapes; the host is still the part after "//".
            host = hostByHand(url.strip());
        }
        if (host == null || host.isBlank()) {
            return null;
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private static String hostByHand(String url) {
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            return null;
        }
        String rest = url.substring(scheme + 3);
        int end = rest.length();
        for (char c : new char[]{'/', '?', '#', ':'}) {
            int i = rest.indexOf(c);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        String host = rest.substring(0, end);
        int at = host.lastIndexOf('@');
        return at >= 0 ? host.substring(at + 1) : host;
    }
}
