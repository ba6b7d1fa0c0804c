package jstrace.decode.ioctl;

import static jstrace.decode.ioctl.ArgRules.Kind.*;

import jstrace.decode.Call;

/** inotify requests, type 'I' (strace's inotify_ioctl). */
public final class InotifyIoctl {
    private InotifyIoctl() {}

    private static final ArgRules RULES = new ArgRules()
            .in(INT, "INOTIFY_IOC_SETNEXTWD");

    public static int decode(Call c, int code, long arg) {
        return RULES.decode(c, code, arg);
    }
}
