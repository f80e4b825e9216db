package org.talentflow.core.extract.stage;

import org.talentflow.core.mention.DocumentNames;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.talentflow.core.extract.Extraction;
import org.talentflow.core.extract.Need;
import org.talentflow.core.extract.Stage;
import org.talentflow.core.parse.ParsedSentence;
import org.talentflow.core.story.SentenceReader;
import org.talentflow.core.story.SentenceReading;

/** The frame patterns over each parsed sentence not read yet: its mentions, move clauses and ties. */
public final class ReadClauses implements Stage {

    private static final boolean DEBUG = Boolean.getBoolean("talentflow.debug");

    private final SentenceReader reader;

    private final Map<String, String> titles;

    public ReadClauses(SentenceReader reader) {
        this.reader = reader;
        // the title words with their seniority: whoever owns a head ("Ashgrove Whitley's senior partner") is an organization
        this.titles = reader.lexicon().titleWords().stream()
                .collect(java.util.stream.Collectors.toMap(w -> w, w -> reader.lexicon().seniority(w)));
    }

    @Override
    public String name() {
        return "read";
    }

    @Override
    public Set<Need> requires() {
        return EnumSet.of(Need.PARSED);
    }

    @Override
    public Set<Need> adds() {
        return EnumSet.of(Need.READINGS);
    }

    @Override
    public void apply(Extraction e) {
        // The organizations' names the tagger found anywhere in the article so far (see DocumentNames).
        java.util.Set<String> organizations = DocumentNames.organizations(e.parsed().values(), reader.lexicon().orgNameWords(),
                titles, reader.lexicon().orgNouns());
        organizations.addAll(DocumentNames.companyShortNames(e.parsed().values(), e.document().text(), reader.lexicon()));
        organizations.removeIf(reader.lexicon()::isPlace); // "Cape Town" is no club
        java.util.Set<String> people = DocumentNames.peopleTakenUpByWho(e.parsed().values(), reader.lexicon().orgNameWords());
        organizations.removeAll(people);
        if (DEBUG) {
            System.err.println("[" + e.document().name() + "] ORGANIZATION NAMES " + organizations);
        }
        java.util.Set<String> surnames = DocumentNames.surnames(e.parsed().values());
        surnames.addAll(DocumentNames.surnamesAfterGivenNames(e.parsed().values(), e.document().text()));
        surnames.addAll(people);
        for (Map.Entry<Integer, ParsedSentence> p : e.parsed().entrySet()) {
            ParsedSentence labeled = DocumentNames.personsRelabeled(DocumentNames.relabeled(p.getValue(), organizations),
                    surnames, organizations, reader.lexicon(), reader::knowsOrganization);
            SentenceReading read = e.readings().get(p.getKey());
            // A sentence read before the context stage parsed the one that names the company in full ("Quorra Labs
            // rents two floors ... Last week Quorra hired A") is read again with the company's name as such.
            if (read == null || !sameEntities(read.parsed(), labeled)) {
                e.checkTime();
                e.readings().put(p.getKey(), reader.read(labeled));
                if (DEBUG) {
                    Debug.print(e.document().name(), p.getValue(), e.readings().get(p.getKey()));
                }
            }
        }
    }

    private static boolean sameEntities(ParsedSentence a, ParsedSentence b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 1; i <= a.size(); i++) {
            if (!java.util.Objects.equals(a.token(i).ner(), b.token(i).ner())) {
                return false;
            }
        }
        return true;
    }
}
