package org.talentflow.core.domain;

import java.util.List;

/**
 * A person as resolved across documents.
 *
 * @param name    the display name (the first full form seen)
 * @param key     the resolution key: spellings with the same key are one person (see PersonNames)
 * @param aliases other spellings seen
 */
public record Person(String name, String key, List<String> aliases) {

    public Person {
        aliases = List.copyOf(aliases);
    }
}
