package org.talentflow.analytics;

/** Arrivals and departures of one organization in one calendar quarter. */
public record QuarterFlow(int year, int quarter, int arrivals, int departures) {
    public String label() {
        return year + "-Q" + quarter;
    }
}
