package jstrace.event;

import jstrace.decode.Call;
import jstrace.tracer.Tracee;

/** Several listeners fed the same events, in order (-C: the trace, then the summary). */
public final class Listeners implements TraceListener {
    private final TraceListener[] all;

    public Listeners(TraceListener... all) {
        this.all = all;
    }

    @Override
    public void syscallEntered(Tracee t, Call c) {
        for (TraceListener l : all) l.syscallEntered(t, c);
    }

    @Override
    public void syscallExited(Tracee t, Call c) {
        for (TraceListener l : all) l.syscallExited(t, c);
    }

    @Override
    public void signalDelivered(Tracee t, int sig, String info) {
        for (TraceListener l : all) l.signalDelivered(t, sig, info);
    }

    @Override
    public void exited(Tracee t, int code) {
        for (TraceListener l : all) l.exited(t, code);
    }

    @Override
    public void killed(Tracee t, int sig, boolean coreDumped) {
        for (TraceListener l : all) l.killed(t, sig, coreDumped);
    }

    @Override
    public void groupStopped(Tracee t, int sig) {
        for (TraceListener l : all) l.groupStopped(t, sig);
    }

    @Override
    public void notice(String message) {
        all[0].notice(message);
    }

    @Override
    public void attached(Tracee t) {
        for (TraceListener l : all) l.attached(t);
    }

    @Override
    public void detached(Tracee t) {
        for (TraceListener l : all) l.detached(t);
    }

    @Override
    public void vanished(Tracee t) {
        for (TraceListener l : all) l.vanished(t);
    }

    @Override
    public void superseded(Tracee t, int formerTid) {
        for (TraceListener l : all) l.superseded(t, formerTid);
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
