package org.talentflow.core.domain;

import java.util.List;
import java.util.Objects;

/**
 * How the reports of one move (its sentences, from one article or several) make the move the store states: the
 * first report that gives a role or a date gives it, later ones fill only what is still open and never overwrite;
 * confidence and seniority are the highest any report gives. The reports are taken in the order they were made
 * public to the store (by document, then by sentence), so the result does not depend on which run stored them.
 */
public final class MoveReports {

    /** What one report says of the move beyond who and where. */
    public record Report(String role, String date, double confidence) {
    }

    /** The move as its reports state it together. */
    public record Stated(String role, String date, double confidence, Seniority seniority) {
    }

    private MoveReports() {
    }

    /** The reports in order; at least one. */
    public static Stated state(List<Report> reports) {
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("a move is stated by one report at least");
        }
        String role = reports.stream().map(Report::role).filter(Objects::nonNull).findFirst().orElse(null);
        String date = reports.stream().map(Report::date).filter(Objects::nonNull).findFirst().orElse(null);
        double confidence = reports.stream().mapToDouble(Report::confidence).max().orElseThrow();
        Seniority seniority = reports.stream().map(r -> Seniority.of(r.role()))
                .max((a, b) -> Integer.compare(a.weight(), b.weight())).orElseThrow();
        return new Stated(role, date, confidence, seniority);
    }
}
