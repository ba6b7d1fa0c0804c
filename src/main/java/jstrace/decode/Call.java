package jstrace.decode;

import jstrace.event.TraceEvent;
import jstrace.tracer.Tracee;

/**
 * One system call of one tracee, from entry to exit: its registers, its result, and the text the
 * decoder writes. Reused for every call of that tracee (the hot path allocates no Call): it is the
 * live form of the call event that sinks receive, valid during the callback; {@link #snapshot()}
 * makes the immutable {@link TraceEvent.Syscall} a sink can keep.
 *
 * <p>A decoder is called at entry ({@link #exiting} false) and, unless it returned {@link #DONE},
 * again at exit; it appends argument text to {@link #out} as strace prints it, comma-separated.
 */
public final class Call {
    /** Decoder result bits. */
    public static final int DONE = 1, RET_HEX = 2, RET_OCT = 4, RET_UDEC = 8, RET_FD = 16,
            RET_NONE = 32, RET_STR = 64, RET_PID = 128,
            /** -e raw=: the result in hex, an error always as "-1 ENAME" (no "?" for restarts). */
            RET_RAW = 256,
            /** Which id a RET_PID is (none of them: a process id), for --pidns-translation. */
            PID_TID = 512, PID_PGID = 1024, PID_SID = 2048,
            /** A failed call whose error came as a value (modify_ldt's clipped int): "VALUE ENAME (message)", not "-1 ENAME". */
            RET_VALUE_ERROR = 4096;

    /** For decoders (memory, fd paths); sinks use the event fields below. */
    public final Tracee tracee;
    /** The call's id, unique in its session (the same at entry and exit). */
    public long id;
    /** The thread (tid) and thread group of the call. */
    public int pid, tgid;
    /** The entry stop (wall and monotonic ns), when the tracee was let go into the call, and the exit stop. */
    public long entryWallNanos, entryMonoNanos, startMonoNanos, exitMonoNanos;
    /** The tracee's system CPU time (ns, wait4's rusage) at the entry and exit stops. */
    public long entryStime, exitStime;
    /** Length of the part of {@link #out} known at entry (what a live writer prints before the call returns). */
    public int entryLength;
    /** Text after the return value's number, made at exit while the tracee can still be read: -y's "<path>" of a returned fd, -Y's "<comm>" of a returned pid. */
    public final StringBuilder retDetails = new StringBuilder();
    public int nr = -1;
    /**
     * The call's personality, as strace numbers them: {@link #X86_64}, or {@link #I386} for a call made
     * with int $0x80 (i386 numbers, SyscallTable32; six 32-bit argument registers ebx..ebp).
     */
    public int personality;
    public static final int X86_64 = 0, I386 = 1;
    /** The argument registers as the tracee left them. */
    public final long[] raw = new long[6];
    /** The arguments cut to their types (syscalls.sig): what decoders and filters read. */
    public final long[] args = new long[6];
    /** Instruction pointer at the syscall (for -i). */
    public long ip;
    /** Stack pointer at the syscall (rt_sigreturn finds its signal frame there). */
    public long sp;
    public boolean exiting;
    public long rval;
    public boolean failed;
    /** Decoder result bits of the last decoder call. */
    public int decoded;
    /** With RET_STR: text printed after the return value, e.g. "(flags O_RDWR)". */
    public String retText;
    /** Per-call scratch kept from entry to exit (e.g. a length read at entry). */
    public long saved;
    public Object savedObject;
    public final StringBuilder out = new StringBuilder(256);
    /** What {@link #out} is made of, recorded by the shared printers (see {@link Description}). */
    public final Description description = new Description();
    /** -e inject=: the result was tampered with ("(INJECTED)"), the tracee held back ("(DELAYED)"). */
    public boolean injected, delayed;
    /** -e inject=...:poke_enter= / poke_exit= wrote into the tracee's memory at this call. */
    public boolean poked;

    /** strace's note for what inject= did to this call: "INJECTED", "INJECTED: args", "INJECTED: args, retval"; null: nothing. */
    public String injectedNote() {
        if (poked) return injected ? "INJECTED: args, retval" : "INJECTED: args";
        return injected ? "INJECTED" : null;
    }

    public Call(Tracee tracee) {
        this.tracee = tracee;
    }

    /** What -T prints: from when the tracee was resumed into the call to its exit stop. */
    public long durationNanos() {
        return exitMonoNanos - startMonoNanos;
    }

    /** The tracee's system CPU time in the call (what -c sums). */
    public long systemNanos() {
        return exitStime - entryStime;
    }

    /** The errno of a failed call (0 if it succeeded). */
    public int errno() {
        return failed ? (int) -rval : 0;
    }

    /** The -Y name of the calling process. */
    public String comm() {
        return tracee.comm();
    }

    public String name() {
        return personality == I386 ? Print.syscallName32(nr) : Print.syscallName(nr);
    }

    /**
     * The number in the x86_64 tables (SyscallTable: classes, argument roles and kinds, decoder) that
     * describes this call: {@link #nr} for an x86_64 call; for an i386 call its namesake's where that
     * decoder prints the i386 call right (SyscallTable32.DECODED), else -1 (no table: printed raw).
     */
    public int tableNr() {
        if (personality != I386) return nr;
        return nr >= 0 && nr <= jstrace.table.SyscallTable32.MAX && jstrace.table.SyscallTable32.DECODED[nr]
                ? jstrace.table.SyscallTable32.X86_64[nr] : -1;
    }

    /** The call as an immutable value; {@code finished} false for a call its tracee never returned from. */
    public TraceEvent.Syscall snapshot(boolean finished) {
        String result = "";
        if (finished) {
            StringBuilder r = new StringBuilder();
            Results.format(r, this);
            result = r.toString();
        }
        int err = finished ? errno() : 0;
        return new TraceEvent.Syscall(pid, tgid, entryWallNanos, entryMonoNanos, id, nr, name(), raw, out.toString(),
                description.describe(out),
                finished, finished ? rval : 0, err, err != 0 ? Errno.name(err) : null, result,
                finished ? exitMonoNanos : 0, finished ? durationNanos() : 0, finished ? systemNanos() : 0, injected, delayed);
    }

    public TraceEvent.Syscall snapshot() {
        return snapshot(exiting);
    }

    /** The name -N prints before argument {@code i}: the signature's, "argN" for a call strace prints raw, null for none. */
    public String argumentName(int i) {
        if (description.namesPrinted) return null;
        String given = description.argumentName(i);
        if (given != null) return given;
        int register = description.argumentRegister(i);
        int nr = tableNr();
        if (nr < 0 || nr > jstrace.table.SyscallTable.MAX || jstrace.table.SyscallTable.ARG_NAMES[nr] == null) {
            return "arg" + (register + 1); // syscall_0x..., an i386 call printed raw: all its registers
        }
        String[] names = jstrace.table.SyscallTable.ARG_NAMES[nr];
        return register < names.length ? names[register] : null;
    }

    /** Names the argument being printed, where the name depends on more than its register (futex's val2 or timeout). */
    public Call argName(String name) {
        description.nameArgument(name);
        return this;
    }

    public long arg(int i) {
        return args[i];
    }

    /** The decoder prints "name=" before its arguments itself (strace does for clone whatever -N says). */
    public void namesPrinted() {
        description.namesPrinted = true;
    }

    /** Separator between arguments: the next argument starts here. */
    public Call sep() {
        return sep(-1);
    }

    /** Separator before the argument held in register {@code register}, for decoders that skip or reorder registers. */
    public Call sep(int register) {
        out.append(", ");
        description.argument(out.length(), register);
        return this;
    }

    /** Records that out[from, now) is a value of {@code kind} (a {@link Description} kind). */
    void described(byte kind, int from, long value, Xlat table) {
        description.span(kind, from, out.length(), value, table);
    }

    public Decoding opts() {
        return tracee.decoding;
    }

    /** Structures abbreviated ("...") for this call: not -v, not excluded by -e abbrev=. */
    public boolean abbrev() {
        return tracee.decoding.abbrev(tableNr());
    }

    /** Structure contents decoded at all (-e verbose=); otherwise addresses only. */
    public boolean verbose() {
        return tracee.decoding.verbose(tableNr());
    }

    public Memory mem() {
        return tracee.memory;
    }

    public void reset(int nr) {
        this.nr = nr;
        out.setLength(0);
        description.reset();
        retDetails.setLength(0);
        entryLength = 0;
        exiting = false;
        failed = false;
        rval = 0;
        decoded = 0;
        retText = null;
        saved = 0;
        savedObject = null;
        injected = false;
        delayed = false;
        poked = false;
    }
}
