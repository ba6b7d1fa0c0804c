package jstrace.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import jstrace.cli.UsageError;
import jstrace.decode.Call;
import jstrace.event.TraceListener;
import jstrace.output.TraceOutput;
import jstrace.table.SyscallTable;
import jstrace.tracer.Tracee;

/**
 * -c / -C: calls, errors and time per syscall, printed at the end in strace's table. Time is the
 * tracee's system CPU time between the entry and exit stops (wait4's rusage, as strace measures it,
 * so sleeping looks cheap), or with -w the wall time between the stops.
 */
public final class Summary implements TraceListener {
    private final TraceOutput out;
    private final boolean wallClock;
    private final Comparator<Integer> order;
    private final long[] calls = new long[SyscallTable.MAX + 2];
    private final long[] errors = new long[SyscallTable.MAX + 2];
    private final long[] nanos = new long[SyscallTable.MAX + 2];

    public Summary(TraceOutput out, boolean wallClock, String sortBy) {
        this.out = out;
        this.wallClock = wallClock;
        this.order = comparator(sortBy);
    }

    private Comparator<Integer> comparator(String sortBy) {
        Comparator<Integer> byNr = Comparator.naturalOrder();
        return switch (sortBy) {
            case "time", "time_total", "total_time" -> Comparator.<Integer>comparingLong(i -> -nanos[i]).thenComparing(byNr);
            case "calls", "count" -> Comparator.<Integer>comparingLong(i -> -calls[i]).thenComparing(byNr);
            case "errors", "error" -> Comparator.<Integer>comparingLong(i -> -errors[i]).thenComparing(byNr);
            case "name", "syscall", "syscall_name" -> Comparator.comparing(jstrace.decode.Print::syscallName);
            case "nothing", "none" -> byNr;
            case "avg_time", "time_avg" -> Comparator.<Integer>comparingDouble(i -> -(double) nanos[i] / calls[i]).thenComparing(byNr);
            default -> throw new UsageError("invalid sortby: '" + sortBy + "'", false);
        };
    }

    private static int slot(int nr) {
        return nr >= 0 && nr <= SyscallTable.MAX ? nr : SyscallTable.MAX + 1;
    }

    @Override
    public void syscallEntered(Tracee t, Call c) {}

    @Override
    public void syscallExited(Tracee t, Call c) {
        int i = slot(c.nr);
        calls[i]++;
        if (c.failed) errors[i]++;
        nanos[i] += wallClock ? t.exitNanos - t.entryNanos : Math.max(0, t.exitStime - t.entryStime);
    }

    @Override
    public void signalDelivered(Tracee t, int sig, String info) {}

    @Override
    public void exited(Tracee t, int code) {}

    @Override
    public void killed(Tracee t, int sig, boolean coreDumped) {}

    @Override
    public void finish() {
        List<Integer> rows = new ArrayList<>();
        long totalCalls = 0, totalErrors = 0, totalNanos = 0;
        for (int i = 0; i < calls.length; i++) {
            if (calls[i] == 0) continue;
            rows.add(i);
            totalCalls += calls[i];
            totalErrors += errors[i];
            totalNanos += nanos[i];
        }
        rows.sort(order);
        line(String.format("%6s %11s %11s %9s %9s %s", "% time", "seconds", "usecs/call", "calls", "errors", "syscall"));
        String dashes = "------ ----------- ----------- --------- --------- ----------------";
        line(dashes);
        for (int i : rows) {
            row(totalNanos == 0 ? 0 : 100.0 * nanos[i] / totalNanos, nanos[i], calls[i], errors[i], jstrace.decode.Print.syscallName(i));
        }
        line(dashes);
        row(100.0, totalNanos, totalCalls, totalErrors, "total");
        out.flush();
    }

    private void row(double percent, long ns, long n, long errs, String name) {
        line(String.format("%6.2f %11.6f %11d %9d %9s %s", percent, ns / 1e9, n == 0 ? 0 : ns / 1000 / n, n,
                errs == 0 ? "" : Long.toString(errs), name));
    }

    private void line(String s) {
        out.append(s);
        out.newline();
    }
}
