package org.talentflow.core.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.ling.BasicDatum;
import edu.stanford.nlp.stats.Counter;

/**
 * Fits the move scorer: L2-regularized logistic regression (CoreNLP's {@link LinearClassifierFactory}, quasi-Newton,
 * deterministic) over labelled candidates. The weights are the log-odds of "reported as having happened".
 */
public final class ScorerTraining {

    /** One candidate with its features and whether the annotation confirms it. */
    public record Example(List<String> features, boolean positive) {
    }

    private static final String YES = "yes";
    private static final String NO = "no";

    private ScorerTraining() {
    }

    /** Weights for P(yes) = sigmoid(sum of weights), with sigma the Gaussian prior's width. */
    public static Map<String, Double> fit(List<Example> examples, double sigma) {
        Dataset<String, String> data = new Dataset<>();
        for (Example e : examples) {
            data.add(new BasicDatum<>(e.features(), e.positive() ? YES : NO));
        }
        LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>(1e-6, false, sigma);
        factory.setVerbose(false);
        LinearClassifier<String, String> classifier = factory.trainClassifier(data);
        Map<String, Counter<String>> byLabel = classifier.weightsAsMapOfCounters();
        Counter<String> yes = byLabel.get(YES);
        Counter<String> no = byLabel.get(NO);
        Map<String, Double> weights = new TreeMap<>();
        for (String feature : data.featureIndex()) {
            double w = (yes == null ? 0 : yes.getCount(feature)) - (no == null ? 0 : no.getCount(feature));
            if (Math.abs(w) > 1e-9) {
                weights.put(feature, w);
            }
        }
        return weights;
    }

    /** The model file: threshold and weights, one a line, sorted, so that a retrained model diffs cleanly. */
    public static String write(Map<String, Double> weights, double threshold, List<String> header) {
        return write(weights, threshold, threshold, header);
    }

    public static String write(Map<String, Double> weights, double threshold, double partialThreshold, List<String> header) {
        StringBuilder b = new StringBuilder();
        for (String h : header) {
            b.append("# ").append(h).append('\n');
        }
        b.append(String.format(java.util.Locale.ROOT, "# threshold %.2f%n", threshold));
        b.append(String.format(java.util.Locale.ROOT, "# threshold-partial %.2f%n", partialThreshold));
        List<String> keys = new ArrayList<>(weights.keySet());
        keys.sort(null);
        for (String k : keys) {
            b.append(k).append('\t').append(String.format(java.util.Locale.ROOT, "%.4f", weights.get(k))).append('\n');
        }
        return b.toString();
    }
}
