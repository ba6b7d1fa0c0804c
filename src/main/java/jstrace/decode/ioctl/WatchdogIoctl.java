package jstrace.decode.ioctl;

import static jstrace.decode.ioctl.ArgRules.Kind.*;

import jstrace.decode.Call;

/** Watchdog requests, type 'W' (strace's watchdog_ioctl). */
public final class WatchdogIoctl {
    private WatchdogIoctl() {}

    private static final ArgRules RULES = new ArgRules()
            .out(PTR_INT, "WDIOC_GETSTATUS", "WDIOC_GETBOOTSTATUS", "WDIOC_GETTEMP", "WDIOC_GETTIMEOUT",
                    "WDIOC_GETPRETIMEOUT", "WDIOC_GETTIMELEFT")
            .in(PTR_INT, "WDIOC_SETTIMEOUT", "WDIOC_SETPRETIMEOUT")
            // linux/watchdog.h says WDIOC_KEEPALIVE takes an int; the kernel ignores it
            .none("WDIOC_KEEPALIVE");

    public static int decode(Call c, int code, long arg) {
        return RULES.decode(c, code, arg);
    }
}
