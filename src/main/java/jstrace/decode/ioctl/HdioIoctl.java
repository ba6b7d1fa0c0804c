package jstrace.decode.ioctl;

import static jstrace.decode.ioctl.ArgRules.Kind.*;

import jstrace.decode.Call;

/** Disk requests, type 0x03 (strace's hdio_ioctl): the structures are not decoded yet. */
public final class HdioIoctl {
    private HdioIoctl() {}

    private static final ArgRules RULES = new ArgRules()
            .in(ADDR, "HDIO_GETGEO", "HDIO_DRIVE_CMD");

    public static int decode(Call c, int code, long arg) {
        return RULES.decode(c, code, arg);
    }
}
