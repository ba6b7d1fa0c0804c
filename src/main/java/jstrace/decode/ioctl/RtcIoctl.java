package jstrace.decode.ioctl;

import static jstrace.decode.ioctl.ArgRules.Kind.*;

import jstrace.decode.Call;

/** Real-time clock requests, type 'p' (strace's rtc_ioctl): the structures are not decoded yet. */
public final class RtcIoctl {
    private RtcIoctl() {}

    private static final ArgRules RULES = new ArgRules()
            .in(ADDR, "RTC_ALM_READ", "RTC_RD_TIME", "RTC_ALM_SET", "RTC_SET_TIME", "RTC_WKALM_RD", "RTC_WKALM_SET",
                    "RTC_PLL_GET", "RTC_PLL_SET", "RTC_VL_READ", "RTC_PARAM_GET", "RTC_PARAM_SET")
            .in(ULONG, "RTC_IRQP_SET", "RTC_EPOCH_SET")
            .out(PTR_ULONG, "RTC_IRQP_READ", "RTC_EPOCH_READ")
            .none("RTC_AIE_ON", "RTC_AIE_OFF", "RTC_UIE_ON", "RTC_UIE_OFF", "RTC_PIE_ON", "RTC_PIE_OFF",
                    "RTC_WIE_ON", "RTC_WIE_OFF", "RTC_VL_CLR");

    public static int decode(Call c, int code, long arg) {
        return RULES.decode(c, code, arg);
    }
}
