package org.talentflow.spark;

import org.talentflow.core.extract.MoveExtractor;
import org.talentflow.core.nlp.Nlp;
import org.talentflow.core.resolve.Gazetteer;

/**
 * The extraction models of one executor JVM: loaded by the first task that needs them, then shared by every task of
 * that executor (the extractor is thread-safe). A static holder, so that they are never serialized with a task's
 * closure: a task ships only its options, and the 500 MB of models stay where they were loaded.
 */
final class ExecutorModels {

    private static volatile MoveExtractor extractor;

    private ExecutorModels() {
    }

    static MoveExtractor extractor() {
        MoveExtractor instance = extractor;
        if (instance == null) {
            synchronized (ExecutorModels.class) {
                instance = extractor;
                if (instance == null) {
                    instance = new MoveExtractor(Nlp.shared(), Gazetteer.loadDefault());
                    extractor = instance;
                }
            }
        }
        return instance;
    }
}
