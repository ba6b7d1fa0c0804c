package jstrace.decode.ioctl;

import static jstrace.decode.ioctl.ArgRules.Kind.*;

import jstrace.decode.Call;

/** Real-time clock requests, type 'p' (strace's rtc_ioctl): the structures are not decoded yet. */
public final class RtcIoctl {
    private RtcIoctl() {}

    private static final ArgRules RULES = new ArgRules()
            .in(ULONG, "RTC_IRQP_SET", "RTC_EPOCH_SET")
            .out(PTR_ULONG, "RTC_IRQP_READ", "RTC_EPOCH_READ")
            .none("RTC_AIE_ON", "RTC_AIE_OFF", "RTC_UIE_ON", "RTC_UIE_OFF", "RTC_PIE_ON", "RTC_PIE_OFF",
                    "RTC_WIE_ON", "RTC_WIE_OFF", "RTC_VL_CLR");

    public static int decode(Call c, int code, long arg) {
        return RULES.decode(c, code, arg);
    }
}
