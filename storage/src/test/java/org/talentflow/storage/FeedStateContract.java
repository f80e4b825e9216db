package org.talentflow.storage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What every store must remember of polled feeds; subclasses say how to open a fresh one and open it again. */
abstract class FeedStateContract {

    static final String FEED = "http://127.0.0.1:8080/feeds/tech.xml";
    static final String OTHER = "/srv/feeds/business.rss";

    MoveStore store;

    abstract MoveStore openFresh();

    abstract MoveStore reopen();

    @BeforeEach
    void open() {
        store = openFresh();
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void aFeedNeverPolledHasNoValidators() {
        assertThat(store.feedState(FEED)).isEqualTo(FeedState.fresh(FEED));
    }

    @Test
    void validatorsAreReplacedByTheLatestAndSurviveReopening() {
        store.saveFeedState(new FeedState(FEED, "\"v1\"", "Tue, 01 Apr 2025 08:00:00 GMT"));
        store.saveFeedState(new FeedState(FEED, "W/\"v2\"", null));
        store.close();
        store = reopen();

        assertThat(store.feedState(FEED)).isEqualTo(new FeedState(FEED, "W/\"v2\"", null));
        assertThat(store.feedState(OTHER)).isEqualTo(FeedState.fresh(OTHER));
    }

    @Test
    void seenEntriesArePerFeedSurviveReopeningAndMarkingTwiceChangesNothing() {
        String longLink = "https://news.example.com/" + "a-very-long-slug-".repeat(200);
        store.markFeedEntrySeen(FEED, "urn:uuid:1");
        store.markFeedEntrySeen(FEED, "urn:uuid:1");
        store.markFeedEntrySeen(FEED, longLink);
        store.close();
        store = reopen();

        assertThat(store.seenFeedEntries(FEED, List.of("urn:uuid:1", "urn:uuid:2", longLink)))
                .containsExactlyInAnyOrder("urn:uuid:1", longLink);
        assertThat(store.seenFeedEntries(OTHER, List.of("urn:uuid:1"))).isEmpty();
    }

    @Test
    void anEntryIdLongerThanItsColumnIsRememberedByItsKeyNotAnError() {
        // A feed without guids is identified by its links, and a link can run to any length.
        String hugeLink = "https://news.example.com/" + "a".repeat(10_000);
        store.markFeedEntrySeen(FEED, hugeLink);
        store.markFeedEntrySeen(FEED, hugeLink);

        assertThat(store.seenFeedEntries(FEED, List.of(hugeLink, hugeLink + "b"))).containsExactly(hugeLink);
    }

    @Test
    void aValidatorTooLongToKeepIsDroppedNotAnError() {
        store.saveFeedState(new FeedState(FEED, "\"" + "x".repeat(5000) + "\"", "Tue, 01 Apr 2025 08:00:00 GMT"));

        assertThat(store.feedState(FEED)).isEqualTo(new FeedState(FEED, null, "Tue, 01 Apr 2025 08:00:00 GMT"));
    }

    @Test
    void feedStateLeavesTheStoredKnowledgeAlone() {
        String before = store.contentDigest();

        store.saveFeedState(new FeedState(FEED, "\"v1\"", null));
        store.markFeedEntrySeen(FEED, "urn:uuid:1");

        assertThat(store.contentDigest()).isEqualTo(before);
    }

    @Test
    void manyEntryIdsAreLookedUpAtOnce() {
        List<String> ids = java.util.stream.IntStream.range(0, 1200).mapToObj(i -> "entry-" + i).toList();
        store.markFeedEntrySeen(FEED, "entry-7");
        store.markFeedEntrySeen(FEED, "entry-1100");

        assertThat(store.seenFeedEntries(FEED, ids)).containsExactlyInAnyOrder("entry-7", "entry-1100");
    }
}
