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
}
