package org.talentflow.app.cli;

import org.talentflow.app.feed.AddressPolicy;
import org.talentflow.app.feed.HttpFetcher;
import org.talentflow.core.source.ArticleReader;
import picocli.CommandLine.Option;

import java.time.Duration;

/** How feeds are polled: by {@code watch} in a process of its own, and by {@code serve --watch} beside the server. */
final class FeedOptions {

    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "15m", converter = DurationConverter.class,
            description = "Time between polls (30s, 15m, 2h; default ${DEFAULT-VALUE}).")
    Duration interval;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "30s", converter = DurationConverter.class,
            description = "Longest wait for one feed or page, connection to last byte (default ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--allow-private-hosts", description = "Fetch feeds and pages from loopback, private and "
            + "link-local addresses too (refused by default: a feed must not reach inside your network).")
    boolean allowPrivateHosts;

    HttpFetcher http() {
        return new HttpFetcher(timeout, ArticleReader.MAX_FILE_BYTES,
                allowPrivateHosts ? AddressPolicy.ANY : AddressPolicy.PUBLIC_ONLY);
    }
}
