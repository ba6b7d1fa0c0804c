package jstrace.stats;

import org.HdrHistogram.Histogram;

/**
 * The distribution of calls' times (ns) for the pNN-time columns: an HdrHistogram of two
 * significant digits (each value kept to within 1%, a few KB whatever the number of calls,
 * resized as longer times come) plus the exact shortest and longest time. Only made when a
 * percentile is asked for, so the histogram classes are not loaded otherwise.
 */
public final class Latency {
    private final Histogram histogram = new Histogram(2);
    private long min = Long.MAX_VALUE, max = Long.MIN_VALUE;

    public void record(long ns) {
        histogram.recordValue(ns);
        if (ns < min) min = ns;
        if (ns > max) max = ns;
    }

    /** Adds every value {@code other} holds. */
    public void add(Latency other) {
        if (other.histogram.getTotalCount() == 0) return;
        histogram.add(other.histogram);
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
    }

    public long count() {
        return histogram.getTotalCount();
    }

    /**
     * The time at or below which {@code percentile}% of the calls took (nearest rank: the
     * ceil(N * percentile / 100)th shortest), as the upper end of its histogram bucket, so within
     * 1% above the call's exact time; never beyond the exact shortest and longest times (p0 is the
     * shortest, p100 the longest). 0 for no calls.
     */
    public long at(double percentile) {
        if (histogram.getTotalCount() == 0) return 0;
        long v = histogram.getValueAtPercentile(percentile);
        return Math.max(min, Math.min(max, v));
    }
}
