package org.talentflow.app.cli;

import java.nio.file.Path;
import java.util.List;

import org.talentflow.core.domain.Limits;
import org.talentflow.core.extract.MoveExtractor;
import org.talentflow.core.nlp.Nlp;
import org.talentflow.core.resolve.Gazetteer;
import org.talentflow.core.scoring.MoveScorer;

/** The extraction set-up every command shares: gazetteer (shipped plus the user's) and the models, loaded once. */
final class Pipeline {

    private Pipeline() {
    }

    static Gazetteer gazetteer(List<Path> userFiles) {
        return userFiles == null || userFiles.isEmpty() ? Gazetteer.loadDefault() : Gazetteer.loadDefaultWith(userFiles);
    }

    static MoveExtractor extractor(Gazetteer gazetteer) {
        return extractor(gazetteer, Limits.DEFAULT);
    }

    static MoveExtractor extractor(Gazetteer gazetteer, Limits limits) {
        return new MoveExtractor(Nlp.shared(), gazetteer, false, MoveScorer.shipped(), limits);
    }

    static int threads() {
        return Runtime.getRuntime().availableProcessors();
    }
}
