package org.talentflow.core.extract.stage;

import java.util.ArrayList;
import java.util.List;
import java.util.EnumSet;
import java.util.Set;

import org.talentflow.core.domain.Limits;
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
        // A text cut at the sentence cap is read up to its last sentence; any other, whole.
        String text = e.document().text();
        int readUpTo = e.sentences().size() < e.limits().sentences() ? text.length()
                : e.sentences().get(e.sentences().size() - 1).end();
        TagSelected.Introduced introduced = e.part(TagSelected.Introduced.class);
        Story story = new Story(e.document(), new ArrayList<>(e.readings().values()), gazetteer, lexicon, readUpTo,
                e.limits().people(), introduced == null ? List.of() : introduced.names());
        if (story.people().unfollowed() > 0) {
            e.note("people", "followed the first " + Limits.count(story.people().all().size()) + " people, the limit; "
                    + Limits.count(story.people().unfollowed()) + " more names not followed");
        }
        e.story(story);
    }
}
