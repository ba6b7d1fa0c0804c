package jstrace.filter;

import jstrace.decode.Call;
import jstrace.event.TraceEvent;
import jstrace.event.TraceListener;

/**
 * The one filtering stage between the tracer and the sinks. The tracer asks {@link #traces} at each
 * call's entry (-e trace=, -P, --trace-fds: an untraced call is not decoded at all); everything the
 * tracer reports then passes through this listener, which drops what -e status= and -e signal= leave
 * out before the printing sinks see it. Counting sinks (-c) see every traced call, as strace counts
 * calls whatever -e status= says.
 *
 * <p>With a status filter a call's fate is known only at its exit, so printing sinks get no entry
 * callbacks then: they print the whole call at exit (or at {@link #syscallUnfinished}).
 */
public final class EventFilter implements TraceListener {
    private final boolean[] traced, traced32;
    private final java.util.function.Predicate<Call> callFilter;
    private final int status;
    private final boolean[] signals;
    private final TraceListener printed, counted;

    /**
     * @param traced -e trace= by syscall number (null: all)
     * @param traced32 -e trace= by i386 number, for calls made with int $0x80 (null: all)
     * @param callFilter -P / --trace-fds at entry (null: all)
     * @param status Qualifiers.SUCCESSFUL | FAILED | UNFINISHED ... bits printed
     * @param signals -e signal= by number (null: all)
     */
    public EventFilter(boolean[] traced, boolean[] traced32, java.util.function.Predicate<Call> callFilter, int status, boolean[] signals,
            TraceListener printed, TraceListener counted) {
        this.traced = traced;
        this.traced32 = traced32;
        this.callFilter = callFilter;
        this.status = status;
        this.signals = signals;
        this.printed = printed;
        this.counted = counted;
    }

    /** Whether printing sinks see calls only when they end (-e status= is given). */
    public static boolean wholeCallsAtExit(int status) {
        return status != Qualifiers.STATUS_ALL;
    }

    /** At entry: is this call traced (decoded and reported)? {@code c} holds its number and registers. */
    public boolean traces(Call c) {
        int nr = c.nr;
        boolean[] set = c.personality == Call.I386 ? traced32 : traced;
        return (set == null || nr < 0 || nr >= set.length || set[nr]) && (callFilter == null || callFilter.test(c));
    }

    private boolean statusShown(int bit) {
        return (status & bit) != 0;
    }

    /** -e signal=: whether lines about this signal are printed. */
    public static boolean signalShown(boolean[] signals, int sig) {
        return signals == null || sig >= signals.length || sig < 0 || signals[sig];
    }

    /** At a call's exit: will its line be printed (-e status=)? Its stack (-k) is walked only then. */
    public boolean printsExit(Call c) {
        return statusShown(c.failed ? Qualifiers.FAILED : Qualifiers.SUCCESSFUL);
    }

    /** Whether the "--- SIG ---" line of this signal is printed. */
    public boolean printsSignal(int sig) {
        return signalShown(signals, sig);
    }

    @Override
    public void syscallEntered(Call c) {
        if (counted != null) counted.syscallEntered(c);
        if (!wholeCallsAtExit(status)) printed.syscallEntered(c);
    }

    @Override
    public void syscallExited(Call c) {
        if (counted != null) counted.syscallExited(c);
        if (statusShown(c.failed ? Qualifiers.FAILED : Qualifiers.SUCCESSFUL)) printed.syscallExited(c);
    }

    @Override
    public void syscallUnfinished(Call c) {
        if (counted != null) counted.syscallUnfinished(c);
        if (!wholeCallsAtExit(status) || statusShown(Qualifiers.UNFINISHED)) printed.syscallUnfinished(c);
    }

    @Override
    public void signalDelivered(TraceEvent.SignalDelivered e) {
        if (signalShown(signals, e.signal())) printed.signalDelivered(e);
    }

    @Override
    public void stackTrace(TraceEvent.StackTrace e) {
        printed.stackTrace(e);
    }

    @Override
    public void groupStopped(TraceEvent.GroupStop e) {
        printed.groupStopped(e);
    }

    @Override
    public void personalityChanged(TraceEvent.Personality e) {
        printed.personalityChanged(e);
    }

    @Override
    public void taskCreated(TraceEvent.TaskCreated e) {
        printed.taskCreated(e);
    }

    @Override
    public void execed(TraceEvent.Exec e) {
        printed.execed(e);
        if (counted != null) counted.execed(e);
    }

    @Override
    public void exited(TraceEvent.Exited e) {
        printed.exited(e);
        if (counted != null) counted.exited(e);
    }

    @Override
    public void killed(TraceEvent.Killed e) {
        printed.killed(e);
        if (counted != null) counted.killed(e);
    }

    @Override
    public void vanished(TraceEvent.Vanished e) {
        printed.vanished(e);
        if (counted != null) counted.vanished(e);
    }

    @Override
    public void attached(TraceEvent.Attached e) {
        printed.attached(e);
    }

    @Override
    public void detached(TraceEvent.Detached e) {
        printed.detached(e);
    }

    @Override
    public void notice(String message) {
        printed.notice(message);
    }

    @Override
    public void quietableNotice(int quietClass, String message) {
        printed.quietableNotice(quietClass, message);
    }

    @Override
    public void beforeWait() {
        printed.beforeWait();
    }

    @Override
    public void finish() {
        printed.finish();
        if (counted != null) counted.finish();
    }
}
