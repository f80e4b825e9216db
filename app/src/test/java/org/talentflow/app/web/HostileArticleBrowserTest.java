package org.talentflow.app.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.talentflow.app.http.ApiServer;
import org.talentflow.app.http.HostileArticle;
import org.talentflow.storage.MoveStore;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An article that carries {@code <script>} and {@code <img onerror>} in its sentence, title, person and organization
 * names: every page shows them as text. The checks do not lean on the Content-Security-Policy: they look for elements
 * that escaped into the DOM, which the policy would only have kept from running.
 */
@BrowserTest
class HostileArticleBrowserTest {

    @TempDir
    static Path folder;

    static MoveStore store;
    static ApiServer server;
    static Browser browser;
    static String base;
    static long moveId;

    @BeforeAll
    static void start() {
        Browser.requireChromium();
        store = MoveStore.open(folder.toString());
        moveId = HostileArticle.saveInto(store);
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

    static String path(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Opens a page and checks that nothing ran and nothing was injected, and that the hostile text reads as text. */
    static void showsHostileTextAsText(String hash, String page, List<String> visible) {
        browser.load(base + hash);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main[data-page='" + page + "']")));
        if (page.equals("dashboard")) {
            // Its tooltips are built from the flow's names: show one by pointing at the band.
            WebElement sankey = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#sankey[data-rendered='true']")));
            browser.hover(sankey, Sankey.bandMiddle(browser, sankey, "from:" + HostileArticle.ORGANIZATION, "to:Globex"));
            browser.waiting().until(d -> browser.script("return document.body.innerText").toString().contains("Click to see"));
        }

        assertThatThrownBy(() -> browser.driver.switchTo().alert()).as(hash).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.driver.findElements(By.tagName("img"))).as(hash + ": injected <img>").isEmpty();
        assertThat(browser.driver.findElements(By.tagName("script"))).as(hash + ": only the page's own scripts").hasSize(2);
        assertThat(browser.driver.findElements(By.cssSelector("[onerror], [onload], [onclick]"))).as(hash).isEmpty();
        String text = browser.script("return document.body.innerText").toString();
        for (String shown : visible) {
            assertThat(text).as(hash).contains(shown);
        }
    }

    @Test
    void theDashboardShowsHostileNamesAsText() {
        showsHostileTextAsText("#/", "dashboard", List.of(HostileArticle.PERSON, HostileArticle.ORGANIZATION));
    }

    @Test
    void theOrganizationPageShowsHostileTextAsText() {
        showsHostileTextAsText("#/org/" + path(HostileArticle.ORGANIZATION), "org",
                List.of(HostileArticle.ORGANIZATION, HostileArticle.PERSON, "head of " + HostileArticle.SCRIPT));
    }

    @Test
    void thePersonPageShowsHostileTextAsText() {
        showsHostileTextAsText("#/person/" + path(HostileArticle.PERSON), "person",
                List.of(HostileArticle.PERSON, HostileArticle.ORGANIZATION));
    }

    @Test
    void theMovePageShowsTheHostileArticleAsTextAndItsJavascriptUrlAsNoLink() {
        showsHostileTextAsText("#/move/" + moveId, "move", List.of(HostileArticle.SENTENCE, HostileArticle.TITLE,
                "Outro " + HostileArticle.SCRIPT, "source: javascript:alert(3)"));

        assertThat(browser.driver.findElement(By.cssSelector(".article-text mark")).getText()).isEqualTo(HostileArticle.SENTENCE);
        assertThat(browser.driver.findElements(By.cssSelector("a[href^='javascript']"))).isEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("a.source-link"))).isEmpty();
    }

    @Test
    void theSearchPageShowsHostileNamesAsText() {
        showsHostileTextAsText("#/search?q=" + path("evil"), "search", List.of(HostileArticle.ORGANIZATION));
        showsHostileTextAsText("#/search?q=" + path("<img"), "search", List.of(HostileArticle.PERSON));
    }
}
