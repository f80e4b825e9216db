package org.talentflow.storage.testing;

import org.talentflow.core.domain.Document;
import org.talentflow.core.domain.Evidence;
import org.talentflow.core.domain.Move;
import org.talentflow.core.domain.MoveKind;
import org.talentflow.core.domain.OrgKind;
import org.talentflow.core.domain.OrgRef;
import org.talentflow.core.domain.Organization;

import java.time.LocalDate;
import java.util.List;

/** The small world the store and analytics contracts are written in: Acme (with its lab), Globex and their people. */
public final class StoreFixtures {

    private StoreFixtures() {
    }

    public static final List<Organization> GAZETTEER = List.of(
            new Organization("Acme Labs", OrgKind.UNIT, "Acme", null, "Springfield", List.of("Acme Research")),
            new Organization("Acme", OrgKind.COMPANY, null, "NYSE:ACME", "Springfield", List.of("Acme Corp")),
            new Organization("Globex", OrgKind.COMPANY, null, null, "Cypress Creek", List.of()));

    public static Document doc(String name, LocalDate published, String text) {
        return new Document(name, "https://example.com/" + name, "Title " + name, published, text);
    }

    /** A move as extraction would report it, its evidence the given sentence of the document. */
    public static Move move(Document d, String person, MoveKind kind, OrgRef from, OrgRef to, String date, String sentence) {
        int start = d.text().indexOf(sentence);
        return new Move(person, kind, from, to, "chief scientist", date, 0.8,
                new Evidence(d.name(), sentence, start, start + sentence.length()));
    }

    public static final String HIRE = "Maria Gonzalez left Acme's lab for Globex.";
    public static final Document FIRST = doc("a.txt", LocalDate.of(2025, 3, 4), "Big news. " + HIRE);

    /** The named person moving from Acme's lab to Globex, as the document's sentence from their name on says. */
    public static Move hire(Document d, String name) {
        return move(d, name, MoveKind.MOVE, new OrgRef("Acme", "Acme Labs"), OrgRef.of("Globex"), "2025-02",
                d.text().substring(d.text().indexOf(name)));
    }
}
