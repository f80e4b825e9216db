package org.talentflow.storage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A WHERE clause built from fixed SQL fragments, with the values bound in order beside it. */
public final class Where {

    private final StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
    private final List<Object> args = new ArrayList<>();

    public Where and(String clause, Object... values) {
        sql.append(" AND ").append(clause);
        Collections.addAll(args, values);
        return this;
    }

    /** Any of the columns holds one of the ids (an organization and its units). */
    public Where anyIn(List<Long> ids, String... columns) {
        List<String> tests = new ArrayList<>();
        for (String column : columns) {
            tests.add(column + " IN (" + Sql.marks(ids.size()) + ")");
            args.addAll(ids);
        }
        sql.append(" AND (").append(String.join(" OR ", tests)).append(')');
        return this;
    }

    /** Inclusive window on when a move happened; undated moves only pass when there is no window at all. */
    public Where window(LocalDate since, LocalDate until) {
        if (since != null) {
            and("m.happened_on >= ?", since);
        }
        if (until != null) {
            and("m.happened_on <= ?", until);
        }
        return this;
    }

    public String sql() {
        return sql.toString();
    }

    public Object[] args(Object... more) {
        List<Object> all = new ArrayList<>(args);
        Collections.addAll(all, more);
        return all.toArray();
    }
}
