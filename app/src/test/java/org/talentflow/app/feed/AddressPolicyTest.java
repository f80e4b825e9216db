package org.talentflow.app.feed;

import org.junit.jupiter.api.Test;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a feed may make the fetcher reach by default: the public internet, nothing inside. All literals, no DNS. */
class AddressPolicyTest {

    private static String refusal(String literal) throws UnknownHostException {
        return AddressPolicy.PUBLIC_ONLY.refusal(InetAddress.getByName(literal));
    }

    @Test
    void internalAddressesAreRefusedWithTheirKind() throws UnknownHostException {
        assertThat(refusal("127.0.0.1")).isEqualTo("a loopback address");
        assertThat(refusal("127.44.0.9")).isEqualTo("a loopback address");
        assertThat(refusal("::1")).isEqualTo("a loopback address");
        for (String ip : List.of("10.0.0.1", "172.16.0.1", "172.31.255.255", "192.168.1.1", "100.64.0.1", "fc00::1",
                "fd12:3456::1")) {
            assertThat(refusal(ip)).as(ip).isEqualTo("a private address");
        }
        assertThat(refusal("169.254.169.254")).isEqualTo("a link-local address");
        assertThat(refusal("fe80::1")).isEqualTo("a link-local address");
        assertThat(refusal("224.0.0.1")).isEqualTo("a multicast address");
        assertThat(refusal("ff02::1")).isEqualTo("a multicast address");
        assertThat(refusal("0.0.0.0")).isEqualTo("an unspecified address");
        assertThat(refusal("0.1.2.3")).isEqualTo("an unspecified address");
        assertThat(refusal("::")).isEqualTo("an unspecified address");
        assertThat(refusal("255.255.255.255")).isEqualTo("a broadcast address");
    }

    @Test
    void ipv4InsideIpv6IsJudgedAsTheIpv4ItCarries() throws UnknownHostException {
        byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 127, 0, 0, 1};
        assertThat(AddressPolicy.PUBLIC_ONLY.refusal(Inet6Address.getByAddress(null, mapped, -1)))
                .isEqualTo("a loopback address");
        assertThat(refusal("::ffff:10.1.2.3")).isEqualTo("a private address");
        assertThat(refusal("::127.0.0.1")).isEqualTo("a loopback address");
        assertThat(refusal("64:ff9b::a9fe:a9fe")).isEqualTo("a link-local address");
        assertThat(refusal("2002:c0a8:0101::1")).isEqualTo("a private address");
        assertThat(refusal("::ffff:93.184.216.34")).isNull();
    }

    @Test
    void publicAddressesAndTheirNeighboursAreAllowed() throws UnknownHostException {
        for (String ip : List.of("93.184.216.34", "8.8.8.8", "172.32.0.1", "172.15.255.255", "192.169.0.1",
                "100.128.0.1", "1.1.1.1", "2606:4700:4700::1111", "2a00:1450:4001::200e")) {
            assertThat(refusal(ip)).as(ip).isNull();
        }
    }

    @Test
    void anyAllowsEverything() throws UnknownHostException {
        assertThat(AddressPolicy.ANY.refusal(InetAddress.getByName("127.0.0.1"))).isNull();
    }
}
