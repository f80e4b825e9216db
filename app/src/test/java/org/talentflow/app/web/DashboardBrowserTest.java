package org.talentflow.app.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.talentflow.app.Main;
import org.talentflow.app.http.ApiServer;
import org.talentflow.core.domain.Document;
import org.talentflow.core.domain.Evidence;
import org.talentflow.core.domain.Move;
import org.talentflow.core.domain.MoveKind;
import org.talentflow.core.domain.OrgRef;
import org.talentflow.storage.MoveStore;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard as a user sees it in a real browser, over the demo data (the bundled sample articles, ingested once
 * for the class): the Sankey diagram, a click through to an organization, a band's moves, a move's evidence marked
 * in its article, the search box. Saves a screenshot of the dashboard to target/screenshots/dashboard.png.
 */
@BrowserTest
class DashboardBrowserTest {

    private static final Path SAMPLES = Path.of("..", "samples", "news").toAbsolutePath().normalize();
    private static final Path SCREENSHOT = Path.of("target", "screenshots", "dashboard.png");

    @TempDir
    static Path folder;

    static MoveStore store;
    static ApiServer server;
    static Browser browser;
    static String base;

    @BeforeAll
    static void start() {
        Browser.requireChromium();
        assertThat(Main.run("ingest", SAMPLES.toString(), "--db", folder.toString())).isZero();
        store = MoveStore.open(folder.toString());
        // One move told as background, as the extractor keeps it: with half its confidence.
        Document background = new Document("background.txt", null, "Profile", LocalDate.of(2025, 8, 1),
                "Lin Wei, who joined Baidu years ago, spoke at the event.");
        store.save(background, List.of(new Move("Lin Wei", MoveKind.JOIN, null, OrgRef.of("Baidu"), null, null, 0.45,
                new Evidence("background.txt", background.text(), 0, background.text().length()))));
        // A Chinese name, as Chinese news writes it.
        Document chinese = new Document("zh.txt", null, "周畅加盟字节跳动", LocalDate.of(2024, 7, 20), "周畅已离开阿里巴巴，加入字节跳动。");
        store.save(chinese, List.of(new Move("周畅", MoveKind.MOVE, OrgRef.of("Alibaba Group"), OrgRef.of("ByteDance"), null,
                "2024-07", 0.9, new Evidence("zh.txt", chinese.text(), 0, chinese.text().length()))));
        server = ApiServer.start(store, "127.0.0.1", 0, null, () -> null);
        base = "http://127.0.0.1:" + server.port() + "/";
        browser = Browser.open();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    /** Loads a page afresh and waits until the router has put it in place. */
    static void open(String hash, String page) {
        browser.load(base + hash);
        awaitPage(page);
    }

    static void awaitPage(String page) {
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main[data-page='" + page + "']")));
    }

    static WebElement awaitSankey() {
        return browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#sankey[data-rendered='true']")));
    }

    static String mainText() {
        return browser.driver.findElement(By.id("main")).getText();
    }

    @Test
    void theDashboardDrawsTheSankeyOfTheDemoFlows() {
        open("#/", "dashboard");
        WebElement sankey = awaitSankey();

        @SuppressWarnings("unchecked")
        List<String> nodes = (List<String>) browser.script("return echarts.getInstanceByDom(arguments[0]).getOption()"
                + ".series[0].data.map(d => d.name)", sankey);
        List<String> labels = sankey.findElements(By.cssSelector("svg text")).stream().map(WebElement::getText).toList();
        int bands = sankey.findElements(By.cssSelector("svg path")).size();

        assertThat(nodes).contains("from:Alibaba Group", "to:JD.com", "to:Tencent", "to:ByteDance", "from:OpenAI");
        assertThat(labels).contains("Alibaba Group", "JD.com", "Tencent", "OpenAI", "Anthropic");
        assertThat(bands).isGreaterThan(nodes.size());
        assertThat(mainText()).contains("Talent flows").contains("each band runs from").contains("articles read")
                .contains("Net talent flow").contains("Latest moves");
        browser.driver.manage().window().setSize(new Dimension(1300, 2300));
        try {
            browser.screenshot(SCREENSHOT);
        } finally {
            browser.driver.manage().window().setSize(new Dimension(1300, 1600));
        }
        assertThat(SCREENSHOT).isNotEmptyFile();
    }

    @Test
    void clickingAnOrganizationInTheRankingOpensItsPageWithItsDepartures() {
        open("#/", "dashboard");

        browser.driver.findElement(By.xpath("//table[@id='net-ranking']//a[text()='Alibaba Group']")).click();
        awaitPage("org");
        WebElement departures = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("departures")));

        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Alibaba Group");
        assertThat(departures.getText()).contains("Yan Zhijie").contains("Bo Liefeng").contains("Zhou Chang");
        assertThat(mainText()).contains("Where its people went").contains("JD.com").contains("Hangzhou");
    }

    @Test
    void clickingASankeyNodeOpensThatOrganization() {
        open("#/", "dashboard");
        WebElement sankey = awaitSankey();

        browser.clickAt(sankey, Sankey.nodeCentre(browser, sankey, "from:OpenAI"));
        awaitPage("org");

        assertThat(browser.driver.getCurrentUrl()).endsWith("#/org/OpenAI");
        assertThat(browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("departures"))).getText())
                .contains("Ilya Sutskever").contains("Andrej Karpathy");
    }

    @Test
    void clickingABandListsItsMovesWithTheirEvidence() {
        open("#/", "dashboard");
        WebElement sankey = awaitSankey();

        browser.clickAt(sankey, Sankey.bandMiddle(browser, sankey, "from:Alibaba Group", "to:JD.com"));
        WebElement panel = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#flow-panel li.move")));

        assertThat(browser.driver.findElement(By.id("flow-panel")).getText()).contains("Alibaba Group → JD.com");
        assertThat(panel.getText()).contains("Yan Zhijie").contains("Evidence");
        assertThat(panel.findElement(By.cssSelector("q.sentence")).getText()).contains("Explore Academy");
    }

    @Test
    void aMovePageShowsItsEvidenceSentenceMarkedInTheArticle() {
        open("#/person/Yan%20Zhijie", "person");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("timeline")))
                .findElement(By.linkText("Evidence →")).click();
        awaitPage("move");
        WebElement mark = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".article-text mark")));

        assertThat(mark.getText()).contains("Yan Zhijie").contains("JD.com");
        assertThat(browser.driver.findElement(By.cssSelector(".article-text")).getText()).contains("He left Alibaba in February");
        WebElement source = browser.driver.findElement(By.cssSelector("a.source-link"));
        assertThat(source.getAttribute("href")).isEqualTo("https://example.com/news/yan-zhijie-jd-explore-academy");
        assertThat(source.getAttribute("rel")).contains("noreferrer");
        assertThat(mainText()).contains("Alibaba speech lab head moves to JD.com").contains("Published 2025-03-10");
    }

    @Test
    void theSearchBoxFindsAPerson() {
        open("#/", "dashboard");
        WebElement input = browser.driver.findElement(By.id("search-input"));

        input.sendKeys("zhij");
        WebElement suggestion = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//ul[@id='suggestions']//a[contains(., 'Yan Zhijie')]")));
        assertThat(suggestion.getAttribute("href")).endsWith("#/person/Yan%20Zhijie");
        input.sendKeys(Keys.ENTER);
        awaitPage("search");
        browser.driver.findElement(By.xpath("//main//ul[@class='hits']//a[text()='Yan Zhijie']")).click();
        awaitPage("person");

        assertThat(browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("timeline"))).getText())
                .contains("JD.com");
    }

    @Test
    void aLowConfidenceMoveIsShownAndMarkedNotHidden() {
        open("#/person/Lin%20Wei", "person");

        WebElement step = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#timeline li.step")));
        assertThat(step.getAttribute("class")).contains("low");
        assertThat(step.getText()).contains("joined Baidu").contains("low confidence 0.45");
        open("#/", "dashboard");
        assertThat(browser.driver.findElement(By.cssSelector("#latest li.move.low")).getText()).contains("Lin Wei");
    }

    @Test
    void theDownloadLinksCarryTheFiltersShown() {
        open("#/?since=2025-01&level=unit", "dashboard");

        List<String> links = browser.driver.findElements(By.cssSelector("a.download")).stream()
                .map(a -> a.getAttribute("href")).toList();

        assertThat(links).contains(base + "api/export/flows.graphml?since=2025-01&level=unit",
                base + "api/export/flows.csv?since=2025-01&level=unit", base + "api/export/moves.jsonl?since=2025-01");
        assertThat(browser.driver.findElement(By.id("since")).getAttribute("value")).isEqualTo("2025-01");
        assertThat(browser.driver.findElement(By.cssSelector("input[name=level][value=unit]")).isSelected()).isTrue();
    }

    @Test
    void theQuarterlyChartShowsQuietQuartersAndYearOnlyMovesApart() {
        open("#/org/OpenAI", "org");
        WebElement chart = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#trend svg")));

        @SuppressWarnings("unchecked")
        List<String> bars = (List<String>) browser.script("return echarts.getInstanceByDom(arguments[0]).getOption()"
                + ".xAxis[0].data", browser.driver.findElement(By.id("trend")));

        // Jan Leike and Andrej Karpathy left in 2024-Q1, John Schulman and Mira Murati in 2024-Q3, Ilya Sutskever in "2024".
        assertThat(chart.isDisplayed()).isTrue();
        assertThat(bars).containsSequence("2024 (year only)", "2024-Q1", "2024-Q2", "2024-Q3");
        assertThat(mainText()).contains("Moves dated only by their year are shown apart");
    }

    @Test
    void aPageThatIsNotThereLinksBackToTheDashboard() {
        for (String missing : List.of("#/person/Nobody%20Here", "#/no-such-page")) {
            open(missing, missing.startsWith("#/person") ? "person" : "no-such-page");
            assertThat(browser.driver.findElement(By.cssSelector("[role=alert]")).getText()).as(missing).isNotBlank();

            browser.driver.findElement(By.linkText("← Back to the dashboard")).click();
            awaitPage("dashboard");
        }
    }

    /** With no CJK font the browser draws every Chinese character as the same empty box. */
    @Test
    void aChineseNameRendersInItsOwnGlyphs() {
        open("#/person/%E5%91%A8%E7%95%85", "person");
        WebElement name = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));

        Object distinct = browser.script("const font = getComputedStyle(arguments[0]).font;"
                + "const glyph = (ch) => {"
                + "  const canvas = document.createElement('canvas');"
                + "  canvas.width = 200; canvas.height = 200;"
                + "  const g = canvas.getContext('2d');"
                + "  g.font = font; g.textBaseline = 'top'; g.fillText(ch, 10, 10);"
                + "  return canvas.toDataURL();"
                + "};"
                + "return glyph('周') !== glyph('畅');", name);

        // The samples name him Zhou Chang first; once 周畅 is seen the heading shows both, the characters first.
        assertThat(name.getText()).contains("周畅").contains("(Zhou Chang)");
        assertThat(distinct).as("周 and 畅 drawn differently (a CJK font is installed)").isEqualTo(true);
    }

    @Test
    void aMoveReportedInBothLanguagesNamesThePersonInBoth() {
        long id = store.person("Zhou Chang").orElseThrow().moves().get(0).id();
        open("#/move/" + id, "move");

        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).startsWith("周畅 (Zhou Chang)");
    }

    @Test
    void everyPageLoadsWithoutConsoleErrorsOrPolicyViolations() {
        browser.consoleErrors(); // what earlier tests left
        List<String> errors = new ArrayList<>();
        for (String[] page : List.of(new String[] {"#/", "dashboard"}, new String[] {"#/?level=unit&since=2024-06", "dashboard"},
                new String[] {"#/org/Alibaba%20Group", "org"}, new String[] {"#/person/John%20Schulman", "person"},
                new String[] {"#/move/1", "move"}, new String[] {"#/search?q=open", "search"})) {
            open(page[0], page[1]);
            if (page[1].equals("dashboard")) {
                awaitSankey();
            }
            errors.addAll(browser.consoleErrors().stream().map(e -> page[0] + ": " + e).toList());
        }
        assertThat(errors).isEmpty();
    }
}
