package org.talentflow.app.feed;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * GET over HTTP with the limits untrusted servers need: a deadline for the whole exchange (a server that answers
 * slowly or trickles its body is cut off), a cap on the body size, and conditional requests ({@code If-None-Match},
 * {@code If-Modified-Since}) so that an unchanged feed costs a 304. Redirects are followed here, not by the client, so
 * that every hop is checked like the first: its host is resolved and refused when the {@link AddressPolicy} says so
 * (by default anything but the public internet), and it never goes from https to http.
 *
 * <p>The client connects to the address just checked: Java keeps a resolved name for 30 s by default
 * ({@code networkaddress.cache.ttl}), so a name cannot answer the check with a public address and the connection
 * with a private one (unless the cache is turned off, or expires between the two, a window of milliseconds).
 */
public final class HttpFetcher {

    private static final String USER_AGENT = "talentflow/0.1 (news feed reader)";
    /** As many as browsers allow, give or take: enough for http to https to www to the article. */
    static final int MAX_REDIRECTS = 5;

    private final HttpClient client;
    private final Duration timeout;
    private final long maxBytes;
    private final AddressPolicy addresses;

    public HttpFetcher(Duration timeout, long maxBytes, AddressPolicy addresses) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.addresses = addresses;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * @param accept       the Accept header
     * @param etag         sent as If-None-Match when not null
     * @param lastModified sent as If-Modified-Since when not null
     */
    public Fetched get(URI uri, String accept, String etag, String lastModified) throws FetchFailed {
        long deadline = System.nanoTime() + timeout.toNanos();
        URI at = uri;
        for (int redirects = 0; ; redirects++) {
            checkAddresses(at);
            HttpResponse<byte[]> response = exchange(at, accept, etag, lastModified, deadline);
            int status = response.statusCode();
            if (isRedirect(status)) {
                if (redirects == MAX_REDIRECTS) {
                    throw new FetchFailed("too many redirects (more than " + MAX_REDIRECTS + ")");
                }
                at = redirectTarget(at, status, response.headers().firstValue("Location").orElse(null));
                continue;
            }
            if (status == 304) {
                return Fetched.unchanged(at);
            }
            if (status != 200) {
                throw new FetchFailed("HTTP " + status);
            }
            var headers = response.headers();
            return new Fetched(false, response.body(), headers.firstValue("Content-Type").orElse(null),
                    headers.firstValue("ETag").orElse(null), headers.firstValue("Last-Modified").orElse(null), at);
        }
    }

    /** Refuses a host any of whose addresses the policy refuses: a name may resolve to a public and a private one. */
    private void checkAddresses(URI uri) throws FetchFailed {
        if (addresses == AddressPolicy.ANY) {
            return;
        }
        String host = uri.getHost();
        if (host == null) {
            throw new FetchFailed("not a URL that can be fetched: " + uri);
        }
        InetAddress[] resolved;
        try {
            resolved = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new FetchFailed("cannot resolve " + host);
        }
        for (InetAddress address : resolved) {
            String refusal = addresses.refusal(address);
            if (refusal != null) {
                String literal = address.getHostAddress();
                String named = host.replace("[", "").replace("]", "").equalsIgnoreCase(literal) ? host
                        : host + " (" + literal + ")";
                throw new FetchFailed("refused: " + named + " is " + refusal
                        + "; pass --allow-private-hosts to fetch from it");
            }
        }
    }

    private HttpResponse<byte[]> exchange(URI uri, String accept, String etag, String lastModified, long deadline)
            throws FetchFailed {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new FetchFailed("timed out after " + seconds(timeout));
        }
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(uri).timeout(Duration.ofNanos(left)).header("User-Agent", USER_AGENT)
                    .header("Accept", accept).GET();
        } catch (IllegalArgumentException e) {
            throw new FetchFailed("not a URL that can be fetched: " + uri);
        }
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            request.header("If-Modified-Since", lastModified);
        }
        CompletableFuture<HttpResponse<byte[]>> pending = client.sendAsync(request.build(), info -> bounded(info, maxBytes));
        try {
            return pending.get(left, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new FetchFailed("timed out after " + seconds(timeout));
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchFailed("interrupted");
        } catch (ExecutionException e) {
            throw new FetchFailed(reason(e.getCause()));
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static URI redirectTarget(URI from, int status, String location) throws FetchFailed {
        if (location == null) {
            throw new FetchFailed("HTTP " + status + " without a Location");
        }
        URI to;
        try {
            to = from.resolve(location.strip());
        } catch (IllegalArgumentException e) {
            throw new FetchFailed("redirect to something that is not a URL");
        }
        String scheme = to.getScheme() == null ? "" : to.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchFailed("redirect to a URL that is not http(s): " + to);
        }
        if (from.getScheme().equalsIgnoreCase("https") && scheme.equals("http")) {
            throw new FetchFailed("redirect from https to http refused: " + to);
        }
        return to;
    }

    private static HttpResponse.BodySubscriber<byte[]> bounded(HttpResponse.ResponseInfo info, long maxBytes) {
        OptionalLong length = info.headers().firstValueAsLong("Content-Length");
        if (info.statusCode() != 200) {
            // Error pages and 304s are not read: only their status matters.
            return HttpResponse.BodySubscribers.replacing(null);
        }
        if (length.isPresent() && length.getAsLong() > maxBytes) {
            return new BoundedBody(0, maxBytes);
        }
        return new BoundedBody(maxBytes, maxBytes);
    }

    private String reason(Throwable cause) {
        if (cause instanceof TooLarge) {
            return cause.getMessage();
        }
        if (cause instanceof HttpTimeoutException) {
            return "timed out after " + seconds(timeout);
        }
        if (cause instanceof ConnectException) {
            return "cannot connect" + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")");
        }
        if (cause instanceof IOException) {
            return "cannot fetch: " + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
        }
        return "cannot fetch: " + cause;
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    /** The body over the limit. */
    private static final class TooLarge extends IOException {
        TooLarge(long maxBytes) {
            super("too large: over " + (maxBytes >> 20) + " MB");
        }
    }

    /** Collects the body, giving up (and cancelling the download) once it passes the limit. */
    private static final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final HttpResponse.BodySubscriber<byte[]> bytes = HttpResponse.BodySubscribers.ofByteArray();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final long allowed;
        private final long maxBytes;
        private Flow.Subscription subscription;
        private long received;

        BoundedBody(long allowed, long maxBytes) {
            this.allowed = allowed;
            this.maxBytes = maxBytes;
            bytes.getBody().whenComplete((body, error) -> {
                if (error != null) {
                    result.completeExceptionally(error);
                } else {
                    result.complete(body);
                }
            });
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (allowed == 0) {
                s.cancel();
                result.completeExceptionally(new TooLarge(maxBytes));
                return;
            }
            bytes.onSubscribe(s);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer b : items) {
                received += b.remaining();
            }
            if (received > allowed) {
                subscription.cancel();
                result.completeExceptionally(new TooLarge(maxBytes));
                return;
            }
            bytes.onNext(items);
        }

        @Override
        public void onError(Throwable error) {
            bytes.onError(error);
        }

        @Override
        public void onComplete() {
            bytes.onComplete();
        }
    }
}
