package org.talentflow.app.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import org.talentflow.analytics.Flow;
import org.talentflow.analytics.Period;
import org.talentflow.analytics.TalentAnalytics;
import org.talentflow.storage.MoveStore;
import org.talentflow.storage.StoredEvidence;
import org.talentflow.storage.StoredMove;

import java.util.List;
import java.util.Map;

/**
 * Downloads of what the pages show, for the same filters: flows as CSV, JSON and GraphML; moves as CSV, JSON and
 * the JSONL move contract. Each is an attachment, so a browser saves it instead of showing it.
 */
final class ExportRoutes {

    private final MoveStore store;
    private final TalentAnalytics analytics;

    ExportRoutes(MoveStore store, TalentAnalytics analytics) {
        this.store = store;
        this.analytics = analytics;
    }

    void register(Javalin app) {
        app.get("/api/export/flows.csv", ctx -> download(ctx, "flows.csv", "text/csv; charset=utf-8", flowsCsv(flows(ctx))));
        app.get("/api/export/flows.json", ctx -> {
            attachment(ctx, "flows.json");
            ctx.json(Map.of("flows", flows(ctx)));
        });
        app.get("/api/export/flows.graphml", ctx ->
                download(ctx, "flows.graphml", "application/graphml+xml; charset=utf-8", FlowGraphMl.of(flows(ctx))));
        app.get("/api/export/moves.csv", ctx -> download(ctx, "moves.csv", "text/csv; charset=utf-8", movesCsv(moves(ctx))));
        app.get("/api/export/moves.json", ctx -> {
            attachment(ctx, "moves.json");
            ctx.json(Map.of("moves", moves(ctx)));
        });
        app.get("/api/export/moves.jsonl", ctx ->
                download(ctx, "moves.jsonl", "application/x-ndjson; charset=utf-8", MoveContractLines.of(moves(ctx))));
    }

    private List<Flow> flows(Context ctx) {
        Period window = Params.window(ctx);
        return analytics.flows(window.since(), window.until(), Params.level(ctx));
    }

    private List<StoredMove> moves(Context ctx) {
        Period window = Params.window(ctx);
        return store.moves(new MoveStore.MoveQuery(Params.text(ctx, "person", ReadRoutes.MAX_NAME),
                Params.text(ctx, "org", ReadRoutes.MAX_NAME), window.since(), window.until(), Params.exportLimit(ctx)));
    }

    static String flowsCsv(List<Flow> flows) {
        CsvTable csv = new CsvTable("from", "to", "moves", "people");
        flows.forEach(f -> csv.row(f.from(), f.to(), f.moves(), String.join("; ", f.people())));
        return csv.text();
    }

    static String movesCsv(List<StoredMove> moves) {
        CsvTable csv = new CsvTable("id", "person", "kind", "from", "from_unit", "to", "to_unit", "role", "date",
                "confidence", "sources", "first_source", "first_source_url", "evidence");
        for (StoredMove m : moves) {
            StoredEvidence first = m.evidence().isEmpty() ? null : m.evidence().get(0);
            csv.row(m.id(), m.person(), m.kind().label(), m.fromOrganization(), m.fromUnit(), m.toOrganization(),
                    m.toUnit(), m.role(), m.date(), m.confidence(), m.evidence().size(),
                    first == null ? null : first.doc(), first == null ? null : first.url(),
                    first == null ? null : first.sentence());
        }
        return csv.text();
    }

    private static void download(Context ctx, String file, String contentType, String body) {
        attachment(ctx, file);
        ctx.contentType(contentType).result(body);
    }

    private static void attachment(Context ctx, String file) {
        ctx.header("Content-Disposition", "attachment; filename=\"talentflow-" + file + "\"");
    }
}
