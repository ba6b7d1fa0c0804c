package jstrace.decode;

/** Decoders that need no knowledge of the call. */
public final class Generic {
    private Generic() {}

    /** A number with no table entry: all six registers in hex, as strace prints syscall_0x1bad(...). */
    public static int unknown(Call c) {
        for (int i = 0; i < 6; i++) {
            if (i > 0) c.sep();
            Print.hex(c, c.args[i]);
        }
        return Call.DONE | Call.RET_HEX;
    }

    /**
     * -e raw=: the call's {@code nargs} arguments in hex, and its result in hex (an error as
     * "-1 ENAME (...)" whatever it is), as strace's printargs prints a raw call.
     */
    public static int raw(Call c, int nargs) {
        for (int i = 0; i < nargs; i++) {
            if (i > 0) c.sep();
            Print.hex(c, c.args[i]);
        }
        return Call.DONE | Call.RET_HEX | Call.RET_RAW;
    }
}
