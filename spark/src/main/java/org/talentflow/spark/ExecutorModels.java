package org.talentflow.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.talentflow.core.extract.MoveExtractor;
import org.talentflow.core.nlp.Nlp;

/**
 * The extraction models of one executor JVM: loaded by the first task that needs them, then shared by every task of
 * that executor (the extractor is thread-safe). A static holder, so that they are never serialized with a task's
 * closure: a task ships only its options, and the 500 MB of models stay where they were loaded. An extractor is kept
 * per gazetteer (jobs run one after another in a JVM may give different ones); they all share {@link Nlp#shared()}.
 */
final class ExecutorModels {

    private static final Map<UserGazetteer, MoveExtractor> EXTRACTORS = new ConcurrentHashMap<>();

    private ExecutorModels() {
    }

    static MoveExtractor extractor(UserGazetteer gazetteer) {
        return EXTRACTORS.computeIfAbsent(gazetteer, g -> new MoveExtractor(Nlp.shared(), g.load()));
    }
}
