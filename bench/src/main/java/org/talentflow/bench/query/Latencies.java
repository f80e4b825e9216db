package org.talentflow.bench.query;

import java.util.Arrays;
import java.util.Locale;

/** Response times of one kind of request, in nanoseconds; percentiles by the nearest-rank method. */
final class Latencies {

    private long[] nanos = new long[1024];
    private int size;

    synchronized void add(long elapsed) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = elapsed;
    }

    synchronized void addAll(Latencies other) {
        for (int i = 0; i < other.size; i++) {
            add(other.nanos[i]);
        }
    }

    synchronized int count() {
        return size;
    }

    /** The p-th percentile in milliseconds (p in 0..100). */
    synchronized double percentile(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1e6;
    }

    String summary() {
        return String.format(Locale.ROOT, "%8.1f %8.1f %8.1f %8.1f", percentile(50), percentile(95), percentile(99), percentile(100));
    }
}
