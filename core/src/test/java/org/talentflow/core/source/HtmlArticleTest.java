package org.talentflow.core.source;

import org.junit.jupiter.api.Test;
import org.talentflow.core.domain.Document;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages shaped like real news sites: charsets from headers and meta tags, dates, and the furniture around the story. */
class HtmlArticleTest {

    private static final String STORY = "Anna Berg, formerly head of research at Acme, has joined Globex as chief scientist, "
            + "the company said on Tuesday. She will lead a team of forty researchers in Zurich.";
    private static final String MORE = "Berg spent six years at Acme, where she built its speech recognition group "
            + "from a handful of engineers into a lab of more than a hundred people.";

    private static Document page(String html) {
        return HtmlArticle.parse("p.html", html);
    }

    @Test
    void theHttpHeaderCharsetOutranksAWrongMetaTag() {
        String html = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>阿里巴巴的研究员加入了京东。</p></body></html>";
        byte[] gbk = html.getBytes(Charset.forName("GBK"));

        assertThat(HtmlArticle.parse("zh.html", gbk, "GBK").text()).isEqualTo("阿里巴巴的研究员加入了京东。");
    }

    @Test
    void httpEquivContentTypeDeclaresTheCharset() {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=big5\"></head>"
                + "<body><p>通義實驗室的負責人加入京東。</p></body></html>";

        assertThat(HtmlArticle.parse("tw.html", html.getBytes(Charset.forName("Big5"))).text())
                .isEqualTo("通義實驗室的負責人加入京東。");
    }

    @Test
    void utf8BytesUnderAnOldLatinLabelAreReadAsUtf8() {
        String html = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>José Núñez joined Société Générale.</p></body></html>";

        assertThat(HtmlArticle.parse("fr.html", html.getBytes(StandardCharsets.UTF_8)).text())
                .isEqualTo("José Núñez joined Société Générale.");
    }

    @Test
    void windows1252PagesWithoutDeclarationAreDetected() {
        String html = "<html><body><p>José Núñez, the café chain's former chief, joined Société Générale in Zürich.</p></body></html>";

        assertThat(HtmlArticle.parse("w.html", html.getBytes(Charset.forName("windows-1252"))).text())
                .contains("José Núñez").contains("Zürich");
    }

    @Test
    void jsonLdGraphGivesTheArticlesDateNotThePagesDate() {
        Document d = page("""
                <html><head><script type="application/ld+json">
                {"@context":"https://schema.org","@graph":[
                  {"@type":"WebPage","datePublished":"2019-01-01"},
                  {"@type":["NewsArticle"],"headline":"Globex hires","datePublished":"2025-02-03T08:00:00+08:00"}]}
                </script></head><body><p>%s</p></body></html>""".formatted(STORY));

        assertThat(d.published()).isEqualTo(LocalDate.of(2025, 2, 3));
    }

    @Test
    void sloppyJsonLdWithRawNewlinesAndTrailingCommasStillGivesTheDate() {
        Document d = page("<html><head><script type=\"application/ld+json\"><!--\n{\"@type\":\"NewsArticle\",\n"
                + "\"description\":\"two\nlines\",\"datePublished\":\"2024-11-05\",}\n--></script></head>"
                + "<body><p>" + STORY + "</p></body></html>");

        assertThat(d.published()).isEqualTo(LocalDate.of(2024, 11, 5));
    }

    @Test
    void aModificationDateIsNotAPublicationDate() {
        Document d = page("<html><head><meta property=\"article:modified_time\" content=\"2025-06-01T00:00:00Z\"></head>"
                + "<body><p>" + STORY + "</p></body></html>");

        assertThat(d.published()).isNull();
    }

    @Test
    void microdataTimeAndTheDatelineAreLaterFallbacks() {
        Document microdata = page("<html><body><article><time itemprop=\"datePublished\" datetime=\"2023-09-14T10:00\">Sept 14</time>"
                + "<p>" + STORY + "</p></article></body></html>");
        Document dateline = page("<html><body><div class=\"story\"><p>ZURICH, March 3, 2025 - " + STORY + "</p></div></body></html>");

        assertThat(microdata.published()).isEqualTo(LocalDate.of(2023, 9, 14));
        assertThat(dateline.published()).isEqualTo(LocalDate.of(2025, 3, 3));
    }

    @Test
    void theHeadlineIsTheH1WhenThePageTitleAddsTheSiteName() {
        Document d = page("<html><head><title>Globex hires Anna Berg | Example News</title></head>"
                + "<body><h1>Globex hires Anna Berg</h1><p>" + STORY + "</p></body></html>");

        assertThat(d.title()).isEqualTo("Globex hires Anna Berg");
    }

    @Test
    void aLayoutWrapperNamedForItsSidebarStillHoldsTheStory() {
        Document d = page("""
                <html><body><div class="layout-with-sidebar">
                  <div class="story-body"><p>%s</p><p>%s</p></div>
                  <div class="sidebar-widget"><p>Trending: a celebrity chef opened a bakery downtown.</p></div>
                </div></body></html>""".formatted(STORY, MORE));

        assertThat(d.text()).contains("has joined Globex").contains("speech recognition group").doesNotContain("bakery");
    }

    @Test
    void relatedStoriesBylinesAndLinkListsAroundAndInsideTheArticleAreDropped() {
        Document d = page("""
                <html><body>
                <article class="post has-comments">
                  <p class="byline">By Jane Doe, Staff Writer</p>
                  <p>%s</p>
                  <div class="relatedStories"><p>Initech names Tom Baker finance chief after a long search for a successor.</p></div>
                  <p>%s</p>
                  <h3>More stories</h3>
                  <ul><li><a href="/a">Hooli opens a lab in Lisbon</a></li><li><a href="/b">Pied Piper raises new money</a></li></ul>
                  <p><strong>Read more:</strong> <a href="/c">Why everyone is leaving Initech this spring</a></p>
                </article>
                <div class="rail"><article class="related-story"><p>Ben Ode left Initech for Hooli in a move that surprised analysts.</p></article></div>
                </body></html>""".formatted(STORY, MORE));

        assertThat(d.text()).startsWith("Anna Berg").contains("speech recognition group")
                .doesNotContain("Jane Doe").doesNotContain("Tom Baker").doesNotContain("More stories")
                .doesNotContain("Lisbon").doesNotContain("leaving Initech").doesNotContain("Ben Ode");
    }

    @Test
    void commentsLongerThanTheStoryAreStillNotTheStory() {
        String comment = "<p>I always thought Acme treated its researchers badly and this proves it, honestly, what a mess.</p>";
        Document d = page("<html><body><div class=\"content\"><p>" + STORY + "</p></div>"
                + "<div id=\"comments\">" + comment.repeat(8) + "</div></body></html>");

        assertThat(d.text()).contains("has joined Globex").doesNotContain("treated its researchers");
    }

    @Test
    void cookieBannersAreDroppedByNameAndByWording() {
        Document d = page("""
                <html><body>
                <div id="onetrust-consent-sdk"><p>Manage your privacy choices for this publication and our partners.</p></div>
                <div class="notice"><p>We use cookies and similar technologies to improve your experience, personalise content
                and ads, and analyse our traffic. By clicking Accept you agree to the storing of cookies on your device as
                described in our policy, which you can change at any time.</p></div>
                <main><p>%s</p></main></body></html>""".formatted(STORY));

        assertThat(d.text()).isEqualTo(STORY);
    }

    @Test
    void pagesWrittenAsDivsAndLineBreaksKeepTheirText() {
        Document d = page("<html><body><div id=\"text\">" + STORY + "<br><br>" + MORE + "</div></body></html>");

        assertThat(d.text()).contains("has joined Globex").contains("speech recognition group");
    }

    @Test
    void aSentenceStartingWithByIsNotAByline() {
        String text = "By March, Anna Berg had left Acme.\nBy Jane Doe and Li Wei | Reuters\nBY ANNA BERG";

        assertThat(ArticleCleaner.clean(text)).isEqualTo("By March, Anna Berg had left Acme.");
    }

    @Test
    void feedContentFragmentsKeepEveryParagraph() {
        String text = HtmlArticle.fragment("<p>" + STORY + "</p><p>" + MORE + "</p><div class=\"share\">Share on X</div>").text();

        assertThat(text).isEqualTo(STORY + "\n\n" + MORE);
    }
}
