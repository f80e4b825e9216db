package org.talentflow.core.domain;

import java.util.Objects;

/**
 * An organization as a move names it: the top-level organization, and the unit when the text names one
 * ("JD.com's Explore Academy" is organization JD.com, unit JD Explore Academy).
 *
 * @param organization canonical name of the top-level organization
 * @param unit         canonical name of the unit, or null when the text names only the organization
 */
public record OrgRef(String organization, String unit) {

    public OrgRef {
        Objects.requireNonNull(organization, "organization");
        if (unit != null && unit.equals(organization)) {
            unit = null;
        }
    }

    public static OrgRef of(String organization) {
        return new OrgRef(organization, null);
    }

    /** The most specific name: the unit when known, else the organization. */
    public String mostSpecific() {
        return unit != null ? unit : organization;
    }
}
