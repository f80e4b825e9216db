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

/** The frame patterns over each parsed sentence not read yet: its mentions, move clauses and ties. */
public final class ReadClauses implements Stage {

    private static final boolean DEBUG = Boolean.getBoolean("talentflow.debug");

    private final SentenceReader reader;

    public ReadClauses(SentenceReader reader) {
        this.reader = reader;
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
        java.util.Set<String> organizations = DocumentNames.organizations(e.parsed().values());
        for (Map.Entry<Integer, ParsedSentence> p : e.parsed().entrySet()) {
            if (!e.readings().containsKey(p.getKey())) {
                e.checkTime();
                e.readings().put(p.getKey(), reader.read(DocumentNames.relabeled(p.getValue(), organizations)));
                if (DEBUG) {
                    Debug.print(e.document().name(), p.getValue(), e.readings().get(p.getKey()));
                }
            }
        }
    }
}
