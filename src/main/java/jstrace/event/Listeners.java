package jstrace.event;

import jstrace.decode.Call;

/** Several listeners fed the same events, in order (-C: the trace, then the summary). */
public final class Listeners implements TraceListener {
    private final TraceListener[] all;

    public Listeners(TraceListener... all) {
        this.all = all;
    }

    /** One listener as it is, several as a Listeners. */
    public static TraceListener of(java.util.List<TraceListener> list) {
        return list.size() == 1 ? list.get(0) : new Listeners(list.toArray(new TraceListener[0]));
    }

    @Override
    public void syscallEntered(Call c) {
        for (TraceListener l : all) l.syscallEntered(c);
    }

    @Override
    public void syscallExited(Call c) {
        for (TraceListener l : all) l.syscallExited(c);
    }

    @Override
    public void syscallUnfinished(Call c) {
        for (TraceListener l : all) l.syscallUnfinished(c);
    }

    @Override
    public void signalDelivered(TraceEvent.SignalDelivered e) {
        for (TraceListener l : all) l.signalDelivered(e);
    }

    @Override
    public void stackTrace(TraceEvent.StackTrace e) {
        for (TraceListener l : all) l.stackTrace(e);
    }

    @Override
    public void groupStopped(TraceEvent.GroupStop e) {
        for (TraceListener l : all) l.groupStopped(e);
    }

    @Override
    public void personalityChanged(TraceEvent.Personality e) {
        for (TraceListener l : all) l.personalityChanged(e);
    }

    @Override
    public void taskCreated(TraceEvent.TaskCreated e) {
        for (TraceListener l : all) l.taskCreated(e);
    }

    @Override
    public void execed(TraceEvent.Exec e) {
        for (TraceListener l : all) l.execed(e);
    }

    @Override
    public void exited(TraceEvent.Exited e) {
        for (TraceListener l : all) l.exited(e);
    }

    @Override
    public void killed(TraceEvent.Killed e) {
        for (TraceListener l : all) l.killed(e);
    }

    @Override
    public void vanished(TraceEvent.Vanished e) {
        for (TraceListener l : all) l.vanished(e);
    }

    @Override
    public void attached(TraceEvent.Attached e) {
        for (TraceListener l : all) l.attached(e);
    }

    @Override
    public void detached(TraceEvent.Detached e) {
        for (TraceListener l : all) l.detached(e);
    }

    @Override
    public void notice(String message) {
        for (TraceListener l : all) l.notice(message);
    }

    @Override
    public void quietableNotice(int quietClass, String message) {
        for (TraceListener l : all) l.quietableNotice(quietClass, message);
    }

    @Override
    public void beforeWait() {
        for (TraceListener l : all) l.beforeWait();
    }

    @Override
    public void finish() {
        for (TraceListener l : all) l.finish();
    }
}
