package jstrace.decode;

import jstrace.tracer.Tracee;

/**
 * One system call of one tracee, from entry to exit: its registers, its result, and the text the
 * decoder writes. Reused for every call of that tracee (the hot path allocates no Call).
 *
 * <p>A decoder is called at entry ({@link #exiting} false) and, unless it returned {@link #DONE},
 * again at exit; it appends argument text to {@link #out} as strace prints it, comma-separated.
 */
public final class Call {
    /** Decoder result bits. */
    public static final int DONE = 1, RET_HEX = 2, RET_OCT = 4, RET_UDEC = 8, RET_FD = 16,
            RET_NONE = 32, RET_STR = 64, RET_PID = 128;

    public final Tracee tracee;
    public int nr = -1;
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
    /** -e inject=: the result was tampered with ("(INJECTED)"), the tracee held back ("(DELAYED)"). */
    public boolean injected, delayed;

    public Call(Tracee tracee) {
        this.tracee = tracee;
    }

    public long arg(int i) {
        return args[i];
    }

    /** Separator between arguments. */
    public Call sep() {
        out.append(", ");
        return this;
    }

    public Decoding opts() {
        return tracee.decoding;
    }

    /** Structures abbreviated ("...") for this call: not -v, not excluded by -e abbrev=. */
    public boolean abbrev() {
        return tracee.decoding.abbrev(nr);
    }

    /** Structure contents decoded at all (-e verbose=); otherwise addresses only. */
    public boolean verbose() {
        return tracee.decoding.verbose(nr);
    }

    public Memory mem() {
        return tracee.memory;
    }

    public void reset(int nr) {
        this.nr = nr;
        out.setLength(0);
        exiting = false;
        failed = false;
        rval = 0;
        decoded = 0;
        retText = null;
        saved = 0;
        savedObject = null;
        injected = false;
        delayed = false;
    }
}
