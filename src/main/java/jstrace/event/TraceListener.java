package jstrace.event;

import jstrace.decode.Call;

/**
 * A consumer of a trace's events, in the order they happened. Calls come as the live {@link Call}
 * (valid during the callback; {@link Call#snapshot()} keeps one), everything else as immutable
 * {@link TraceEvent} values. Every method but the two call callbacks has a default that ignores it.
 */
public interface TraceListener {
    /** A traced call entered; {@code c.out} holds the arguments known at entry ({@code c.entryLength}). */
    void syscallEntered(Call c);

    /** The call returned; {@code c.out} now holds all arguments, {@code c.rval}/{@code c.failed} the result. */
    void syscallExited(Call c);

    /**
     * The traced call {@code c} will never return: its tracee exited, was killed or vanished inside it
     * (the {@link TraceEvent.Exited}, {@link TraceEvent.Killed} or {@link TraceEvent.Vanished} follows).
     */
    default void syscallUnfinished(Call c) {}

    default void signalDelivered(TraceEvent.SignalDelivered e) {
        event(e);
    }

    /** -k: the stack of the tracee, right after the call, signal or exit line it belongs to. */
    default void stackTrace(TraceEvent.StackTrace e) {
        event(e);
    }

    default void groupStopped(TraceEvent.GroupStop e) {
        event(e);
    }

    default void taskCreated(TraceEvent.TaskCreated e) {
        event(e);
    }

    /** An exec finished; with {@code e.formerTid() != e.pid()} a thread took over its leader's pid. */
    default void execed(TraceEvent.Exec e) {
        event(e);
    }

    default void exited(TraceEvent.Exited e) {
        event(e);
    }

    default void killed(TraceEvent.Killed e) {
        event(e);
    }

    default void vanished(TraceEvent.Vanished e) {
        event(e);
    }

    default void attached(TraceEvent.Attached e) {
        event(e);
    }

    /** A tracee was detached; a call it was in stays open (strace's " <detached ...>"). */
    default void detached(TraceEvent.Detached e) {
        event(e);
    }

    /** The tracee's calls are now of another personality (i386 or x86_64 again). */
    default void personalityChanged(TraceEvent.Personality e) {
        event(e);
    }
    /** A message strace prints on stderr with its own name ("jstrace: exec: ..."). */
    default void notice(String message) {}

    /** Every event but calls, for a sink that treats them alike; the per-event methods above call it unless overridden. */
    default void event(TraceEvent e) {}

    /**
     * A message that is not a tracee's own event, of a class -e quiet= can silence ({@code quietClass}, one
     * of the Qualifiers.QUIET_* numbers): "Detached unknown pid N" (attach), "Exit of unknown pid N
     * ignored" (exit). Printed like a notice unless that class is quiet.
     */
    default void quietableNotice(int quietClass, String message) {}

    /**
     * The tracer is about to block waiting for the next stop: output held in buffers must reach its
     * file, pipe or terminal now, so a blocked tracee's pending call is visible (and a killed tracer
     * loses at most the line in progress). Bursts of stops between two waits are written together.
     */
    default void beforeWait() {}

    /** End of the trace, told once: flush everything. */
    default void finish() {}
}
