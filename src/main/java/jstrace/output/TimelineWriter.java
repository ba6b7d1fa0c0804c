package jstrace.output;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import jstrace.decode.Call;
import jstrace.decode.Description;
import jstrace.decode.Results;
import jstrace.decode.Signals;
import jstrace.event.TraceEvent;
import jstrace.event.TraceListener;

/**
 * --timeline=FILE: the trace in the Chrome Trace Event format (a JSON array), which the Perfetto UI
 * (ui.perfetto.dev, "Open trace file") and chrome://tracing open: a track per thread, grouped by
 * process and named after its command; each call a slice with its arguments and result; signals,
 * execs and exits as instant events; a flow arrow from a fork, vfork or clone to the new task's
 * first call. Times are CLOCK_MONOTONIC microseconds (fractions keep the nanoseconds): events reach
 * this writer in the order they end, so no earlier one can be the origin.
 */
public final class TimelineWriter implements TraceListener {
    private final TraceOutput out;
    private final Ascii b = new Ascii();
    private boolean first = true;
    /** Threads and processes already named. */
    private final Set<Integer> namedThreads = new HashSet<>(), namedProcesses = new HashSet<>();
    /** Flows from a creating call, by the new task: they end at its first call. */
    private final Map<Integer, Long> pendingFlows = new HashMap<>();
    /** Per thread, the entry of the call it is in (a fork's arrow starts at its clone) and of its first call. */
    private final Map<Integer, Long> callEntry = new HashMap<>(), firstCall = new HashMap<>();
    /** First calls of tasks that ended before their parent's fork was heard of. */
    private final Map<Integer, Long> firstCallOfEnded = new HashMap<>();
    private long nextFlow = 1;
    /** Tasks whose arrow has been drawn. */
    private final Set<Integer> flowed = new HashSet<>();

    public TimelineWriter(TraceOutput out) {
        this.out = out;
        out.append('[');
        out.newline();
    }

    private void begin(String ph, String name, int tgid, int tid, long mono) {
        b.setLength(0);
        if (!first) {
            out.append(',');
            out.newline();
        }
        first = false;
        b.append("{\"ph\":\"").append(ph).append("\",\"name\":");
        Json.string(b, name);
        b.append(",\"pid\":").append(tgid).append(",\"tid\":").append(tid).append(",\"ts\":");
        micros(b, mono);
    }

    private void end() {
        b.append('}');
        out.append(b.bytes(), 0, b.length());
    }

    /** Microseconds with the nanoseconds as three decimals. */
    private static void micros(Ascii s, long nanos) {
        if (nanos < 0) {
            s.append('-');
            nanos = -nanos;
        }
        s.append(nanos / 1000).append('.');
        long frac = nanos % 1000;
        if (frac < 100) s.append('0');
        if (frac < 10) s.append('0');
        s.append(frac);
    }

    private void name(String what, int tgid, int tid, String name, long mono) {
        begin("M", what, tgid, tid, mono);
        b.append(",\"args\":{\"name\":");
        Json.string(b, name).append('}');
        end();
    }

    /** Names a thread's track and its process the first time they appear. */
    private void known(int tgid, int tid, long mono, String comm) {
        if (namedProcesses.add(tgid) && comm != null) name("process_name", tgid, tgid, comm, mono);
        if (namedThreads.add(tid) && comm != null) name("thread_name", tgid, tid, comm, mono);
    }

    @Override
    public void syscallEntered(Call c) {
        callEntry.put(c.pid, c.entryMonoNanos);
        firstCall.putIfAbsent(c.pid, c.entryMonoNanos);
    }

    @Override
    public void syscallExited(Call c) {
        slice(c, true);
    }

    @Override
    public void syscallUnfinished(Call c) {
        slice(c, false);
    }

    private void slice(Call c, boolean finished) {
        known(c.tgid, c.pid, c.entryMonoNanos, c.comm());
        Long flow = pendingFlows.remove(c.pid);
        begin("X", c.name(), c.tgid, c.pid, c.entryMonoNanos);
        b.append(",\"dur\":");
        micros(b, Math.max(0, c.exitMonoNanos - c.entryMonoNanos));
        b.append(",\"cat\":\"syscall\",\"args\":{");
        Description d = c.description;
        CharSequence text = c.out;
        for (int a = 0, n = d.arguments(text.length()); a < n; a++) {
            String name = c.argumentName(a);
            Json.string(b, name != null ? name : "arg" + (a + 1)).append(':');
            int from = d.argumentStart(a), to = Math.max(from, d.argumentEnd(a, text.length()));
            Json.string(b, text.subSequence(from, to)).append(',');
        }
        b.append("\"result\":");
        if (finished) {
            StringBuilder r = new StringBuilder();
            Results.format(r, c);
            Json.string(b, r);
        } else {
            b.append("\"?\"");
        }
        b.append('}');
        end();
        if (flow != null) {
            // the arrow from the creating call ends in this, the new task's first call
            begin("f", "fork", c.tgid, c.pid, c.entryMonoNanos);
            b.append(",\"cat\":\"task\",\"bp\":\"e\",\"id\":").append(flow);
            end();
        }
    }

    private void instant(TraceEvent e, String name, String detailKey, String detail) {
        begin("i", name, e.tgid(), e.pid(), e.monoNanos());
        b.append(",\"s\":\"t\",\"cat\":\"event\"");
        if (detailKey != null) {
            b.append(",\"args\":{");
            Json.string(b, detailKey).append(':');
            Json.string(b, detail).append('}');
        }
        end();
    }

    @Override
    public void signalDelivered(TraceEvent.SignalDelivered e) {
        instant(e, Signals.name(e.signal()), null, null);
    }

    @Override
    public void taskCreated(TraceEvent.TaskCreated e) {
        long id = nextFlow++;
        // the tracer may hear of the child's first calls before of its parent's fork: the times are the calls'
        begin("s", "fork", e.tgid(), e.pid(), callEntry.getOrDefault(e.pid(), e.monoNanos()));
        b.append(",\"cat\":\"task\",\"id\":").append(id).append(",\"args\":{\"child\":").append(e.child())
                .append(",\"kind\":\"").append(e.kind().name().toLowerCase(java.util.Locale.ROOT)).append("\"}");
        end();
        Long childFirst = firstCall.get(e.child());
        if (childFirst == null) childFirst = firstCallOfEnded.remove(e.child());
        flowed.add(e.child());
        if (childFirst == null) {
            pendingFlows.put(e.child(), id);
        } else {
            begin("f", "fork", e.childTgid(), e.child(), childFirst);
            b.append(",\"cat\":\"task\",\"bp\":\"e\",\"id\":").append(id);
            end();
        }
    }

    @Override
    public void execed(TraceEvent.Exec e) {
        // the process is now this command: its tracks take the name
        name("process_name", e.tgid(), e.tgid(), e.command(), e.monoNanos());
        name("thread_name", e.tgid(), e.pid(), e.command(), e.monoNanos());
        namedProcesses.add(e.tgid());
        namedThreads.add(e.pid());
        instant(e, "execve", "command", e.command());
    }

    @Override
    public void exited(TraceEvent.Exited e) {
        forget(e.pid());
        instant(e, "exit", "code", Integer.toString(e.code()));
    }

    @Override
    public void killed(TraceEvent.Killed e) {
        forget(e.pid());
        instant(e, "killed", "signal", Signals.name(e.signal()));
    }

    /** A tid may be reused by a later task. */
    private void forget(int tid) {
        callEntry.remove(tid);
        Long first = firstCall.remove(tid);
        if (first != null && !flowed.remove(tid)) firstCallOfEnded.put(tid, first);
        namedThreads.remove(tid);
        pendingFlows.remove(tid);
    }

    @Override
    public void vanished(TraceEvent.Vanished e) {
        forget(e.pid());
    }

    @Override
    public void beforeWait() {
        out.flush();
    }

    @Override
    public void finish() {
        out.newline();
        out.append(']');
        out.newline();
        out.flush();
    }
}
