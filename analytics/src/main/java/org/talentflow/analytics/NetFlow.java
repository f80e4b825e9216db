package org.talentflow.analytics;

/**
 * One organization's balance in a window: people in and out, and the same weighted by seniority
 * (see {@link org.talentflow.core.domain.Seniority}). Units count for their parent.
 */
public record NetFlow(String organization, int arrivals, int departures, int weightedArrivals,
                      int weightedDepartures) {
    public int net() {
        return arrivals - departures;
    }

    public int weightedNet() {
        return weightedArrivals - weightedDepartures;
    }
}
