package org.talentflow.core.extract.stage;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;

import org.talentflow.core.extract.Extraction;
import org.talentflow.core.extract.Need;
import org.talentflow.core.extract.Stage;
import org.talentflow.core.lexicon.Lexicon;
import org.talentflow.core.resolve.Gazetteer;
import org.talentflow.core.story.Story;

/** The document model: people clustered across sentences, organizations in order, ties and group moves. */
public final class BuildStory implements Stage {

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;

    public BuildStory(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    @Override
    public String name() {
        return "story";
    }

    @Override
    public Set<Need> requires() {
        return EnumSet.of(Need.READINGS);
    }

    @Override
    public Set<Need> adds() {
        return EnumSet.of(Need.STORY);
    }

    @Override
    public void apply(Extraction e) {
        e.story(new Story(e.document(), new ArrayList<>(e.readings().values()), gazetteer, lexicon));
    }
}
