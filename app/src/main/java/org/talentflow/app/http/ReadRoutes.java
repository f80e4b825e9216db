package org.talentflow.app.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import org.talentflow.analytics.Flow;
import org.talentflow.analytics.Period;
import org.talentflow.analytics.TalentAnalytics;
import org.talentflow.storage.MoveStore;
import org.talentflow.storage.StoredMove;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The read-only API: each handler reads its parameters strictly and answers from the store's read models. */
final class ReadRoutes {

    /** Longest name or search text accepted; longer is a 400, not a slow query. */
    static final int MAX_NAME = 200;

    private final MoveStore store;
    private final TalentAnalytics analytics;

    ReadRoutes(MoveStore store, TalentAnalytics analytics) {
        this.store = store;
        this.analytics = analytics;
    }

    void register(Javalin app) {
        app.get("/api/stats", this::stats);
        app.get("/api/moves", this::moves);
        app.get("/api/moves/{id}", this::move);
        app.get("/api/articles/{id}", this::article);
        app.get("/api/flows", this::flows);
        app.get("/api/flows/moves", this::flowMoves);
        app.get("/api/net", this::net);
        app.get("/api/people/{name}", this::person);
        app.get("/api/orgs/{name}", this::organization);
        app.get("/api/search", this::search);
        app.get("/api/watchlists", this::watchlists);
        app.get("/api/watchlists/{name}", this::watchlist);
    }

    private void stats(Context ctx) {
        ctx.json(store.counts());
    }

    private void moves(Context ctx) {
        int limit = Params.limit(ctx, 50);
        int offset = Params.offset(ctx);
        Period window = Params.window(ctx);
        List<StoredMove> found = store.moves(new MoveStore.MoveQuery(Params.text(ctx, "person", MAX_NAME),
                Params.text(ctx, "org", MAX_NAME), window.since(), window.until(), limit + offset));
        List<StoredMove> page = found.subList(Math.min(offset, found.size()), found.size());
        ctx.json(Map.of("offset", offset, "limit", limit, "moves", page));
    }

    private void move(Context ctx) {
        long id = Params.id(ctx);
        ctx.json(analytics.move(id).orElseThrow(() -> new NotFound("no move with id " + id)));
    }

    private void article(Context ctx) {
        long id = Params.id(ctx);
        ctx.json(analytics.article(id).orElseThrow(() -> new NotFound("no article with id " + id)));
    }

    /** The largest flows first, at most limit of them (read from the summaries); "more" says whether others exist. */
    private void flows(Context ctx) {
        Period window = Params.window(ctx);
        Integer asked = Params.optionalLimit(ctx);
        int limit = asked == null ? TalentAnalytics.PAGE_FLOWS : asked;
        List<Flow> flows = analytics.topFlows(window.since(), window.until(), Params.level(ctx), limit + 1,
                TalentAnalytics.PAGE_PEOPLE);
        boolean more = flows.size() > limit;
        ctx.json(Map.of("more", more, "flows", more ? flows.subList(0, limit) : flows));
    }

    private void flowMoves(Context ctx) {
        Period window = Params.window(ctx);
        ctx.json(Map.of("moves", analytics.flowMoves(Params.required(ctx, "from", MAX_NAME), Params.required(ctx, "to", MAX_NAME),
                window.since(), window.until(), Params.level(ctx), Params.limit(ctx, 50))));
    }

    private void net(Context ctx) {
        Period window = Params.window(ctx);
        ctx.json(Map.of("organizations", analytics.topNetFlows(window.since(), window.until(),
                Params.limit(ctx, TalentAnalytics.PAGE_FLOWS))));
    }

    private void person(Context ctx) {
        String name = name(ctx);
        ctx.json(store.person(name).orElseThrow(() -> new NotFound("no person named " + name)));
    }

    /** An organization's page: the latest departures, arrivals and founders (paged by offset and limit, with totals). */
    private void organization(Context ctx) {
        String name = name(ctx);
        var page = analytics.organizationPage(name, Params.offset(ctx), Params.limit(ctx, MoveStore.ORG_PAGE))
                .orElseThrow(() -> new NotFound("no organization named " + name));
        String org = page.organization().organization().name();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("organization", page.organization());
        body.put("destinations", page.destinations());
        body.put("sources", page.sources());
        body.put("quarterly", page.quarterly());
        body.put("yearOnly", page.yearOnly());
        body.put("alumniStartups", page.alumniStartups());
        body.put("homeCity", analytics.alumniHomeCityShare(org));
        ctx.json(body);
    }

    private void search(Context ctx) {
        String text = Params.required(ctx, "q", MAX_NAME);
        int limit = Params.limit(ctx, 10);
        ctx.json(Map.of("q", text, "people", analytics.searchPeople(text, limit),
                "organizations", analytics.searchOrganizations(text, limit)));
    }

    private void watchlists(Context ctx) {
        ctx.json(Map.of("watchlists", analytics.watchlists()));
    }

    private void watchlist(Context ctx) {
        String name = name(ctx);
        if (!analytics.watchlistExists(name)) {
            throw new NotFound("no watchlist named " + name);
        }
        ctx.json(Map.of("name", name, "items", analytics.watched(name), "unseen", analytics.unseenWatchlistMoves(name)));
    }

    static String name(Context ctx) {
        String name = ctx.pathParam("name").strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new BadRequest("name must have 1 to " + MAX_NAME + " characters");
        }
        return name;
    }
}
