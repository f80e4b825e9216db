package org.talentflow.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.UnauthorizedResponse;
import org.talentflow.analytics.TalentAnalytics;
import org.talentflow.analytics.Watchlists;
import org.talentflow.core.domain.Document;
import org.talentflow.core.extract.MoveExtractor;
import org.talentflow.core.ingest.IngestArticle;
import org.talentflow.core.ingest.SaveResult;
import org.talentflow.storage.MoveStore;
import org.talentflow.storage.StoreException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The API's writes: ingesting an article and keeping watchlists. Each needs the configured bearer token; a server
 * started without one is read-only and refuses them all.
 */
final class WriteRoutes {

    private final MoveStore store;
    private final TalentAnalytics analytics;
    private final String token;
    private final Supplier<MoveExtractor> extractor;
    private final ObjectMapper json;

    WriteRoutes(MoveStore store, TalentAnalytics analytics, String token, Supplier<MoveExtractor> extractor, ObjectMapper json) {
        this.store = store;
        this.analytics = analytics;
        this.token = token;
        this.extractor = extractor;
        this.json = json;
    }

    void register(Javalin app) {
        app.post("/api/articles", this::ingest);
        app.post("/api/watchlists/{name}/items", this::watch);
        app.post("/api/watchlists/{name}/check", this::check);
    }

    private void ingest(Context ctx) {
        authorize(ctx);
        JsonNode body = body(ctx, "the body must be a JSON object with a text field");
        if (!body.path("text").isTextual() || body.path("text").asText().isBlank()) {
            throw new BadRequest("the body must be a JSON object with a text field");
        }
        LocalDate published = body.hasNonNull("date") ? date(body.get("date").asText()) : null;
        String name = body.hasNonNull("id") ? body.get("id").asText() : "api-" + System.currentTimeMillis();
        Document document = new Document(name, text(body, "url"), text(body, "title"), published, body.get("text").asText());
        IngestArticle.Ingested ingested;
        try {
            ingested = new IngestArticle(store, extractor.get()).ingest(document);
        } catch (StoreException e) {
            if (!e.refusedData()) {
                throw e;
            }
            throw new BadRequest("the article cannot be stored as given: a field is longer than the store keeps "
                    + "or holds a character it refuses");
        }
        SaveResult result = ingested.result();
        ctx.status(result.duplicate() ? HttpStatus.OK : HttpStatus.CREATED).json(Ingested.of(result, ingested.found().notes()));
    }

    /**
     * The answer to a posted article: what the store did with it, and what extraction left out of it when a cap of
     * {@code Limits} cut it ("cut to 5,000 sentences: ..."; empty for real articles, and for a text stored before,
     * which is not extracted again).
     */
    record Ingested(boolean duplicate, int newMoves, int corroborated, String copyOf, java.util.List<String> notes) {
        static Ingested of(SaveResult r, java.util.List<String> notes) {
            return new Ingested(r.duplicate(), r.newMoves(), r.corroborated(), r.copyOf(), notes);
        }
    }

    private void watch(Context ctx) {
        authorize(ctx);
        String list = ReadRoutes.name(ctx);
        String message = "the body must be a JSON object {\"kind\": \"person\" or \"org\", \"name\": \"...\"}";
        JsonNode body = body(ctx, message);
        String kind = text(body, "kind");
        String name = text(body, "name");
        if (kind == null || name == null || name.isBlank() || name.length() > ReadRoutes.MAX_NAME) {
            throw new BadRequest(message);
        }
        Watchlists.Kind watched = switch (kind.strip().toLowerCase(Locale.ROOT)) {
            case "person" -> Watchlists.Kind.PERSON;
            case "org", "organization" -> Watchlists.Kind.ORG;
            default -> throw new BadRequest("kind must be person or org");
        };
        analytics.watch(list, watched, name);
        ctx.status(HttpStatus.CREATED).json(Map.of("name", list, "items", analytics.watched(list)));
    }

    private void check(Context ctx) {
        authorize(ctx);
        String list = ReadRoutes.name(ctx);
        if (!analytics.watchlistExists(list)) {
            throw new NotFound("no watchlist named " + list);
        }
        ctx.json(Map.of("name", list, "moves", analytics.checkWatchlist(list)));
    }

    private void authorize(Context ctx) {
        if (token == null || token.isBlank()) {
            throw new ForbiddenResponse("this server is read-only: start it with --token to accept writes");
        }
        String presented = bearerToken(ctx.header("Authorization"));
        if (presented == null || !constantTimeEquals(presented, token)) {
            throw new UnauthorizedResponse("missing or wrong token");
        }
    }

    /** The credentials of a {@code Bearer} authorization, the scheme in any case (RFC 9110: schemes are case-insensitive). */
    static String bearerToken(String authorization) {
        if (authorization == null) {
            return null;
        }
        String[] parts = authorization.strip().split("\\s+", 2);
        return parts.length == 2 && parts[0].equalsIgnoreCase("Bearer") ? parts[1].strip() : null;
    }

    private JsonNode body(Context ctx, String message) {
        try {
            JsonNode body = json.readTree(boundedBody(ctx));
            if (body != null && body.isObject()) {
                return body;
            }
        } catch (IOException e) {
            // falls through to the message below
        }
        throw new BadRequest(message);
    }

    /**
     * The body read up to the limit and not a byte further. A chunked body has no Content-Length to refuse it by before
     * it is read, so its bytes are counted as they arrive; what comes after the limit is never kept or parsed.
     */
    private static byte[] boundedBody(Context ctx) {
        byte[] bytes;
        try {
            bytes = ctx.req().getInputStream().readNBytes(Math.toIntExact(ApiServer.MAX_REQUEST_BYTES + 1));
        } catch (IOException e) {
            throw new BadRequest("the body could not be read to its end");
        }
        if (bytes.length > ApiServer.MAX_REQUEST_BYTES) {
            throw new BodyTooLarge();
        }
        return bytes;
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    /** Dates in posted articles: an ISO day (a timestamp's day), or nothing. */
    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value);
        } catch (DateTimeException e) {
            throw new BadRequest("date must be an ISO date like 2025-02-14");
        }
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
