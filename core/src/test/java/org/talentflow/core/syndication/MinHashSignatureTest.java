package org.talentflow.core.syndication;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** Signatures and the near-duplicate decision on short texts of our own. */
class MinHashSignatureTest {

    static final String STORY = """
            Maria Gonzalez, who led the speech recognition team at Acme for six years, has joined Globex as its \
            chief scientist, the company said on Tuesday. Gonzalez will report to Globex chief executive Hank \
            Scorpio and will build a new research group in Cypress Creek focused on spoken language models. At \
            Acme she oversaw the launch of the voice assistant used in the company's phones. Acme said it wished \
            her well and that the speech team would be led in the interim by her deputy, Tom Baker. Globex has \
            hired more than twenty researchers from rival labs this year.""";

    static MinHashSignature signature(String text) {
        return MinHashSignature.of(text).orElseThrow();
    }

    static boolean copies(String a, String b) {
        return NearDuplicates.copies(a, signature(a), b, signature(b));
    }

    @Test
    void aSyndicatedCopyWithAnotherHeadlineBylineAndFooterIsANearDuplicate() {
        String copy = "Globex poaches Acme speech chief\n\nBy Jane Smith, Wire Services\n\n" + STORY
                + "\n\nCopyright 2025 Wire Services. All rights reserved. Reporting by Jane Smith; editing by Ed Lee.";

        assertThat(copies(copy, STORY)).isTrue();
    }

    @Test
    void aCopyWithAFewWordsEditedIsANearDuplicate() {
        String edited = STORY.replace("on Tuesday", "this week").replace("six years", "seven years")
                .replace("wished her well", "thanked her").replace("rival labs", "competing laboratories");

        assertThat(signature(edited).similarity(signature(STORY))).isBetween(0.5, 0.95);
        assertThat(copies(edited, STORY)).isTrue();
    }

    @Test
    void punctuationCaseAndSpacingDoNotMakeADifference() {
        String retyped = STORY.toUpperCase().replace(",", " ,").replace(". ", ".\n\n").replace("'", "\u2019");

        assertThat(signature(retyped)).isEqualTo(signature(STORY));
    }

    @Test
    void aDifferentStoryAboutTheSamePeopleIsNotANearDuplicate() {
        String later = """
                Maria Gonzalez, chief scientist at Globex, is leaving the company to found her own start-up, \
                according to two people familiar with the matter. Gonzalez joined Globex from Acme last year \
                after building its speech recognition team. Her new company will sell voice tools to hospitals \
                and has raised seed funding from investors in Cypress Creek. Hank Scorpio declined to comment, \
                and Tom Baker, who now runs the speech team at Acme, did not reply to a request.""";

        assertThat(signature(later).similarity(signature(STORY))).isLessThan(0.2);
        assertThat(copies(later, STORY)).isFalse();
    }

    @Test
    void aCopySharesAnLshBandWithItsStoryAndFarTextsShareNone() {
        String copy = "By Jane Smith\n\n" + STORY + "\n\nAll rights reserved.";
        String other = """
                Initech said on Monday that its finance chief Peter Gibbons would retire at the end of the quarter \
                after two decades with the company. The board has begun a search for a successor and will consider \
                internal and external candidates, a spokesperson said. Gibbons oversaw three acquisitions.""";

        assertThat(shared(signature(copy).bandKeys(), signature(STORY).bandKeys())).isPositive();
        assertThat(shared(signature(other).bandKeys(), signature(STORY).bandKeys())).isZero();
    }

    @Test
    void aVeryShortTextHasNoSignature() {
        assertThat(MinHashSignature.of("Chen Wei left Initech to found Hooli.")).isEmpty();
        assertThat(MinHashSignature.of("")).isEmpty();
    }

    @Test
    void chineseTextIsShingledByCharacter() {
        String story = "据知情人士透露，阿里巴巴通义实验室语音团队负责人已于今年二月离职，加入京东探索研究院，负责语音大模型的研发工作。";
        String copy = "【新闻】" + story + "（来源：新闻网）";

        assertThat(Shingles.words("语音团队")).containsExactly("语", "音", "团", "队");
        assertThat(copies(copy, story)).isTrue();
    }

    @Test
    void aStoredSignatureReadsBackEqualAndAnotherSchemeIsRefused() {
        MinHashSignature s = signature(STORY);
        byte[] bytes = s.toBytes();

        assertThat(MinHashSignature.fromBytes(bytes)).contains(s);
        byte[] otherVersion = Arrays.copyOf(bytes, bytes.length);
        otherVersion[0] = 99;
        assertThat(MinHashSignature.fromBytes(otherVersion)).isEmpty();
        assertThat(MinHashSignature.fromBytes(new byte[3])).isEmpty();
        assertThat(MinHashSignature.fromBytes(null)).isEmpty();
    }

    private static long shared(long[] a, long[] b) {
        return Arrays.stream(a).filter(k -> Arrays.stream(b).anyMatch(x -> x == k)).count();
    }

    @Test
    void anotherHireInTheSameCompanyTemplateSharesTheWordingButIsNotACopy() {
        String release = "Globex today announced the appointment of %s as chief financial officer, effective %s. %s "
                + "joins from %s. About Globex: Globex is a leading provider of industrial software to manufacturers "
                + "around the world. Founded in Cypress Creek in 1998, the company employs more than twelve thousand "
                + "people in forty countries and is listed on the Nasdaq stock exchange. Forward-looking statements in "
                + "this release involve risks and uncertainties described in the company's annual report.";
        String one = release.formatted("Ana Silva", "March 1", "Silva", "Tencent");
        String other = release.formatted("Mei Zhang", "May 15", "Zhang", "Xiaomi");

        assertThat(signature(one).similarity(signature(other))).isGreaterThanOrEqualTo(NearDuplicates.SAME_WORDING);
        assertThat(copies(one, other)).isFalse();
    }
}
