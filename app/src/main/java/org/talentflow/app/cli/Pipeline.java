package org.talentflow.app.cli;

import java.nio.file.Path;
import java.util.List;

import org.talentflow.core.extract.MoveExtractor;
import org.talentflow.core.nlp.Nlp;
import org.talentflow.core.resolve.Gazetteer;

/** The extraction set-up every command shares: gazetteer (shipped plus the user's) and the models, loaded once. */
final class Pipeline {

    private Pipeline() {
    }

    static Gazetteer gazetteer(List<Path> userFiles) {
        return userFiles == null || userFiles.isEmpty() ? Gazetteer.loadDefault() : Gazetteer.loadDefaultWith(userFiles);
    }

    static MoveExtractor extractor(Gazetteer gazetteer) {
        return new MoveExtractor(Nlp.shared(), gazetteer);
    }

    static int threads() {
        return Runtime.getRuntime().availableProcessors();
    }
}
