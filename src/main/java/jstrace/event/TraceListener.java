package jstrace.event;

import jstrace.decode.Call;
import jstrace.tracer.Tracee;

/**
 * The event model: what the tracer reports, in order. The text printer consumes it today; statistics,
 * JSON or timeline writers implement the same interface. Calls carry their decoded text and raw values.
 */
public interface TraceListener {
    /** A traced call entered; {@code c.out} holds the arguments known at entry. */
    void syscallEntered(Tracee t, Call c);

    /** The call returned; {@code c.out} now holds all arguments, {@code c.rval}/{@code c.failed} the result. */
    void syscallExited(Tracee t, Call c);

    /** A signal is being delivered; {@code info} is the decoded siginfo ("{si_signo=...}"). */
    void signalDelivered(Tracee t, int sig, String info);

    /** The tracee exited with {@code code}. */
    void exited(Tracee t, int code);

    /** The tracee was killed by {@code sig}. */
    void killed(Tracee t, int sig, boolean coreDumped);

    /** A message strace prints on stderr with its own name ("jstrace: exec: ..."). */
    default void notice(String message) {
        System.err.println("jstrace: " + message);
    }

    /** The tracee entered a group-stop (kill -STOP): "--- stopped by SIGSTOP ---". */
    default void groupStopped(Tracee t, int sig) {}

    /** -p: a process (or thread) was attached. */
    default void attached(Tracee t) {}

    /** A tracee vanished with no exit status of its own (a leader replaced by an exec'ing thread); a call it was in ends "= ?". */
    default void vanished(Tracee t) {}

    /** A non-leader thread exec'd and now has the leader's pid ({@code t.pid}); it was {@code formerTid}. */
    default void superseded(Tracee t, int formerTid) {}

    /** A tracee was detached (interrupt with -p). */
    default void detached(Tracee t) {}

    /**
     * The tracer is about to block waiting for the next stop: output held in buffers must reach its
     * file, pipe or terminal now, so a blocked tracee's pending call is visible (and a killed tracer
     * loses at most the line in progress). Bursts of stops between two waits are written together.
     */
    default void beforeWait() {}

    /** End of the trace: flush everything. */
    void finish();
}
