package org.talentflow.analytics;

import org.talentflow.storage.OrgView;

import java.util.List;

/**
 * What an organization's page shows, bounded for a giant as for a startup: the latest departures, arrivals and
 * founders with their totals, the top destinations and sources (each with its latest people), the quarterly trend
 * (every quarter from the first to the last, quiet ones as zeros) with the moves dated only by a year counted apart
 * per year, and the latest alumni startups (as many as the founders page holds; its total is the founders' total).
 */
public record OrganizationPage(OrgView organization, List<Ranked> destinations, List<Ranked> sources,
                               List<QuarterFlow> quarterly, List<YearFlow> yearOnly, List<AlumniStartup> alumniStartups) {
    public OrganizationPage {
        destinations = List.copyOf(destinations);
        sources = List.copyOf(sources);
        quarterly = List.copyOf(quarterly);
        yearOnly = List.copyOf(yearOnly);
        alumniStartups = List.copyOf(alumniStartups);
    }
}
