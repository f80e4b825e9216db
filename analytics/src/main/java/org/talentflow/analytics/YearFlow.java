package org.talentflow.analytics;

/**
 * Arrivals and departures of one organization in one calendar year among moves dated by the year alone ("2024"):
 * they belong to no quarter, so a trend shows them apart instead of in the year's first quarter.
 */
public record YearFlow(int year, int arrivals, int departures) {
}
