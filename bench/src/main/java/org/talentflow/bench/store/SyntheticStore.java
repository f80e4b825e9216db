package org.talentflow.bench.store;

import org.talentflow.core.syndication.MinHashSignature;
import org.talentflow.core.syndication.Sites;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Makes a synthetic store of a given number of moves and writes it straight into a migrated, empty schema: the
 * organizations, people, articles, moves and evidence rows the store's writers would have made, with the same
 * derived columns (seniority, happened_on, reported_on; each article a story of its own with its signature, band keys and
 * site, each move its document and source counts), loaded in bulk instead of one article at a time. Setting the stories
 * here spares the store's backfill of old documents, which takes a quarter of an hour at a million moves.
 */
public final class SyntheticStore {

    /** Top-level organizations before startups: a few thousand, as the brief of the benchmark says. */
    static final int ORGANIZATIONS = 4000;

    final SyntheticOrgs orgs;
    final SyntheticMoves careers;
    final SyntheticArticles articles;

    public SyntheticStore(int moves, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        orgs = new SyntheticOrgs(ORGANIZATIONS, random);
        careers = new SyntheticMoves(moves, orgs, random);
        articles = new SyntheticArticles(careers.moves, random);
    }

    public int people() {
        return careers.people.size();
    }

    public int organizations() {
        return orgs.all.size();
    }

    public int articles() {
        return articles.articles.size();
    }

    /** Writes every table on a connection whose schema Flyway has just migrated; commits per table. */
    public void load(Connection c) throws SQLException {
        boolean h2 = c.getMetaData().getURL().startsWith("jdbc:h2:");
        if (h2) {
            // The rows are consistent by construction; checking every reference costs H2 most of the load.
            try (Statement s = c.createStatement()) {
                s.execute("SET REFERENTIAL_INTEGRITY FALSE");
            }
        }
        if (c.getMetaData().getURL().startsWith("jdbc:duckdb:")) {
            // Building the band key index of 16.6 million rows in one COPY needs more than the store's 1 GB; the
            // setting holds for this process's connections only while they are open (a later open has the URL's).
            try (Statement s = c.createStatement()) {
                s.execute("SET memory_limit = '6GB'");
                s.execute("SET preserve_insertion_order = false");
            }
        }
        c.setAutoCommit(false);
        try (RowSink sink = RowSink.open(c, "organizations", "id", "name", "name_key", "kind", "parent_id", "ticker", "city")) {
            for (SyntheticOrgs.Org o : orgs.all) {
                sink.row(o.id(), o.name(), o.name().toLowerCase(Locale.ROOT), o.kind(), o.parentId(), o.ticker(), o.city());
            }
        }
        try (RowSink sink = RowSink.open(c, "org_aliases", "org_id", "alias", "alias_key")) {
            for (SyntheticOrgs.Org o : orgs.ranked) {
                if (o.ticker() != null) {
                    String alias = o.name() + " Holdings Ltd";
                    sink.row(o.id(), alias, alias.toLowerCase(Locale.ROOT));
                }
            }
        }
        try (RowSink sink = RowSink.open(c, "people", "id", "person_key", "name")) {
            for (SyntheticMoves.Person p : careers.people) {
                sink.row(p.id(), p.key(), p.name());
            }
        }
        int[] documentCounts = new int[careers.moves.size()];
        List<Set<String>> sources = new ArrayList<>(Collections.nCopies(careers.moves.size(), null));
        for (SyntheticArticles.Article a : articles.articles) {
            for (int i : a.moves()) {
                documentCounts[i]++;
                if (sources.get(i) == null) {
                    sources.set(i, new HashSet<>(2));
                }
                sources.get(i).add(sourceKey(a));
            }
        }
        try (RowSink sink = RowSink.open(c, "moves", "id", "person_id", "kind", "from_org_id", "from_unit_id", "to_org_id",
                "to_unit_id", "role", "move_date", "happened_on", "confidence", "seniority", "reported_on",
                "document_count", "source_count")) {
            for (int i = 0; i < careers.moves.size(); i++) {
                SyntheticMoves.Move m = careers.moves.get(i);
                sink.row(m.id, m.person, m.kind, m.fromOrg, m.fromUnit, m.toOrg, m.toUnit, m.role, m.date, m.happenedOn,
                        m.confidence, m.seniority, m.reportedOn, documentCounts[i],
                        sources.get(i) == null ? 0 : sources.get(i).size());
            }
        }
        loadArticles(c);
        boolean duck = c.getMetaData().getURL().startsWith("jdbc:duckdb:");
        try (Statement s = c.createStatement()) {
            // Later writes (an ingest into the benchmark store) must not collide with the ids written here.
            for (String table : List.of("organizations", "people", "documents", "moves", "evidence")) {
                long next;
                try (var rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
                    rs.next();
                    next = rs.getLong(1);
                }
                if (duck) {
                    // DuckDB's ids come from sequences, which cannot be altered: drawn up to the last id written.
                    s.execute("SELECT MAX(nextval('" + table + "_id')) FROM range(" + (next - 1) + ")");
                } else {
                    s.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
                }
            }
            c.commit();
            if (h2) {
                s.execute("SET REFERENTIAL_INTEGRITY TRUE");
            }
        }
    }

    private void loadArticles(Connection c) throws SQLException {
        List<SyntheticMoves.Move> moves = careers.moves;
        MessageDigest sha = sha256();
        LocalDateTime ingested = LocalDateTime.of(2026, 1, 1, 0, 0);
        long evidenceId = 1;
        try (RowSink documents = RowSink.open(c, "documents", "id", "name", "url", "title", "published", "content_hash",
                "text", "ingested_at", "story_id", "site", "source_key", "signature")) {
            for (SyntheticArticles.Article a : articles.articles) {
                String text = text(a, moves);
                String hash = HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
                // As the store links a document that copies nothing: its own story, its site the source.
                documents.row(a.id(), "synthetic/" + a.id() + ".txt", url(a), (a.followUp() ? "Follow-up " : "Talent round-up ")
                        + a.id(), a.published(), hash, text, ingested, a.id(), Sites.of(url(a)), sourceKey(a),
                        MinHashSignature.of(text).map(MinHashSignature::toBytes).orElse(new byte[0]));
            }
        }
        // A pass of its own: a PostgreSQL connection takes one COPY at a time.
        try (RowSink bands = RowSink.open(c, "document_bands", "document_id", "band", "band_key")) {
            for (SyntheticArticles.Article a : articles.articles) {
                Optional<MinHashSignature> signature = MinHashSignature.of(text(a, moves));
                if (signature.isPresent()) {
                    long[] keys = signature.get().bandKeys();
                    for (int b = 0; b < keys.length; b++) {
                        bands.row(a.id(), (short) b, keys[b]);
                    }
                }
            }
        }
        try (RowSink evidence = RowSink.open(c, "evidence", "id", "move_id", "document_id", "sentence", "start_offset",
                "end_offset", "role", "move_date", "confidence")) {
            for (SyntheticArticles.Article a : articles.articles) {
                int offset = header(a).length();
                for (int i : a.moves()) {
                    SyntheticMoves.Move m = moves.get(i);
                    String sentence = sentence(m, a.followUp());
                    evidence.row(evidenceId++, m.id, a.id(), sentence, offset, offset + sentence.length(), m.role, m.date,
                            m.confidence);
                    offset += sentence.length() + 1;
                }
            }
        }
    }

    private static String url(SyntheticArticles.Article a) {
        return "https://news.example/" + a.published().getYear() + "/" + a.id();
    }

    /** Every synthetic article has a URL, so its source is its site (a hash stands in only for URL-less texts). */
    private static String sourceKey(SyntheticArticles.Article a) {
        return Sites.of(url(a));
    }

    private String text(SyntheticArticles.Article a, List<SyntheticMoves.Move> moves) {
        StringBuilder text = new StringBuilder(header(a));
        for (int i : a.moves()) {
            text.append(sentence(moves.get(i), a.followUp())).append(' ');
        }
        return text.toString();
    }

    private static String header(SyntheticArticles.Article a) {
        return (a.followUp() ? "Follow-up report " : "Talent round-up ") + a.id() + ". ";
    }

    private String sentence(SyntheticMoves.Move m, boolean followUp) {
        String person = careers.people.get((int) m.person - 1).name();
        String from = m.fromOrg == null ? null : orgs.name(m.fromUnit != null ? m.fromUnit : m.fromOrg);
        String to = m.toOrg == null ? null : orgs.name(m.toUnit != null ? m.toUnit : m.toOrg);
        String as = m.role == null ? "" : " as " + m.role;
        return switch (m.kind) {
            case "move" -> followUp ? to + " confirmed that " + person + " had joined from " + from + as + "."
                    : person + " left " + from + " for " + to + as + ".";
            case "join" -> followUp ? to + " said " + person + " had joined" + as + "." : person + " joined " + to + as + ".";
            case "leave" -> followUp ? from + " confirmed the departure of " + person + "." : person + " has left " + from + ".";
            default -> followUp ? to + ", founded by " + person + " of " + from + ", raised a seed round."
                    : person + " left " + from + " to found " + to + ".";
        };
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
