package jstrace.decode;

import static jstrace.decode.IoctlStructs.*;

/** Watchdog ioctls (type 'W'): the int-taking requests; WDIOC_KEEPALIVE's argument is ignored by drivers. */
final class WatchdogIoctls {
    private WatchdogIoctls() {}

    private static final int T = 'W';
    static final long GETSTATUS = ioc(IOC_R, T, 1, 4), GETBOOTSTATUS = ioc(IOC_R, T, 2, 4),
            GETTEMP = ioc(IOC_R, T, 3, 4), KEEPALIVE = ioc(IOC_R, T, 5, 4), SETTIMEOUT = ioc(IOC_RW, T, 6, 4),
            GETTIMEOUT = ioc(IOC_R, T, 7, 4), SETPRETIMEOUT = ioc(IOC_RW, T, 8, 4),
            GETPRETIMEOUT = ioc(IOC_R, T, 9, 4), GETTIMELEFT = ioc(IOC_R, T, 10, 4);

    static int decode(Call c, long req) {
        if (req == KEEPALIVE) return Call.DONE;
        boolean get = req == GETSTATUS || req == GETBOOTSTATUS || req == GETTEMP || req == GETTIMEOUT
                || req == GETPRETIMEOUT || req == GETTIMELEFT;
        if (!get && req != SETTIMEOUT && req != SETPRETIMEOUT) return NOT_MINE;
        if (get && !c.exiting) return 0;
        c.sep();
        intAt(c, c.args[2]);
        return Call.DONE;
    }
}
