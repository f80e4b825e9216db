package org.talentflow.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson;
import org.talentflow.core.domain.Document;
import org.talentflow.core.domain.DocumentMoves;
import org.talentflow.core.extract.MoveExtractor;
import org.talentflow.analytics.TalentAnalytics;
import org.talentflow.storage.MoveStore;
import org.talentflow.storage.StoredMove;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The HTTP JSON API over the store. Read-only unless a token is configured; with one, POST /api/articles ingests an
 * article sent with {@code Authorization: Bearer TOKEN}. Requests are bounded in size; bad parameters get a 400
 * with a message, and no error ever shows a stack trace.
 */
public final class ApiServer implements AutoCloseable {

    /** An article is text: a megabyte is plenty, and more is refused before it is read. */
    static final long MAX_REQUEST_BYTES = 1L << 20;

    private final Javalin app;

    private ApiServer(Javalin app) {
        this.app = app;
    }

    /**
     * @param extractor made on the first POST (loading the models takes seconds), or null for a read-only server
     */
    public static ApiServer start(MoveStore store, String host, int port, String token, Supplier<MoveExtractor> extractor) {
        ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
        Javalin app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.http.maxRequestSize = MAX_REQUEST_BYTES;
            cfg.jsonMapper(new JavalinJackson(json, false));
        });
        Routes routes = new Routes(store, new TalentAnalytics(store), token, extractor, json);
        // Refused before the body is read; chunked bodies are cut off by maxRequestSize when read.
        app.before(ctx -> {
            if (ctx.contentLength() > MAX_REQUEST_BYTES) {
                throw new io.javalin.http.ContentTooLargeResponse();
            }
        });
        app.get("/api/moves", routes::moves);
        app.get("/api/flows", routes::flows);
        app.get("/api/net", routes::net);
        app.get("/api/people/{name}", routes::person);
        app.get("/api/orgs/{name}", routes::organization);
        app.post("/api/articles", routes::ingest);
        app.exception(BadRequest.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
        app.exception(io.javalin.http.HttpResponseException.class, (e, ctx) ->
                error(ctx, HttpStatus.forStatus(e.getStatus()), e.getStatus() == 413
                        ? "request larger than " + MAX_REQUEST_BYTES + " bytes" : e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "internal error"));
        app.error(HttpStatus.NOT_FOUND, ctx -> {
            if (ctx.result() == null) {
                error(ctx, HttpStatus.NOT_FOUND, "not found");
            }
        });
        app.error(HttpStatus.CONTENT_TOO_LARGE, ctx -> error(ctx, HttpStatus.CONTENT_TOO_LARGE,
                "request larger than " + MAX_REQUEST_BYTES + " bytes"));
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

    static void error(Context ctx, HttpStatus status, String message) {
        ctx.status(status).json(Map.of("error", message));
    }

    /** The handlers: each reads its parameters strictly and answers from the store's read models. */
    private record Routes(MoveStore store, TalentAnalytics analytics, String token, Supplier<MoveExtractor> extractor,
                          ObjectMapper json) {

        void moves(Context ctx) {
            int limit = Params.limit(ctx, 50);
            int offset = Params.offset(ctx);
            List<StoredMove> found = store.moves(new MoveStore.MoveQuery(Params.text(ctx, "person", 200),
                    Params.text(ctx, "org", 200), Params.since(ctx), Params.until(ctx), limit + offset));
            List<StoredMove> page = found.subList(Math.min(offset, found.size()), found.size());
            ctx.json(Map.of("offset", offset, "limit", limit, "moves", page));
        }

        void flows(Context ctx) {
            ctx.json(Map.of("flows", analytics.topFlows(Params.since(ctx), Params.until(ctx), Params.level(ctx),
                    Params.limit(ctx, TalentAnalytics.PAGE_FLOWS), TalentAnalytics.PAGE_PEOPLE)));
        }

        void net(Context ctx) {
            ctx.json(Map.of("organizations", analytics.topNetFlows(Params.since(ctx), Params.until(ctx),
                    Params.limit(ctx, TalentAnalytics.PAGE_FLOWS))));
        }

        void person(Context ctx) {
            String name = ctx.pathParam("name");
            store.person(name).ifPresentOrElse(ctx::json,
                    () -> error(ctx, HttpStatus.NOT_FOUND, "no person named " + name));
        }

        void organization(Context ctx) {
            String name = ctx.pathParam("name");
            analytics.organizationPage(name, Params.offset(ctx), Params.limit(ctx, MoveStore.ORG_PAGE)).ifPresentOrElse(page -> {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("organization", page.organization());
                body.put("destinations", page.destinations());
                body.put("sources", page.sources());
                body.put("quarterly", page.quarterly());
                body.put("alumni_startups", page.alumniStartups());
                ctx.json(body);
            }, () -> error(ctx, HttpStatus.NOT_FOUND, "no organization named " + name));
        }

        void ingest(Context ctx) throws Exception {
            if (token == null || token.isBlank()) {
                error(ctx, HttpStatus.FORBIDDEN, "this server is read-only: start it with --token to accept articles");
                return;
            }
            String auth = ctx.header("Authorization");
            if (auth == null || !constantTimeEquals(auth, "Bearer " + token)) {
                error(ctx, HttpStatus.UNAUTHORIZED, "missing or wrong token");
                return;
            }
            byte[] bytes = ctx.bodyAsBytes();
            JsonNode body;
            try {
                body = json.readTree(bytes);
            } catch (java.io.IOException e) {
                throw new BadRequest("the body must be a JSON object with a text field");
            }
            if (body == null || !body.isObject() || !body.path("text").isTextual() || body.path("text").asText().isBlank()) {
                throw new BadRequest("the body must be a JSON object with a text field");
            }
            LocalDate published = body.hasNonNull("date") ? Params2.date(body.get("date").asText()) : null;
            String name = body.hasNonNull("id") ? body.get("id").asText() : "api-" + System.currentTimeMillis();
            Document document = new Document(name, text(body, "url"), text(body, "title"), published, body.get("text").asText());
            DocumentMoves found = extractor.get().extract(document);
            MoveStore.SaveResult result = store.save(document, found.moves());
            ctx.status(result.duplicate() ? HttpStatus.OK : HttpStatus.CREATED).json(result);
        }

        private static String text(JsonNode node, String field) {
            return node.hasNonNull(field) ? node.get(field).asText() : null;
        }

        private static boolean constantTimeEquals(String a, String b) {
            return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Dates in posted articles: ISO day, or nothing. */
    private static final class Params2 {
        static LocalDate date(String value) {
            try {
                return LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value);
            } catch (java.time.DateTimeException e) {
                throw new BadRequest("date must be an ISO date like 2025-02-14");
            }
        }
    }
}
