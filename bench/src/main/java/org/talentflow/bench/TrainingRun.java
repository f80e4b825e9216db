package org.talentflow.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the scorer trainers share: their arguments, and the choice of two thresholds (moves with both ends, moves with
 * one) on a grid of out-of-fold F1, each point judged with its neighbours, so that a threshold in a broad good region
 * wins over a lucky single point (a point beside a cliff does not hold on new articles).
 */
final class TrainingRun {

    /** The grid's thresholds: 0.10 to 0.90 by 0.05. */
    static final double[] GRID = grid();

    /** The command line: --train, --eval, --blind (repeatable), --out FILE, --sigma S. */
    record Args(List<Path> train, List<Path> eval, List<Path> blind, Path out, double sigma) {

        static Args parse(String[] args, Path defaultOut) {
            List<Path> train = new ArrayList<>();
            List<Path> eval = new ArrayList<>();
            List<Path> blind = new ArrayList<>();
            Path out = defaultOut;
            double sigma = 1.0;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--train" -> train.add(Path.of(args[++i]));
                    case "--eval" -> eval.add(Path.of(args[++i]));
                    case "--blind" -> blind.add(Path.of(args[++i]));
                    case "--out" -> out = Path.of(args[++i]);
                    case "--sigma" -> sigma = Double.parseDouble(args[++i]);
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]);
                }
            }
            return new Args(train, eval, blind, out, sigma);
        }

        Args withDefaults(List<Path> defaultTrain, List<Path> defaultEval) {
            return new Args(train.isEmpty() ? defaultTrain : train, eval.isEmpty() ? defaultEval : eval, blind, out, sigma);
        }
    }

    /** The chosen thresholds and the smoothed F1 they gave. */
    record Thresholds(double both, double partial, double f1) {
    }

    /** What F1 a pair of thresholds gives (both ends, one end). */
    interface F1 {
        double at(double both, double partial) throws Exception;
    }

    private TrainingRun() {
    }

    /** The best pair on the grid, each point's F1 averaged over the points within radius steps of it. */
    static Thresholds choose(F1 f1, int radius) throws Exception {
        double[][] f1s = new double[GRID.length][GRID.length];
        for (int i = 0; i < GRID.length; i++) {
            for (int j = 0; j < GRID.length; j++) {
                f1s[i][j] = f1.at(GRID[i], GRID[j]);
            }
        }
        Thresholds best = new Thresholds(0.5, 0.5, -1);
        for (int i = 0; i < GRID.length; i++) {
            for (int j = 0; j < GRID.length; j++) {
                double sum = 0;
                int n = 0;
                for (int di = Math.max(0, i - radius); di <= Math.min(GRID.length - 1, i + radius); di++) {
                    for (int dj = Math.max(0, j - radius); dj <= Math.min(GRID.length - 1, j + radius); dj++) {
                        sum += f1s[di][dj];
                        n++;
                    }
                }
                if (sum / n > best.f1() + 1e-9) {
                    best = new Thresholds(GRID[i], GRID[j], sum / n);
                }
            }
        }
        return best;
    }

    private static double[] grid() {
        double[] grid = new double[17];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = 0.10 + 0.05 * i;
        }
        return grid;
    }
}
