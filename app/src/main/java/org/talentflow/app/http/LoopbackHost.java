package org.talentflow.app.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code Host} a request to a server on loopback may name. A page on any site can make a browser send requests
 * to 127.0.0.1 under its own name (DNS rebinding: evil.example resolves to 127.0.0.1); the browser then lets that
 * page read the answers, as they come from its own origin. Only a loopback name in {@code Host} proves that the
 * request was meant for this machine: {@code localhost} or a loopback address, with any port. Names are never
 * resolved: a name an attacker controls resolves to whatever he wants.
 */
final class LoopbackHost {

    /** A name or bracketed IPv6 literal, then an optional port. */
    private static final Pattern HOST = Pattern.compile("(?<name>\\[[0-9A-Fa-f:.]+]|[^:\\[\\]]+)(?::\\d{1,5})?");
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

    private LoopbackHost() {
    }

    /** The address a server binds to is on loopback (127.0.0.1, ::1, localhost). */
    static boolean isLoopbackBinding(String bindHost) {
        try {
            return InetAddress.getByName(bindHost).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** A {@code Host} header value that names this machine by its loopback name or address, with any port. */
    static boolean isLoopback(String hostHeader) {
        if (hostHeader == null) {
            return false;
        }
        Matcher m = HOST.matcher(hostHeader.strip());
        if (!m.matches()) {
            return false;
        }
        String name = m.group("name").toLowerCase(Locale.ROOT);
        if (name.equals("localhost")) {
            return true;
        }
        if (name.startsWith("[")) {
            try {
                // a bracketed literal is parsed, never looked up
                return InetAddress.getByName(name).isLoopbackAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }
        Matcher v4 = IPV4.matcher(name);
        if (!v4.matches()) {
            return false;
        }
        for (int i = 1; i <= 4; i++) {
            if (Integer.parseInt(v4.group(i)) > 255) {
                return false;
            }
        }
        return v4.group(1).equals("127");
    }
}
