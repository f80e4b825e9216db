package org.talentflow.app.cli;

import org.talentflow.core.resolve.PersonNames;

/** A person as a table shows them: "周畅 (Zhou Chang)" for a name in Han characters, as the pages do; other names as they are. */
final class PersonLabel {

    private PersonLabel() {
    }

    static String of(String name) {
        return PersonNames.pinyin(name).stream().findFirst().map(p -> name + " (" + p + ")").orElse(name);
    }
}
