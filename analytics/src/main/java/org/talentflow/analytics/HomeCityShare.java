package org.talentflow.analytics;

/**
 * How many of the startups an organization's alumni founded are in its home city.
 *
 * @param city      the organization's home city (from the gazetteer), or null when unknown
 * @param startups  distinct startups founded by people who left it
 * @param withCity  those whose city is known
 * @param inCity    those in the home city
 */
public record HomeCityShare(String city, int startups, int withCity, int inCity) {

    /** The share of startups with a known city that are in the home city, or null when it cannot be said. */
    public Double share() {
        return city == null || withCity == 0 ? null : (double) inCity / withCity;
    }
}
