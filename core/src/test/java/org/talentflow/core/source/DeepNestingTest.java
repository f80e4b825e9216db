package org.talentflow.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.talentflow.core.domain.Document;
import org.talentflow.core.domain.Limits;

/** Pages nested far deeper than any real page: read in time linear in their size, the cut said in a note. */
class DeepNestingTest {

    private static String nested(int depth, String inside) {
        StringBuilder html = new StringBuilder("<html><body>");
        html.append("<div>".repeat(depth)).append(inside).append("</div>".repeat(depth));
        return html.append("</body></html>").toString();
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void twoHundredThousandNestedDivsAreReadAsTheTextOfTheirAncestorAtTheCap() {
        Document page = HtmlArticle.parse("deep.html",
                nested(200_000, "<p>Mara Quill has left Tindle Labs to join Orbwell as its research chief.</p>"));

        assertThat(page.text()).isEqualTo("Mara Quill has left Tindle Labs to join Orbwell as its research chief.");
        assertThat(page.notes()).containsExactly("HTML nested deeper than " + Limits.count(Limits.DEFAULT.htmlDepth())
                + " levels read as plain text (the page nests 200,003)");
    }

    @Test
    void aPageWithinTheCapIsReadBlockByBlockWithoutANote() {
        Document page = HtmlArticle.parse("shallow.html",
                nested(40, "<p>Mara Quill has left Tindle Labs.</p><p>She joins Orbwell in May.</p>"));

        assertThat(page.text()).isEqualTo("Mara Quill has left Tindle Labs.\n\nShe joins Orbwell in May.");
        assertThat(page.notes()).isEmpty();
    }

    @Test
    void flatteningCountsHowDeepThePageNested() {
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(nested(30, "<p>text</p>"));

        assertThat(DeepNesting.flatten(page, 10)).isEqualTo(33);
        assertThat(page.body().text()).isEqualTo("text");
        assertThat(DeepNesting.flatten(page, 10)).isZero();
    }
}
