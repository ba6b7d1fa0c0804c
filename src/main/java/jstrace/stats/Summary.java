package jstrace.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import jstrace.decode.Call;
import jstrace.decode.Print;
import jstrace.event.TraceListener;
import jstrace.output.TraceOutput;
import jstrace.table.SyscallTable;

/**
 * -c / -C: calls, errors and time per syscall, printed at the end in strace's table. Time is the
 * tracee's system CPU time between the entry and exit stops (wait4's rusage, as strace measures it,
 * so sleeping looks cheap), or with -w the wall time between the stops; -O subtracts a fixed overhead
 * from every call.
 */
public final class Summary implements TraceListener {
    private final TraceOutput out;
    private final boolean wallClock;
    private final long overheadNs;
    private final List<SummaryTable.Column> columns;
    private final Comparator<SummaryTable.Row> order;
    private final long[] calls = new long[SyscallTable.MAX + 2];
    private final long[] errors = new long[SyscallTable.MAX + 2];
    private final long[] nanos = new long[SyscallTable.MAX + 2];
    private final long[] minNanos = new long[SyscallTable.MAX + 2];
    private final long[] maxNanos = new long[SyscallTable.MAX + 2];

    public Summary(TraceOutput out, boolean wallClock, long overheadNs, List<SummaryTable.Column> columns,
            Comparator<SummaryTable.Row> order) {
        this.out = out;
        this.wallClock = wallClock;
        this.overheadNs = overheadNs;
        this.columns = columns;
        this.order = order;
    }

    private static int slot(int nr) {
        return nr >= 0 && nr <= SyscallTable.MAX ? nr : SyscallTable.MAX + 1;
    }

    @Override
    public void syscallEntered(Call c) {}

    @Override
    public void syscallExited(Call c) {
        int i = slot(c.nr);
        long ns = wallClock ? c.durationNanos() : c.systemNanos();
        ns = Math.max(0, ns - overheadNs);
        if (calls[i] == 0 || ns < minNanos[i]) minNanos[i] = ns;
        if (ns > maxNanos[i]) maxNanos[i] = ns;
        calls[i]++;
        if (c.failed) errors[i]++;
        nanos[i] += ns;
    }

    @Override
    public void finish() {
        List<SummaryTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < calls.length; i++) {
            if (calls[i] == 0) continue;
            rows.add(new SummaryTable.Row(Print.syscallName(i), calls[i], errors[i], nanos[i], minNanos[i], maxNanos[i]));
        }
        // strace reports failed writes of trace lines, not of its table
        out.flush();
        out.onWriteError(null);
        // no call counted at all (-e trace=none, or the traced calls never made): strace prints no table
        if (rows.isEmpty()) return;
        out.append(SummaryTable.render(rows, columns, order));
        out.flush();
    }
}
