package jstrace.decode;

/** Decoders that need no knowledge of the call. */
public final class Generic {
    private Generic() {}

    /** A number with no table entry: all six registers in hex, as strace prints syscall_0x1bad(...). */
    public static int unknown(Call c) {
        hex(c, 6);
        return Call.DONE | Call.RET_HEX;
    }

    private static void hex(Call c, int nargs) {
        for (int i = 0; i < nargs; i++) {
            if (i > 0) c.sep();
            Print.hex(c, c.args[i]);
        }
    }

    /**
     * An i386 call (int $0x80) that no decoder prints right: a known number's arguments in hex (as
     * many as its x86_64 namesake has, else six), its result in decimal; an unknown number as {@link
     * #unknown}. jstrace decodes an i386 call only where its x86_64 namesake's arguments are all
     * scalars, strings or flat buffers (SyscallTable32.DECODED): structs (stat, iovec, sigaction,
     * timespec...) have another layout in 32-bit mode, and loff_t is split over two registers, so
     * those calls show their pointers and numbers as they are rather than a wrong decode.
     */
    public static int i386(Call c) {
        int nr = c.nr;
        if (nr < 0 || nr > jstrace.table.SyscallTable32.MAX || jstrace.table.SyscallTable32.NAMES[nr] == null) return unknown(c);
        int nr64 = jstrace.table.SyscallTable32.X86_64[nr];
        hex(c, nr64 >= 0 ? jstrace.table.SyscallTable.NARGS[nr64] : 6);
        return Call.DONE;
    }

    /**
     * -e raw=: the call's {@code nargs} arguments in hex, and its result in hex (an error as
     * "-1 ENAME (...)" whatever it is), as strace's printargs prints a raw call.
     */
    public static int raw(Call c, int nargs) {
        hex(c, nargs);
        return Call.DONE | Call.RET_HEX | Call.RET_RAW;
    }

    /**
     * What a call is printed as when its decoder failed (a bug: decoders must not throw): the text
     * from {@code mark} on (the decoder's part of this stop; at exit, what came after the entry's
     * text) is replaced by the arguments not printed yet, in hex, and the result is printed in hex.
     * The trace goes on.
     */
    static int failed(Call c, int nargs, int mark, RuntimeException e) {
        c.out.setLength(mark);
        c.description.truncate(mark);
        int first = 0;
        if (mark > 0) {
            // the entry printed arguments up to the one that was started last ("read(3, " is at arg 1)
            boolean open = mark >= 2 && c.out.charAt(mark - 1) == ' ' && c.out.charAt(mark - 2) == ',';
            first = open ? c.description.arguments(mark) - 1 : nargs;
        }
        for (int i = first; i < nargs; i++) {
            if (i > first) c.sep();
            Print.hex(c, c.args[i]);
        }
        if (Boolean.getBoolean("jstrace.debug")) e.printStackTrace();
        return Call.DONE | Call.RET_HEX;
    }

    /** A syscall decoder: appends the call's text, returns Call's result bits. */
    public interface Decoder {
        int decode(Call c);
    }

    /**
     * Runs {@code d} for the call's entry or exit stop; should it throw (a bug), the call is printed
     * as {@link #failed} says instead of ending the trace.
     */
    public static int guarded(Call c, int nargs, Decoder d) {
        int mark = c.exiting ? c.entryLength : 0;
        try {
            return d.decode(c);
        } catch (RuntimeException e) {
            return failed(c, nargs, mark, e);
        }
    }
}
