package jstrace.stats;

import java.util.ArrayList;
import java.util.List;
import jstrace.decode.Print;
import jstrace.table.SyscallTable;

/**
 * What one summary table counts, per syscall number: calls, errors, time (sum, shortest, longest),
 * and what was asked for beyond strace 6.1's columns: wall-clock time, the distribution of the time
 * (percentiles), errors by errno. Arrays indexed by syscall number, x86_64 or i386, up to 4095, each
 * named as strace names it (syscall_0x1f4 for an unassigned one); the last slot holds numbers
 * beyond, named after the first of them. So counting a call allocates nothing unless it is the first of its syscall with a
 * histogram or a new errno.
 */
final class Counts {
    private static final int SLOTS = Math.max(4096, SyscallTable.MAX + 1) + 1;
    /** The first number counted in the last slot (numbers beyond the others). */
    private int beyond = -1;

    private final long[] calls = new long[SLOTS], errors = new long[SLOTS], nanos = new long[SLOTS],
            minNanos = new long[SLOTS], maxNanos = new long[SLOTS];
    private final long[] wallNanos, wallMinNanos, wallMaxNanos;
    /** Per syscall, and for all calls of the table (the total row's percentiles). */
    private final Latency[] latency;
    private final Latency allLatency;
    /** Per syscall: errno numbers and their counts, in order of first occurrence. */
    private final int[][] errnoCodes;
    private final long[][] errnoCounts;

    /** Whether the numbers are i386 ones (calls made with int $0x80), named from SyscallTable32. */
    private final boolean i386;

    Counts(boolean wall, boolean percentiles, boolean errnos) {
        this(wall, percentiles, errnos, false);
    }

    Counts(boolean wall, boolean percentiles, boolean errnos, boolean i386) {
        this.i386 = i386;
        wallNanos = wall ? new long[SLOTS] : null;
        wallMinNanos = wall ? new long[SLOTS] : null;
        wallMaxNanos = wall ? new long[SLOTS] : null;
        latency = percentiles ? new Latency[SLOTS] : null;
        allLatency = percentiles ? new Latency() : null;
        errnoCodes = errnos ? new int[SLOTS][] : null;
        errnoCounts = errnos ? new long[SLOTS][] : null;
    }

    static int slot(int nr) {
        return nr >= 0 && nr < SLOTS - 1 ? nr : SLOTS - 1;
    }

    /** One call of number {@code nr} (see {@link #add}). */
    void add(int slot, int nr, long ns, long wallNs, boolean failed, int errno) {
        if (slot == SLOTS - 1 && beyond < 0) beyond = nr;
        add(slot, ns, wallNs, failed, errno);
    }

    /** One call: its -c time {@code ns}, its wall time {@code wallNs}, its errno (0: it succeeded). */
    void add(int slot, long ns, long wallNs, boolean failed, int errno) {
        int i = slot;
        if (calls[i] == 0 || ns < minNanos[i]) minNanos[i] = ns;
        if (ns > maxNanos[i]) maxNanos[i] = ns;
        nanos[i] += ns;
        if (wallNanos != null) {
            if (calls[i] == 0 || wallNs < wallMinNanos[i]) wallMinNanos[i] = wallNs;
            if (wallNs > wallMaxNanos[i]) wallMaxNanos[i] = wallNs;
            wallNanos[i] += wallNs;
        }
        calls[i]++;
        if (latency != null) {
            Latency l = latency[i];
            if (l == null) latency[i] = l = new Latency();
            l.record(ns);
            allLatency.record(ns);
        }
        if (failed) {
            errors[i]++;
            if (errnoCodes != null) countErrno(i, errno);
        }
    }

    private void countErrno(int i, int errno) {
        int[] codes = errnoCodes[i];
        if (codes == null) {
            errnoCodes[i] = codes = new int[2];
            errnoCounts[i] = new long[2];
            codes[0] = errno;
            errnoCounts[i][0] = 1;
            return;
        }
        long[] counts = errnoCounts[i];
        int n = 0;
        for (; n < codes.length && counts[n] != 0; n++) {
            if (codes[n] == errno) {
                counts[n]++;
                return;
            }
        }
        if (n == codes.length) {
            errnoCodes[i] = codes = java.util.Arrays.copyOf(codes, n * 2);
            errnoCounts[i] = counts = java.util.Arrays.copyOf(counts, n * 2);
        }
        codes[n] = errno;
        counts[n] = 1;
    }

    /** The table's rows, in syscall-number order. */
    List<SummaryTable.Row> rows() {
        List<SummaryTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < SLOTS; i++) {
            if (calls[i] == 0) continue;
            int nr = i == SLOTS - 1 && beyond >= 0 ? beyond : i;
            rows.add(new SummaryTable.Row(i386 ? Print.syscallName32(nr) : Print.syscallName(nr), calls[i], errors[i], nanos[i], minNanos[i], maxNanos[i],
                    wallNanos == null ? 0 : wallNanos[i], wallNanos == null ? 0 : wallMinNanos[i],
                    wallNanos == null ? 0 : wallMaxNanos[i], latency == null ? null : latency[i], errnos(i)));
        }
        return rows;
    }

    /** All calls of the table (null without percentiles). */
    Latency allLatency() {
        return allLatency;
    }

    /** Errors by errno, most frequent first (ties: lower errno first). */
    private List<SummaryTable.ErrnoCount> errnos(int i) {
        if (errnoCodes == null || errnoCodes[i] == null) return List.of();
        List<SummaryTable.ErrnoCount> out = new ArrayList<>();
        for (int n = 0; n < errnoCodes[i].length && errnoCounts[i][n] != 0; n++) {
            out.add(new SummaryTable.ErrnoCount(errnoCodes[i][n], errnoCounts[i][n]));
        }
        out.sort((a, b) -> a.count() != b.count() ? Long.compare(b.count(), a.count()) : Integer.compare(a.errno(), b.errno()));
        return out;
    }
}
