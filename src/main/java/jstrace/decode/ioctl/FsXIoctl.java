package jstrace.decode.ioctl;

import static jstrace.decode.ioctl.ArgRules.Kind.*;

import jstrace.decode.Call;

/** Filesystem requests of type 'X' (strace's fs_x_ioctl): FITRIM and the fsxattr ones are not decoded yet. */
public final class FsXIoctl {
    private FsXIoctl() {}

    private static final ArgRules RULES = new ArgRules()
            .in(ADDR, "FITRIM", "FS_IOC_FSSETXATTR", "FS_IOC_FSGETXATTR")
            .none("FIFREEZE", "FITHAW");

    public static int decode(Call c, int code, long arg) {
        return RULES.decode(c, code, arg);
    }
}
