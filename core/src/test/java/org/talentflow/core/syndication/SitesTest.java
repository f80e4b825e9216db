package org.talentflow.core.syndication;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SitesTest {

    @Test
    void theSiteIsTheHostWithoutWww() {
        assertThat(Sites.of("https://www.Example.com/news/a?x=1")).isEqualTo("example.com");
        assertThat(Sites.of("http://wire.example.org:8080/a")).isEqualTo("wire.example.org");
    }

    @Test
    void aMalformedUrlStillNamesItsHost() {
        assertThat(Sites.of("https://news.example.com/a story with spaces/%zz")).isEqualTo("news.example.com");
    }

    @Test
    void noUrlOrNoHostIsNoSite() {
        assertThat(Sites.of(null)).isNull();
        assertThat(Sites.of("  ")).isNull();
        assertThat(Sites.of("000_x.txt")).isNull();
    }
}
