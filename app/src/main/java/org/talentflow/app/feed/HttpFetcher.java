package org.talentflow.app.feed;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * GET over HTTP with the limits untrusted servers need: a deadline for the whole exchange (a server that answers
 * slowly or trickles its body is cut off), a cap on the body size, redirects followed (never from https to http),
 * and conditional requests ({@code If-None-Match}, {@code If-Modified-Since}) so that an unchanged feed costs a 304.
 */
public final class HttpFetcher {

    private static final String USER_AGENT = "talentflow/0.1 (news feed reader)";

    private final HttpClient client;
    private final Duration timeout;
    private final long maxBytes;

    public HttpFetcher(Duration timeout, long maxBytes) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /**
     * @param accept       the Accept header
     * @param etag         sent as If-None-Match when not null
     * @param lastModified sent as If-Modified-Since when not null
     */
    public Fetched get(URI uri, String accept, String etag, String lastModified) throws FetchFailed {
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", USER_AGENT).header("Accept", accept).GET();
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
        HttpResponse<byte[]> response;
        try {
            response = pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
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
        int status = response.statusCode();
        if (status == 304) {
            return Fetched.unchanged(response.uri());
        }
        if (status != 200) {
            throw new FetchFailed("HTTP " + status);
        }
        var headers = response.headers();
        return new Fetched(false, response.body(), headers.firstValue("Content-Type").orElse(null),
                headers.firstValue("ETag").orElse(null), headers.firstValue("Last-Modified").orElse(null), response.uri());
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
