package org.talentflow.storage;

import org.talentflow.core.domain.Organization;

import java.util.List;

/** An organization's talent balance, its units rolled up. */
public record OrgView(Organization organization, List<String> units, List<StoredMove> departures,
                      List<StoredMove> arrivals, List<StoredMove> alumniFounders) {
}
