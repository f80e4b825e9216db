package org.talentflow.core.frame;

import org.talentflow.core.domain.OrgRef;
import org.talentflow.core.mention.Mention;

/**
 * What fills an organization slot of a frame: a named organization, a description to resolve against the
 * document ("the company"), or a person who acts for one ("Zuckerberg poached X").
 *
 * @param org     the organization when named, else null
 * @param mention the mention behind it (a name, "the company", a person)
 * @param how     how the slot was read: "name" (the node is the name), "inside" (a name under the node: "Google's
 *                AI lab", "his own startup, Acme"), "role" (the organization of a title: "chief executive of B"),
 *                "mover" (the organization beside the mover: "X of Nvidia"), "description", "person"
 */
public record OrgSlot(OrgRef org, Mention mention, String how) {

    public boolean isDescription() {
        return "description".equals(how);
    }

    public boolean isPerson() {
        return "person".equals(how);
    }

    public boolean named() {
        return org != null;
    }
}
