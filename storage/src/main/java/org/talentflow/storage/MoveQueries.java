package org.talentflow.storage;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Read models over moves: the filtered feed, a person's timeline, an organization's page rolled up over its units. */
final class MoveQueries {

    private static final String[] EITHER = {"m.from_org_id", "m.from_unit_id", "m.to_org_id", "m.to_unit_id"};

    private final Sql sql;
    private final MoveRows rows;
    private final PeopleTable people;
    private final OrganizationTable organizations;

    MoveQueries(Sql sql, PeopleTable people, OrganizationTable organizations) {
        this.sql = sql;
        this.rows = new MoveRows(sql);
        this.people = people;
        this.organizations = organizations;
    }

    List<StoredMove> moves(MoveStore.MoveQuery q) {
        Where where = new Where();
        Long person = null;
        if (q.person() != null) {
            person = people.find(q.person());
            if (person == null) {
                return List.of();
            }
            where.and("m.person_id = ?", person);
        }
        if (q.organization() != null) {
            Long org = organizations.find(q.organization());
            if (org == null) {
                return List.of();
            }
            List<Long> family = organizations.withUnits(org);
            if (q.limit() != null && person == null) {
                // A page of a giant's moves: read newest first from each column's index, not all of them sorted.
                return byIds(new NewestMoves(sql).page(family, List.of(NewestMoves.Side.LEFT, NewestMoves.Side.REACHED),
                        () -> new Where().window(q.since(), q.until()), 0, Math.max(0, q.limit())));
            }
            where.anyIn(family, EITHER);
        }
        return rows.load(where.window(q.since(), q.until()), MoveRows.NEWEST_FIRST, q.limit());
    }

    List<StoredMove> byIds(List<Long> ids) {
        return ids.isEmpty() ? List.of() : rows.load(new Where().anyIn(ids, "m.id"), MoveRows.NEWEST_FIRST, null);
    }

    Optional<PersonView> person(String name) {
        Long id = people.find(name);
        if (id == null) {
            return Optional.empty();
        }
        String display = sql.queryString("SELECT name FROM people WHERE id = ?", id);
        List<String> aliases = sql.strings("SELECT alias FROM person_aliases WHERE person_id = ? ORDER BY alias", id);
        List<StoredMove> timeline = rows.load(new Where().and("m.person_id = ?", id), MoveRows.OLDEST_FIRST, null);
        return Optional.of(new PersonView(display, aliases, timeline));
    }

    /** An organization's page: its latest departures, arrivals and alumni founders from offset on, with totals. */
    Optional<OrgView> organization(String name, int offset, int limit) {
        Long id = organizations.find(name);
        if (id == null) {
            return Optional.empty();
        }
        List<Long> family = organizations.withUnits(id);
        MovePage departures = page(family, NewestMoves.Side.LEFT, null, offset, limit);
        MovePage arrivals = page(family, NewestMoves.Side.REACHED, null, offset, limit);
        MovePage founders = page(family, NewestMoves.Side.LEFT, "found", offset, limit);
        return Optional.of(new OrgView(organizations.view(id), organizations.unitNames(id), departures, arrivals, founders));
    }

    private MovePage page(List<Long> family, NewestMoves.Side side, String kind, int offset, int limit) {
        Supplier<Where> filter = () -> kind == null ? new Where() : new Where().and("m.kind = ?", kind);
        List<Long> ids = new NewestMoves(sql).page(family, List.of(side), filter, offset, limit);
        return new MovePage(new SideCounts(sql).total(family, side, kind), offset, byIds(ids));
    }

    MoveStore.Counts counts() {
        return new MoveStore.Counts(count("SELECT COUNT(*) FROM documents"),
                count("SELECT COUNT(DISTINCT story_id) FROM documents"), count("SELECT COUNT(*) FROM people"),
                // The organizations moves name (units with their parent), not the gazetteer's hundreds: read from the
                // side_totals summary, one row per organization, unit and kind, not from the moves (but from the moves
                // on a store without summaries, whose columnar scan of two columns is cheap).
                count(sql.keepsSummaries() ? "SELECT COUNT(DISTINCT org_id) FROM side_totals"
                        : "SELECT COUNT(DISTINCT org_id) FROM (SELECT from_org_id AS org_id FROM moves UNION ALL "
                        + "SELECT to_org_id FROM moves) x WHERE org_id IS NOT NULL"),
                count("SELECT COUNT(*) FROM moves"),
                count("SELECT COUNT(*) FROM evidence"));
    }

    private int count(String query) {
        return sql.queryLong(query).intValue();
    }
}
