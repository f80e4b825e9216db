package org.talentflow.app.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson;
import org.talentflow.analytics.TalentAnalytics;
import org.talentflow.app.json.JsonStyle;
import org.talentflow.core.extract.MoveExtractor;
import org.talentflow.core.extract.TimeBudget;
import org.talentflow.storage.MoveStore;

import java.util.Map;
import java.util.function.Supplier;

/**
 * The HTTP server over the store: the JSON API, downloads, and the web dashboard that uses them. Read-only unless a
 * token is configured; with one, POST /api/articles ingests an article sent with {@code Authorization: Bearer TOKEN}
 * and watchlists can be kept. Requests are bounded in size; bad parameters get a 400 with a message; no error ever
 * shows a stack trace; every answer carries the security headers. On a loopback address it answers only requests
 * that name a loopback host (a 421 otherwise): see {@link LoopbackHost}.
 */
public final class ApiServer implements AutoCloseable {

    /** An article is text: a megabyte is plenty, and more is refused before it is read. */
    static final long MAX_REQUEST_BYTES = 1L << 20;

    static final String TOO_LARGE = "request larger than " + MAX_REQUEST_BYTES + " bytes";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Javalin app;

    private ApiServer(Javalin app) {
        this.app = app;
    }

    /**
     * @param extractor made on the first POST (loading the models takes seconds); never called on a read-only server
     */
    public static ApiServer start(MoveStore store, String host, int port, String token, Supplier<MoveExtractor> extractor) {
        ObjectMapper json = JsonStyle.compact();
        Javalin app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.http.maxRequestSize = MAX_REQUEST_BYTES;
            cfg.jsonMapper(new JavalinJackson(json, false));
            WebUi.files(cfg);
            cfg.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
            // Jetty reuses a header line cached on the connection when a later one matches it in any case: without
            // this, "Bearer S3CRET" after "Bearer s3cret" on a kept-alive connection would pass as the token.
            cfg.jetty.modifyHttpConfiguration(http -> http.setHeaderCacheCaseSensitive(true));
        });
        TalentAnalytics analytics = new TalentAnalytics(store);
        boolean onLoopback = LoopbackHost.isLoopbackBinding(host);
        app.before(ctx -> {
            SecurityHeaders.apply(ctx);
            if (onLoopback && !LoopbackHost.isLoopback(ctx.header("Host"))) {
                throw new HttpResponseException(HttpStatus.MISDIRECTED_REQUEST.getCode(),
                        "this server answers only requests to localhost, 127.0.0.1 or [::1]");
            }
            // Refused before the body is read; a chunked body is cut off at the limit as it is read (WriteRoutes).
            if (ctx.contentLength() > MAX_REQUEST_BYTES) {
                throw new ContentTooLargeResponse();
            }
            Params.checkEncoding(ctx);
        });
        WebUi.echarts(app);
        new ReadRoutes(store, analytics).register(app);
        new ExportRoutes(store, analytics).register(app);
        new WriteRoutes(store, analytics, token, extractor, json).register(app);
        app.exception(BodyTooLarge.class, (e, ctx) -> sendNow(ctx, HttpStatus.CONTENT_TOO_LARGE, TOO_LARGE));
        app.exception(BadRequest.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
        // The article is not stored: extraction stopped at its time budget (--document-timeout).
        app.exception(TimeBudget.OverBudget.class, (e, ctx) -> error(ctx, HttpStatus.UNPROCESSABLE_CONTENT,
                "extraction " + e.getMessage() + "; nothing was stored"));
        app.exception(NotFound.class, (e, ctx) -> error(ctx, HttpStatus.NOT_FOUND, e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) ->
                error(ctx, HttpStatus.forStatus(e.getStatus()), e.getStatus() == 413 ? TOO_LARGE : e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "internal error"));
        app.error(HttpStatus.NOT_FOUND, ctx -> {
            if (ctx.result() == null) {
                error(ctx, HttpStatus.NOT_FOUND, "not found");
            }
        });
        app.error(HttpStatus.CONTENT_TOO_LARGE, ctx -> error(ctx, HttpStatus.CONTENT_TOO_LARGE, TOO_LARGE));
        app.start(host, port);
        return new ApiServer(app);
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    /**
     * Sends the error at once, before the request is over, and closes the connection after it: Jetty reads and
     * drops (never keeps) what the client still sends of a refused body, and the client has its answer meanwhile.
     */
    private static void sendNow(Context ctx, HttpStatus status, String message) {
        try {
            byte[] body = JSON.writeValueAsBytes(Map.of("error", message));
            ctx.res().setStatus(status.getCode());
            ctx.res().setHeader("Connection", "close");
            ctx.res().setContentType("application/json");
            ctx.res().setContentLength(body.length);
            ctx.res().getOutputStream().write(body);
            ctx.res().flushBuffer();
        } catch (java.io.IOException clientGone) {
            // nothing to answer
        }
    }

    static void error(Context ctx, HttpStatus status, String message) {
        ctx.status(status).json(Map.of("error", message));
    }
}
