package org.talentflow.storage;

import org.talentflow.core.domain.Organization;

import java.util.List;

/**
 * An organization's talent balance, its units rolled up: a page of its latest departures, arrivals and alumni
 * founders, each with the total count, so that a giant with tens of thousands of moves reads as fast as a startup.
 */
public record OrgView(Organization organization, List<String> units, MovePage departures, MovePage arrivals,
                      MovePage alumniFounders) {
}
