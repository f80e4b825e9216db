package org.talentflow.storage;

import java.util.List;

import org.talentflow.core.resolve.PersonNames;

/** A person's career as reported: moves oldest first. */
public record PersonView(String name, List<String> aliases, List<StoredMove> moves) {

    /** A name in Han characters as English news writes it (张迪: "Zhang Di"); null for any other name. */
    public String pinyin() {
        return PersonNames.pinyin(name).stream().findFirst().orElse(null);
    }
}
