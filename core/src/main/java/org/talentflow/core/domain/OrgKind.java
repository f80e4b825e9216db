package org.talentflow.core.domain;

import java.util.Locale;

/** What an organization is; closed set used by the gazetteer and the store. */
public enum OrgKind {
    COMPANY, UNIT, LAB, STARTUP, UNIVERSITY, GOVERNMENT, MEDIA, OTHER;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OrgKind fromLabel(String label) {
        if (label == null || label.isBlank()) {
            return OTHER;
        }
        return valueOf(label.trim().toUpperCase(Locale.ROOT));
    }
}
