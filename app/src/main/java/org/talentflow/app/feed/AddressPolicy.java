package org.talentflow.app.feed;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * Which addresses the fetcher may connect to. Feeds and the pages their entries link to are written by strangers:
 * by default nothing on this machine or its networks may be reached through them (server-side request forgery: a
 * link to 127.0.0.1:5432, 169.254.169.254 or a router's admin page), only the public internet.
 */
@FunctionalInterface
public interface AddressPolicy {

    /** Why this address may not be fetched ("a loopback address"), or null when it may. */
    String refusal(InetAddress address);

    /** Any address: for a user who reads feeds on his own network on purpose ({@code --allow-private-hosts}). */
    AddressPolicy ANY = address -> null;

    /**
     * Public addresses only. Refused: loopback (127/8, ::1), private (10/8, 172.16/12, 192.168/16, 100.64/10 shared,
     * fc00::/7, fec0::/10), link-local (169.254/16, fe80::/10), multicast, broadcast, unspecified (0/8, ::), and any of
     * these inside an IPv6 address (IPv4-mapped ::ffff:0:0/96, IPv4-compatible ::/96, NAT64 64:ff9b::/96, 6to4 2002::/16).
     */
    AddressPolicy PUBLIC_ONLY = AddressPolicy::internalKind;

    private static String internalKind(InetAddress address) {
        if (address instanceof Inet6Address) {
            Inet4Address inside = embeddedIpv4(address.getAddress());
            if (inside != null) {
                return internalKind(inside);
            }
        }
        if (address.isAnyLocalAddress()) {
            return "an unspecified address";
        }
        if (address.isLoopbackAddress()) {
            return "a loopback address";
        }
        if (address.isLinkLocalAddress()) {
            return "a link-local address";
        }
        if (address.isSiteLocalAddress()) {
            return "a private address";
        }
        if (address.isMulticastAddress()) {
            return "a multicast address";
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 0) {
                return "an unspecified address";
            }
            if (first == 100 && (second & 0xc0) == 64) {
                return "a private address";
            }
            if (first == 255 && second == 255 && (b[2] & 0xff) == 255 && (b[3] & 0xff) == 255) {
                return "a broadcast address";
            }
        } else if ((b[0] & 0xfe) == 0xfc) {
            return "a private address";
        }
        return null;
    }

    /** The IPv4 address an IPv6 one carries (mapped, compatible, NAT64, 6to4), or null. */
    private static Inet4Address embeddedIpv4(byte[] b) {
        byte[] zeros = new byte[16];
        boolean firstTenZero = Arrays.equals(b, 0, 10, zeros, 0, 10);
        boolean mapped = firstTenZero && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = firstTenZero && b[10] == 0 && b[11] == 0 && !Arrays.equals(b, 12, 15, zeros, 0, 3);
        boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
                && Arrays.equals(b, 4, 12, zeros, 0, 8);
        try {
            if (mapped || compatible || nat64) {
                return (Inet4Address) InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16));
            }
            if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
                return (Inet4Address) InetAddress.getByAddress(Arrays.copyOfRange(b, 2, 6));
            }
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are an IPv4 address", e);
        }
        return null;
    }
}
