package org.talentflow.app.feed;

import org.talentflow.core.domain.Document;
import org.talentflow.core.source.FeedEntry;
import org.talentflow.core.source.FeedReader;
import org.talentflow.core.source.HtmlArticle;
import org.talentflow.core.source.UnreadableInput;
import org.talentflow.storage.FeedState;
import org.talentflow.storage.MoveStore;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One poll of one feed: a conditional fetch, the entries not seen before, the linked page of each entry that holds
 * only a summary, everything new handed to the ingestion, and then the entries it stored marked as seen.
 *
 * <p>The feed's validators are kept only when every new entry was taken: after a failed page the next poll asks for
 * the whole feed again (no 304) and retries just that entry. An entry is marked seen after its document is stored, so
 * a run killed in between stores it again next time, which the store's content hash makes a no-op.
 */
public final class FeedPoller {

    /** Stores documents through the ingestion, reporting which are now in the store. */
    @FunctionalInterface
    public interface Sink {
        Stored store(List<Document> documents);
    }

    /**
     * @param names    the names of the documents now in the store (new or already there)
     * @param newMoves moves they added
     * @param failures documents that could not be extracted or stored, each "NAME: reason"
     */
    public record Stored(Set<String> names, int newMoves, List<String> failures) {
    }

    private static final String PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";

    private final FeedFetcher feeds;
    private final HttpFetcher pages;
    private final MoveStore store;
    private final Sink sink;

    public FeedPoller(FeedFetcher feeds, HttpFetcher pages, MoveStore store, Sink sink) {
        this.feeds = feeds;
        this.pages = pages;
        this.store = store;
        this.sink = sink;
    }

    public PollResult poll(String location) {
        FeedState state = store.feedState(location);
        Fetched fetched;
        List<FeedEntry> entries;
        try {
            fetched = feeds.fetch(location, state);
            if (fetched.notModified()) {
                return PollResult.notModified(location);
            }
            entries = FeedReader.read(fetched.body(), fetched.contentType(), fetched.uri());
        } catch (FetchFailed | UnreadableInput e) {
            return PollResult.failed(location, e.getMessage());
        }

        Set<String> seen = store.seenFeedEntries(location, entries.stream().map(FeedEntry::id).toList());
        List<FeedEntry> fresh = entries.stream().filter(e -> !seen.contains(e.id())).toList();
        List<String> errors = new ArrayList<>();
        Map<String, FeedEntry> byDocument = new LinkedHashMap<>();
        List<Document> documents = new ArrayList<>();
        int pagesFetched = 0;
        for (FeedEntry entry : fresh) {
            try {
                Document d;
                if (entry.summaryOnly() && entry.link() != null) {
                    d = entry.withPage(page(entry.link()));
                    pagesFetched++;
                } else if (entry.summaryOnly() && entry.otherLink() != null) {
                    // The article is behind a link no one fetches: its teaser alone is not the article.
                    throw new FetchFailed("only a summary, and its link is not an http(s) address to fetch the "
                            + "article from: " + entry.otherLink());
                } else {
                    d = entry.document();
                }
                if (d.text().isBlank()) {
                    throw new FetchFailed("no text");
                }
                byDocument.put(d.name(), entry);
                documents.add(d);
            } catch (FetchFailed e) {
                errors.add(nameOf(entry) + ": " + e.getMessage());
            }
        }

        int stored = 0;
        int newMoves = 0;
        if (!documents.isEmpty()) {
            Stored result = sink.store(documents);
            errors.addAll(result.failures());
            newMoves = result.newMoves();
            for (Map.Entry<String, FeedEntry> e : byDocument.entrySet()) {
                if (result.names().contains(e.getKey())) {
                    store.markFeedEntrySeen(location, e.getValue().id());
                    stored++;
                }
            }
        }
        if (errors.isEmpty()) {
            store.saveFeedState(new FeedState(location, fetched.etag(), fetched.lastModified()));
        }
        return new PollResult(location, PollResult.Status.UPDATED, null, entries.size(), fresh.size(), pagesFetched,
                stored, newMoves, errors);
    }

    private Document page(String link) throws FetchFailed {
        URI uri;
        try {
            uri = URI.create(link.strip());
        } catch (IllegalArgumentException e) {
            throw new FetchFailed("the link is not a valid URL");
        }
        Fetched page = pages.get(uri, PAGE_ACCEPT, null, null);
        String type = page.contentType() == null ? "text/html" : page.contentType().toLowerCase(Locale.ROOT);
        if (!type.contains("html")) {
            throw new FetchFailed("linked page is not HTML: " + type.split(";")[0].strip());
        }
        return HtmlArticle.parse(link, page.body(), page.charset());
    }

    private static String nameOf(FeedEntry entry) {
        return entry.link() != null ? entry.link() : entry.id();
    }
}
