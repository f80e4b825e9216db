package org.talentflow.core.extract;

import org.talentflow.core.domain.MoveKind;
import org.talentflow.core.domain.OrgRef;
import org.talentflow.core.pipeline.Sentence;

/**
 * A move as one sentence states it, before the document's people are resolved and its claims combined.
 *
 * @param person     the person as the sentence names them (a full name, a surname, or already resolved)
 * @param position   offset of that mention in the document, for resolving surnames and pronouns
 * @param kind       move, leave, join or found
 * @param from       organization left, or null
 * @param to         organization joined or founded, or null
 * @param role       title, or null
 * @param date       normalized date, or null
 * @param confidence 0..1
 * @param sentence   the evidence sentence
 * @param order      position of the claim's verb in the sentence, to order claims of one sentence
 * @param hirer      when a person did the hiring ("Zuckerberg poached X"), that person: their employer is
 *                   the destination; else null
 */
public record Claim(String person, int position, MoveKind kind, OrgRef from, OrgRef to, String role, String date,
                    double confidence, Sentence sentence, int order, String hirer) {

    Claim withPerson(String name) {
        return new Claim(name, position, kind, from, to, role, date, confidence, sentence, order, hirer);
    }

    Claim withHirer(String name) {
        return new Claim(person, position, kind, from, to, role, date, confidence, sentence, order, name);
    }

    Claim with(MoveKind newKind, OrgRef newFrom, OrgRef newTo, double newConfidence) {
        return new Claim(person, position, newKind, newFrom, newTo, role, date, newConfidence, sentence, order, hirer);
    }

    Claim withDateAndRole(String newDate, String newRole) {
        return new Claim(person, position, kind, from, to, role != null ? role : newRole,
                date != null ? date : newDate, confidence, sentence, order, hirer);
    }
}
