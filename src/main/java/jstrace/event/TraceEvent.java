package jstrace.event;

import java.util.Arrays;

/**
 * What the tracer reports, as immutable values. Every event names the thread it happened to ({@code
 * pid}, the tid as strace prints it), its thread group ({@code tgid}) and when it was seen: {@code
 * wallNanos} (CLOCK_REALTIME, ns since the epoch) and {@code monoNanos} (the session's monotonic clock).
 *
 * <p>A call is reported twice on the hot path as the live {@link jstrace.decode.Call} (valid during the
 * callback only); {@link jstrace.decode.Call#snapshot()} turns it into a {@link Syscall} value.
 */
public sealed interface TraceEvent {
    int pid();

    int tgid();

    long wallNanos();

    long monoNanos();

    /**
     * One system call: entered, and finished unless {@code finished} is false (the tracee died, was
     * detached or the trace ended inside it). {@code id} is unique within a session and the same on
     * the entry and exit callbacks. Times are the session's monotonic ns; {@code durationNanos} is
     * what -T prints, {@code systemNanos} the tracee's system CPU time in the call (what -c sums).
     * {@code arguments} is the decoded text as strace prints it between the parentheses, {@code
     * decodedArguments} the same argument by argument with what the decoder said each one is, {@code
     * result} the text after " = " (empty when unfinished).
     */
    record Syscall(int pid, int tgid, long wallNanos, long monoNanos, long id, int number, String name, long[] rawArguments,
            String arguments, java.util.List<jstrace.decode.Description.Argument> decodedArguments, boolean finished, long returnValue, int errno, String errnoName, String result,
            long exitMonoNanos, long durationNanos, long systemNanos, boolean injected, boolean delayed)
            implements TraceEvent {
        public Syscall {
            rawArguments = rawArguments.clone();
            decodedArguments = java.util.List.copyOf(decodedArguments);
        }

        @Override
        public long[] rawArguments() {
            return rawArguments.clone();
        }

        public boolean failed() {
            return errno != 0;
        }

        /** The call as strace's text line shows it, without pid prefix, time stamps and alignment. */
        public String line() {
            return name + "(" + arguments + ")" + (finished ? " = " + result : " = ?");
        }

        @Override
        public String toString() {
            return "[" + pid + "] " + line();
        }
    }

    /**
     * A signal about to be delivered (signal-delivery-stop), with its siginfo: {@code code} is
     * si_code, {@code sender} si_pid and {@code senderUid} si_uid where the code says they are set
     * (0 otherwise); {@code siginfo} is the kernel's 128 bytes.
     */
    record SignalDelivered(int pid, int tgid, long wallNanos, long monoNanos, int signal, String signalName, int code,
            int errno, int sender, int senderUid, byte[] siginfo) implements TraceEvent {
        public SignalDelivered {
            siginfo = siginfo.clone();
        }

        @Override
        public byte[] siginfo() {
            return siginfo.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof SignalDelivered s && s.pid == pid && s.monoNanos == monoNanos && s.signal == signal
                    && Arrays.equals(s.siginfo, siginfo);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(monoNanos) * 31 + pid;
        }
    }

    /** The tracee entered a group-stop (SIGSTOP, SIGTSTP ...) and stays stopped until SIGCONT. */
    record GroupStop(int pid, int tgid, long wallNanos, long monoNanos, int signal) implements TraceEvent {}

    /** How a new task came to be. */
    enum TaskKind {
        /** A new process (fork, or clone/clone3 without CLONE_THREAD). */
        PROCESS,
        /** A new process that shares the parent's memory until it execs (vfork, CLONE_VFORK). */
        VFORK,
        /** A thread in the parent's thread group (clone/clone3 with CLONE_THREAD). */
        THREAD
    }

    /**
     * {@code pid} created {@code child} (followed with -f) by the call {@code syscall} (fork, vfork,
     * clone or clone3); {@code childTgid} is the child's thread group.
     */
    record TaskCreated(int pid, int tgid, long wallNanos, long monoNanos, int child, int childTgid, TaskKind kind,
            String syscall) implements TraceEvent {}

    /**
     * {@code pid} finished an execve and now runs {@code command} (its new comm). When a non-leader
     * thread exec'd, it took over the leader's pid: {@code formerTid} is the tid it had (else {@code pid}).
     */
    record Exec(int pid, int tgid, long wallNanos, long monoNanos, int formerTid, String command) implements TraceEvent {}

    /** The tracee exited with {@code code}; {@code pendingCall} is the id of the call it was in (0: none). */
    record Exited(int pid, int tgid, long wallNanos, long monoNanos, int code, long pendingCall) implements TraceEvent {}

    /** The tracee was killed by {@code signal}. */
    record Killed(int pid, int tgid, long wallNanos, long monoNanos, int signal, String signalName, boolean coreDumped,
            long pendingCall) implements TraceEvent {}

    /**
     * A tracee ended without an exit status of its own: a thread group leader replaced by a thread
     * that exec'd; its pending call ends "= ?".
     */
    record Vanished(int pid, int tgid, long wallNanos, long monoNanos, long pendingCall) implements TraceEvent {}

    /** jstrace attached to the tracee (-p, or a new child followed with -f). */
    record Attached(int pid, int tgid, long wallNanos, long monoNanos, boolean followed) implements TraceEvent {}

    /**
     * -k: the tracee's stack, after the event it belongs to (a call's exit, a signal, a group-stop,
     * or the exit that followed an exit_group); {@code frames} are strace's lines, innermost frame
     * first: {@code " > MODULE(SYMBOL+0xOFFSET) [0xFILE_OFFSET]"}, with -kk {@code " FILE:LINE"} after.
     */
    record StackTrace(int pid, int tgid, long wallNanos, long monoNanos, java.util.List<String> frames) implements TraceEvent {
        public StackTrace {
            frames = java.util.List.copyOf(frames);
        }
    }

    /**
     * The tracee's syscall stops changed personality ({@code bits} 32: an i386 call, made with int
     * $0x80; 64: x86_64 again): strace's "[ Process PID=N runs in 32 bit mode. ]".
     */
    record Personality(int pid, int tgid, long wallNanos, long monoNanos, int bits) implements TraceEvent {}

    /** jstrace detached from the tracee, which runs on untraced; {@code pendingCall} as for {@link Exited}. */
    record Detached(int pid, int tgid, long wallNanos, long monoNanos, long pendingCall) implements TraceEvent {}
}
