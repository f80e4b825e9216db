package org.talentflow.core.domain;

import java.util.List;
import java.util.Objects;

/**
 * An organization of the gazetteer (or one created on the fly from an unknown name).
 *
 * @param name    canonical name
 * @param kind    company, unit, lab, ...
 * @param parent  canonical name of the parent organization, or null for a top-level one
 * @param ticker  stock ticker such as "NYSE:BABA", or null
 * @param city    headquarters city, or null
 * @param aliases other names that refer to it (not including {@code name})
 */
public record Organization(String name, OrgKind kind, String parent, String ticker, String city,
                           List<String> aliases) {

    public Organization {
        Objects.requireNonNull(name, "name");
        kind = kind == null ? OrgKind.OTHER : kind;
        aliases = List.copyOf(aliases);
    }

    public static Organization unknown(String name) {
        return new Organization(name, OrgKind.OTHER, null, null, null, List.of());
    }
}
