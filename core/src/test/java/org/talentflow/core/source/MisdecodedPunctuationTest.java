package org.talentflow.core.source;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class MisdecodedPunctuationTest {

    /** What a page written in UTF-8 looks like after a reader took it for another code page. */
    private static String misread(String text, String codePage) {
        return new String(text.getBytes(StandardCharsets.UTF_8), Charset.forName(codePage));
    }

    @Test
    void punctuationReadAsWindows1252IsPutBack() {
        String meant = "Dana Whitfield left Amazon\u2019s robotics unit \u2014 \u201cfor good\u201d, she said \u2013 and more\u2026";

        assertThat(MisdecodedPunctuation.repair(misread(meant, "windows-1252"))).isEqualTo(meant);
    }

    @Test
    void aRightDoubleQuoteIsPutBackWhicheverWayItsMissingByteArrived() {
        assertThat(MisdecodedPunctuation.repair("\u00e2\u20ac\u0153Kestrel\u00e2\u20ac\u009d"))
                .isEqualTo("\u201cKestrel\u201d");
        assertThat(MisdecodedPunctuation.repair("\u00e2\u20ac\u0153Kestrel\u00e2\u20ac said"))
                .isEqualTo("\u201cKestrel\u201d said");
    }

    @Test
    void anApostropheReadAsGreekIsPutBackWholeOrAsALoneBeta() {
        assertThat(MisdecodedPunctuation.repair(misread("Amazon\u2019s lab", "windows-1253"))).isEqualTo("Amazon\u2019s lab");
        assertThat(MisdecodedPunctuation.repair("Amazon\u03b2s lab, she didn\u03b2t say; the founders\u03b2 stake"))
                .isEqualTo("Amazon\u2019s lab, she didn\u2019t say; the founders\u2019 stake");
    }

    @Test
    void greekWordsAndBetaAsASymbolStay() {
        String greek = "\u0391\u03bb\u03c6\u03ac\u03b2\u03b7\u03c4\u03bf \u03b1\u03b2\u03b3, \u03b2-catenin, TGF\u03b2 signalling, "
                + "\u03b2 = 0.5, IL-1\u03b2s";

        assertThat(MisdecodedPunctuation.repair(greek)).isEqualTo(greek);
    }

    @Test
    void correctTextIsUntouched() {
        String text = "Ren\u00e9e C\u00f4t\u00e9 joined \u00c2ge Labs\u2019 team \u2014 \u201cgladly\u201d.";

        assertThat(MisdecodedPunctuation.repair(text)).isEqualTo(text);
    }

    @Test
    void everyReaderGetsTheRepairThroughTheCleaner() {
        assertThat(ArticleCleaner.clean("Dana Whitfield left Amazon\u00e2\u20ac\u2122s robotics unit."))
                .isEqualTo("Dana Whitfield left Amazon\u2019s robotics unit.");
    }
}
