package org.talentflow.storage;

import java.util.List;

/** A person's career as reported: moves oldest first. */
public record PersonView(String name, List<String> aliases, List<StoredMove> moves) {
}
