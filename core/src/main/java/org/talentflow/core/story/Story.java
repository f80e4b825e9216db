package org.talentflow.core.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.talentflow.core.domain.Document;
import org.talentflow.core.domain.OrgKind;
import org.talentflow.core.domain.OrgRef;
import org.talentflow.core.frame.OrgSlot;
import org.talentflow.core.lexicon.Lexicon;
import org.talentflow.core.mention.Mention;
import org.talentflow.core.resolve.Gazetteer;

/**
 * The document model: the readings of its parsed sentences, its people, and every organization it names (in
 * order), against which descriptions ("the company") and hirers ("Zuckerberg poached X") are resolved.
 */
public final class Story {

    private final Document document;
    private final List<SentenceReading> readings;
    private final People people;
    private final List<Mention> organizations;
    private final List<Tie> ties;

    public Story(Document document, List<SentenceReading> readings, Gazetteer gazetteer, Lexicon lexicon) {
        this.document = document;
        this.readings = List.copyOf(readings);
        this.people = People.of(document.text(), readings, lexicon);
        this.organizations = organizationsOf(document, readings, gazetteer);
        this.ties = resolvedTies(readings);
    }

    /** The ties of the document with their descriptions resolved ("John Park, its vice president"). */
    private List<Tie> resolvedTies(List<SentenceReading> readings) {
        List<Tie> all = new ArrayList<>();
        for (SentenceReading r : readings) {
            for (Tie t : r.ties()) {
                OrgSlot org = t.org().named() ? t.org() : resolve(t.org(), null, List.of());
                if (org != null && org.named()) {
                    all.add(new Tie(t.person(), org, t.role(), t.past(), t.reading(), t.pattern()));
                }
            }
        }
        return all;
    }

    public Document document() {
        return document;
    }

    public List<SentenceReading> readings() {
        return readings;
    }

    public People people() {
        return people;
    }

    /** Gazetteer names anywhere in the text (cheap) and the organizations of the parsed sentences, in text order. */
    private static List<Mention> organizationsOf(Document document, List<SentenceReading> readings, Gazetteer gazetteer) {
        List<Mention> orgs = new ArrayList<>();
        for (Gazetteer.Hit hit : gazetteer.findAll(document.text())) {
            orgs.add(new Mention(Mention.Type.ORG, 0, 0, hit.surface(), hit.start(), hit.end(),
                    gazetteer.refOf(hit.organization()), hit.organization().kind(), "gazetteer"));
        }
        for (SentenceReading r : readings) {
            for (Mention m : r.mentions().of(Mention.Type.ORG)) {
                if (!m.known()) {
                    orgs.add(m);
                }
            }
        }
        orgs.sort(Comparator.comparingInt(Mention::begin));
        return orgs;
    }

    /**
     * A slot as the document resolves it: a description becomes the last organization named before it (never a
     * news outlet, never the organization on the other side of the same move); a person who hires stands for the
     * organization they are tied to; a name stays as it is.
     */
    public OrgSlot resolve(OrgSlot slot, OrgSlot otherSide, List<Tie> ties) {
        if (slot == null || slot.named()) {
            return slot;
        }
        if (slot.isDescription()) {
            OrgRef avoid = otherSide != null ? otherSide.org() : null;
            Mention subject = subjectOrganizationBefore(slot.mention(), avoid);
            if (subject != null) {
                return new OrgSlot(subject.org(), subject, "description");
            }
            Mention last = null;
            for (Mention m : organizations) {
                if (m.begin() >= slot.mention().begin()) {
                    break;
                }
                if (m.orgKind() != OrgKind.MEDIA && (avoid == null || !sameOrganization(avoid, m.org()))) {
                    last = m;
                }
            }
            return last == null ? null : new OrgSlot(last.org(), last, "description");
        }
        if (slot.isPerson()) {
            People.Person hirer = people.of(slot.mention());
            for (Tie t : ties) {
                if (hirer != null && hirer == people.of(t.person()) && !t.past()) {
                    return new OrgSlot(t.org().org(), t.org().mention(), "person");
                }
            }
        }
        return null;
    }

    /**
     * "Apple has named X, previously at Amazon, to run its group"; "Nvidia acquired the startup Lumora and hired its
     * founders": in its own sentence a description stands for the nearest organization before it that is a subject or
     * object of a clause, passing over those named inside a person's apposition.
     */
    private Mention subjectOrganizationBefore(Mention description, OrgRef avoid) {
        for (SentenceReading r : readings) {
            org.talentflow.core.parse.ParsedSentence s = r.parsed();
            if (description.begin() < s.sentence().begin() || description.begin() >= s.sentence().end()) {
                continue;
            }
            Mention found = null;
            for (Mention m : r.mentions().of(Mention.Type.ORG)) {
                if (m.begin() >= description.begin() || m.orgKind() == OrgKind.MEDIA
                        || avoid != null && sameOrganization(avoid, m.org())) {
                    continue;
                }
                for (int i = m.first(); i <= m.last(); i++) {
                    if (!s.governors(i, "nsubj", "nsubj:pass", "obj", "conj:and").isEmpty() && !insideApposition(s, i)) {
                        found = m;
                    }
                }
            }
            return found;
        }
        return null;
    }

    /** Whether a token hangs, within a few steps, on an apposition to a person (what is said of someone, not of the clause). */
    private static boolean insideApposition(org.talentflow.core.parse.ParsedSentence s, int token) {
        int node = token;
        for (int depth = 0; node > 0 && depth < 4; depth++) {
            for (int head : s.governors(node, "appos", "acl:relcl")) {
                if ("PERSON".equals(s.token(head).ner()) || s.token(head).isPronoun()) {
                    return true;
                }
            }
            List<org.talentflow.core.parse.ParsedSentence.Edge> up = s.governors(node);
            node = up.isEmpty() ? 0 : up.get(0).governor();
        }
        return false;
    }

    /** The organization a sentence is about at an offset: the one the story named last before it (no outlet). */
    public OrgSlot contextAt(int offset, OrgRef avoid) {
        Mention at = new Mention(Mention.Type.ORG_NOUN, 0, 0, "", offset, offset, null, null, "context");
        OrgSlot slot = resolve(new OrgSlot(null, at, "description"), avoid == null ? null : new OrgSlot(avoid, null, "name"), ties);
        return slot == null ? null : new OrgSlot(slot.org(), slot.mention(), "context");
    }

    /**
     * Two names of one organization: equal once folded, or one the start of the other ("Verizon" and "Verizon
     * Communications Inc").
     */
    public static boolean sameOrganization(OrgRef a, OrgRef b) {
        if (a == null || b == null) {
            return false;
        }
        String x = org.talentflow.core.resolve.OrgNames.foldKey(a.organization());
        String y = org.talentflow.core.resolve.OrgNames.foldKey(b.organization());
        return x.equals(y) || !x.isEmpty() && !y.isEmpty() && (y.startsWith(x + " ") || x.startsWith(y + " "));
    }

    /** Every tie of the document, descriptions resolved. */
    public List<Tie> ties() {
        return ties;
    }

    /** Every group move of the document (unnamed people: "hired three engineers from Google"). */
    public List<MoveFact> groups() {
        List<MoveFact> all = new ArrayList<>();
        readings.forEach(r -> all.addAll(r.groups()));
        return all;
    }

    /** Every move fact of the document. */
    public List<MoveFact> moves() {
        List<MoveFact> all = new ArrayList<>();
        readings.forEach(r -> all.addAll(r.moves()));
        return all;
    }
}
