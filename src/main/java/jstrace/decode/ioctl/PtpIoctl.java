package jstrace.decode.ioctl;

import static jstrace.decode.ioctl.ArgRules.Kind.*;

import jstrace.decode.Call;

/** PTP clock requests, type '=' (strace's ptp_ioctl, which decodes only with -e verbose=): structures not decoded yet. */
public final class PtpIoctl {
    private PtpIoctl() {}

    private static final ArgRules RULES = new ArgRules()
            .in(ADDR, "PTP_CLOCK_GETCAPS", "PTP_CLOCK_GETCAPS2", "PTP_EXTTS_REQUEST", "PTP_EXTTS_REQUEST2",
                    "PTP_PEROUT_REQUEST", "PTP_PEROUT_REQUEST2", "PTP_SYS_OFFSET", "PTP_SYS_OFFSET2", "PTP_PIN_GETFUNC",
                    "PTP_PIN_GETFUNC2", "PTP_PIN_SETFUNC", "PTP_PIN_SETFUNC2")
            .in(HEX, "PTP_ENABLE_PPS", "PTP_ENABLE_PPS2");

    public static int decode(Call c, int code, long arg) {
        return c.verbose() ? RULES.decode(c, code, arg) : IoctlFamily.DEFAULT_ARG;
    }
}
