package org.talentflow.bench;

import org.talentflow.core.domain.Document;

import java.time.LocalDate;
import java.util.Locale;

/**
 * An article wrapped in the chrome of a real news page: head with Open Graph and JSON-LD, navigation, a header
 * with a byline, a sidebar, share bar, related stories, a newsletter box, comments, a cookie banner and a footer.
 * The chrome's size and shape are those of common news sites (tens of links, a few kilobytes of furniture); its
 * words are made up here.
 */
final class PageChrome {

    private static final String NAV = navigation();

    private PageChrome() {
    }

    static String page(Document article, int number) {
        String title = escape(article.title() != null ? article.title() : "Story " + number);
        LocalDate date = article.published() != null ? article.published() : LocalDate.of(2025, 1, 1).plusDays(number % 365);
        StringBuilder p = new StringBuilder(16_384);
        p.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(title).append(" | The Daily Ledger</title>")
                .append("<meta property=\"og:title\" content=\"").append(title).append("\">")
                .append("<meta property=\"article:published_time\" content=\"").append(date).append("T08:00:00Z\">")
                .append("<link rel=\"canonical\" href=\"https://ledger.example.com/story/").append(number).append("\">")
                .append("<link rel=\"stylesheet\" href=\"/static/site.css\"><style>.ad{min-height:250px}.hidden{display:none}</style>")
                .append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebPage\",")
                .append("\"name\":\"").append(title).append("\"},{\"@type\":\"NewsArticle\",\"headline\":\"").append(title)
                .append("\",\"datePublished\":\"").append(date).append("\"}]}</script>")
                .append("<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script>")
                .append("</head><body class=\"article-page layout-with-sidebar\">")
                .append("<div id=\"cookie-banner\" class=\"cookie-consent\"><p>We use cookies to give you the best experience on ")
                .append("our site and to show you relevant adverts. You can change your settings at any time.</p>")
                .append("<button>Accept all</button></div>")
                .append("<header class=\"site-header\"><a class=\"logo\" href=\"/\">The Daily Ledger</a>").append(NAV).append("</header>")
                .append("<div class=\"ad ad-leaderboard\">Advertisement</div>")
                .append("<main id=\"content\"><article class=\"story\"><header class=\"story-header\"><h1>").append(title).append("</h1>")
                .append("<p class=\"byline\">By Staff Reporter</p><time datetime=\"").append(date).append("\">")
                .append(date.format(java.time.format.DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH))).append("</time></header>")
                .append("<div class=\"share-bar\"><a href=\"#\">Share on X</a><a href=\"#\">Share on LinkedIn</a><a href=\"#\">Email</a></div>")
                .append("<div class=\"story-body\" itemprop=\"articleBody\">");
        int paragraph = 0;
        for (String block : article.text().split("\n\\s*\n")) {
            if (block.isBlank()) {
                continue;
            }
            p.append("<p>").append(escape(block.strip())).append("</p>");
            if (++paragraph == 3) {
                p.append("<div class=\"ad ad-inline\"><span>Advertisement</span></div>")
                        .append("<aside class=\"related-inline\"><h4>Related</h4><a href=\"/story/").append(number + 1)
                        .append("\">Markets close higher as technology shares rally</a></aside>");
            }
        }
        p.append("</div><footer class=\"story-footer\"><ul class=\"tags\"><li><a href=\"/t/tech\">Technology</a></li>")
                .append("<li><a href=\"/t/people\">People</a></li></ul></footer></article>")
                .append("<section class=\"related-stories\"><h3>More stories</h3><ul>");
        for (int i = 1; i <= 6; i++) {
            p.append("<li><a href=\"/story/").append(number + i).append("\">Another headline about the industry, number ")
                    .append(i).append("</a></li>");
        }
        p.append("</ul></section><div class=\"newsletter\"><h3>Sign up for our daily newsletter</h3>")
                .append("<form><input type=\"email\"><button>Subscribe</button></form></div>")
                .append("<section id=\"comments\" class=\"comments\"><h3>3 Comments</h3>")
                .append("<div class=\"comment\"><p>Great reporting, I had been wondering about this for weeks.</p></div>")
                .append("<div class=\"comment\"><p>Not surprised at all; everyone in the industry saw it coming.</p></div>")
                .append("<div class=\"comment\"><p>Would love a follow-up piece on what happens next.</p></div></section>")
                .append("</main><aside class=\"sidebar\"><h3>Most read</h3><ol>");
        for (int i = 1; i <= 5; i++) {
            p.append("<li><a href=\"/popular/").append(i).append("\">A popular story of the week, number ").append(i).append("</a></li>");
        }
        p.append("</ol><div class=\"ad ad-mpu\">Advertisement</div></aside>")
                .append("<footer class=\"site-footer\"><p>Copyright The Daily Ledger. All rights reserved.</p>").append(NAV)
                .append("</footer><script src=\"/static/app.js\"></script></body></html>");
        return p.toString();
    }

    private static String navigation() {
        StringBuilder nav = new StringBuilder("<nav class=\"main-nav\"><ul>");
        for (String section : new String[]{"World", "Business", "Markets", "Technology", "Science", "Opinion", "Sport",
                "Culture", "Travel", "Video", "Podcasts", "Newsletters"}) {
            nav.append("<li><a href=\"/").append(section.toLowerCase(Locale.ROOT)).append("\">").append(section).append("</a></li>");
        }
        return nav.append("</ul></nav>").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
