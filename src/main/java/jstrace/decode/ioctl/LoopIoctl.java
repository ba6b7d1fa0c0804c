package jstrace.decode.ioctl;

import static jstrace.decode.ioctl.ArgRules.Kind.*;

import jstrace.decode.Call;

/** Loop device requests, type 'L' (strace's loop_ioctl): the loop_info structures are not decoded yet. */
public final class LoopIoctl {
    private LoopIoctl() {}

    private static final ArgRules RULES = new ArgRules()
            .in(ADDR, "LOOP_GET_STATUS", "LOOP_SET_STATUS", "LOOP_GET_STATUS64", "LOOP_SET_STATUS64", "LOOP_CONFIGURE")
            .none("LOOP_CLR_FD", "LOOP_SET_CAPACITY", "LOOP_CTL_GET_FREE")
            .in(FD, "LOOP_SET_FD", "LOOP_CHANGE_FD")
            .in(INT, "LOOP_CTL_ADD", "LOOP_CTL_REMOVE")
            .in(ULONG, "LOOP_SET_DIRECT_IO", "LOOP_SET_BLOCK_SIZE");

    public static int decode(Call c, int code, long arg) {
        return RULES.decode(c, code, arg);
    }
}
