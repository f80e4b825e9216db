package org.talentflow.analytics;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The time window of a query, one rule for the command line and the HTTP API: each end a year, a month or a day,
 * counted whole (until 2025 means to the end of 2025); null for an open end. An empty window is a mistake worth
 * telling, not a question with no answer.
 */
public record Period(LocalDate since, LocalDate until) {

    /** @throws IllegalArgumentException when since is after until */
    public Period {
        if (since != null && until != null && since.isAfter(until)) {
            throw new IllegalArgumentException("since (" + since + ") is after until (" + until + ")");
        }
    }

    /** The first day of "2025", "2025-02" or "2025-02-14". @throws DateTimeException for anything else */
    public static LocalDate start(String text) {
        return bound(text, true);
    }

    /** The last day of "2025", "2025-02" or "2025-02-14". @throws DateTimeException for anything else */
    public static LocalDate end(String text) {
        return bound(text, false);
    }

    private static LocalDate bound(String text, boolean start) {
        String v = text.strip();
        if (v.matches("\\d{4}")) {
            int year = Integer.parseInt(v);
            return start ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
        }
        if (v.matches("\\d{4}-\\d{2}")) {
            YearMonth month = YearMonth.parse(v);
            return start ? month.atDay(1) : month.atEndOfMonth();
        }
        if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return LocalDate.parse(v);
        }
        throw new DateTimeException("not a year, month or day: " + text);
    }
}
