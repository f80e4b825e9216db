package org.talentflow.core.source;

import org.talentflow.core.domain.Document;

import java.time.LocalDate;
import java.util.List;

/**
 * One item of an RSS or Atom feed.
 *
 * @param id          what identifies the entry across polls: its guid or Atom id, else its link
 * @param link        the article's web address (absolute http or https), or null
 * @param title       the entry's title, or null
 * @param published   its publication (else update) date, or null
 * @param text        the entry's own text (its content, else its summary) cleaned of markup
 * @param summaryOnly the text is a teaser (short, or cut off with "..." or "Read more"): the article is at the link
 * @param notes       what reading its markup left out ("HTML nested deeper than 256 levels ..."), as for a page
 * @param otherLink   the link the feed gave when it is no web address ({@code file:}, {@code ftp:}, {@code javascript:},
 *                    a path relative to a feed file), which is never fetched; else null
 */
public record FeedEntry(String id, String link, String title, LocalDate published, String text, boolean summaryOnly,
                        List<String> notes, String otherLink) {

    public FeedEntry {
        notes = List.copyOf(notes);
    }

    /** The entry as an article of its own, named by its link (else its id). */
    public Document document() {
        return new Document(link != null ? link : id, link, title, published, text, notes);
    }

    /**
     * The article fetched from the entry's link: the page's text and dates, with the entry's title and date where
     * the page has none. Named by the link, like an entry read as is.
     */
    public Document withPage(Document page) {
        return new Document(link, page.url() != null ? page.url() : link, page.title() != null ? page.title() : title,
                page.published() != null ? page.published() : published, page.text(), page.notes());
    }
}
