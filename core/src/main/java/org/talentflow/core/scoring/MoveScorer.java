package org.talentflow.core.scoring;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The learned scorer: a logistic model over the features of a candidate, its weights a plain resource
 * ({@code model/move-scorer.tsv}, written by {@code bench/run train}). Its output is the probability that the
 * document reports the candidate move as having happened; the threshold below which a candidate is dropped was
 * chosen on development data and is part of the file.
 */
public final class MoveScorer {

    public static final String RESOURCE = "/model/move-scorer.tsv";
    /** The Chinese model: the same form over the Chinese reader's features (see zh/ChineseMoves). */
    public static final String CHINESE = "/model/zh-move-scorer.tsv";

    private final Map<String, Double> weights;
    private final double threshold;
    private final double partialThreshold;

    public MoveScorer(Map<String, Double> weights, double threshold) {
        this(weights, threshold, threshold);
    }

    /**
     * @param threshold        below it a move with both ends is dropped
     * @param partialThreshold below it a move with one end (a join, a departure, a founding with no origin) is dropped
     */
    public MoveScorer(Map<String, Double> weights, double threshold, double partialThreshold) {
        this.weights = Map.copyOf(weights);
        this.threshold = threshold;
        this.partialThreshold = partialThreshold;
    }

    /** The model that ships with TalentFlow. */
    public static MoveScorer shipped() {
        return shipped(RESOURCE);
    }

    /** A model that ships with TalentFlow, by its resource name ({@link #RESOURCE}, {@link #CHINESE}). */
    public static MoveScorer shipped(String resource) {
        try (InputStream in = MoveScorer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing model " + resource);
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads "# threshold T", "# threshold-partial T" and "feature TAB weight" lines. */
    public static MoveScorer read(BufferedReader reader) throws IOException {
        Map<String, Double> weights = new LinkedHashMap<>();
        double threshold = 0.5;
        Double partial = null;
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.matches("# threshold [0-9.]+")) {
                threshold = Double.parseDouble(line.substring("# threshold".length()).strip());
            }
            if (line.matches("# threshold-partial [0-9.]+")) {
                partial = Double.parseDouble(line.substring("# threshold-partial".length()).strip());
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            weights.put(cells[0], Double.parseDouble(cells[1]));
        }
        return new MoveScorer(weights, threshold, partial == null ? threshold : partial);
    }

    public double probability(List<String> features) {
        double z = 0;
        for (String f : features) {
            z += weights.getOrDefault(f, 0.0);
        }
        return 1 / (1 + Math.exp(-z));
    }

    public double threshold() {
        return threshold;
    }

    public double partialThreshold() {
        return partialThreshold;
    }

    /** The threshold for a candidate: moves with both ends and moves with one are held to their own. */
    public double thresholdFor(org.talentflow.core.story.Candidate c) {
        return c.from() != null && c.to() != null ? threshold : partialThreshold;
    }

    public Map<String, Double> weights() {
        return weights;
    }
}
