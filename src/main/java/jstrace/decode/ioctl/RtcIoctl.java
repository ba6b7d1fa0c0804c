package jstrace.decode.ioctl;

import static jstrace.decode.ioctl.ArgRules.Kind.*;

import java.nio.ByteBuffer;
import jstrace.decode.Call;
import jstrace.decode.Print;
import jstrace.decode.Structs;
import jstrace.table.Xlats;

/**
 * Real-time clock requests, type 'p' (strace's rtc_ioctl, linux/rtc.h): struct rtc_time (abbreviated
 * after tm_year without -v), rtc_wkalrm, rtc_pll_info, the RTC_VL_READ flags and struct rtc_param
 * (its value by parameter; RTC_PARAM_GET's value read back at exit after " => ").
 */
public final class RtcIoctl {
    private RtcIoctl() {}

    private static final ArgRules RULES = new ArgRules()
            .in(ULONG, "RTC_IRQP_SET", "RTC_EPOCH_SET")
            .out(PTR_ULONG, "RTC_IRQP_READ", "RTC_EPOCH_READ")
            .none("RTC_AIE_ON", "RTC_AIE_OFF", "RTC_UIE_ON", "RTC_UIE_OFF", "RTC_PIE_ON", "RTC_PIE_OFF",
                    "RTC_WIE_ON", "RTC_WIE_OFF", "RTC_VL_CLR");
    private static final int ALM_READ = ArgRules.code("RTC_ALM_READ"), RD_TIME = ArgRules.code("RTC_RD_TIME"),
            ALM_SET = ArgRules.code("RTC_ALM_SET"), SET_TIME = ArgRules.code("RTC_SET_TIME"),
            WKALM_RD = ArgRules.code("RTC_WKALM_RD"), WKALM_SET = ArgRules.code("RTC_WKALM_SET"),
            PLL_GET = ArgRules.code("RTC_PLL_GET"), PLL_SET = ArgRules.code("RTC_PLL_SET"),
            VL_READ = ArgRules.code("RTC_VL_READ"),
            PARAM_GET = ArgRules.code("RTC_PARAM_GET"), PARAM_SET = ArgRules.code("RTC_PARAM_SET");
    /** sizeof struct rtc_time, rtc_wkalrm, rtc_pll_info, rtc_param. */
    private static final int TIME_SIZE = 36, WKALRM_SIZE = 40, PLL_SIZE = 32, PARAM_SIZE = 24;
    /** struct rtc_param param values whose value is not printed in hex. */
    private static final long PARAM_FEATURES = 0, PARAM_CORRECTION = 1, PARAM_BACKUP_SWITCH_MODE = 2;

    public static int decode(Call c, int code, long arg) {
        if (RULES.has(code)) return RULES.decode(c, code, arg);
        boolean reader = code == ALM_READ || code == RD_TIME || code == WKALM_RD || code == PLL_GET
                || code == VL_READ;
        boolean writer = code == ALM_SET || code == SET_TIME || code == WKALM_SET || code == PLL_SET;
        if (reader || writer) {
            if (reader && !c.exiting) return IoctlFamily.AT_EXIT;
            c.sep();
            if (code == WKALM_RD || code == WKALM_SET) wkalrm(c, arg);
            else if (code == PLL_GET || code == PLL_SET) pll(c, arg);
            else if (code == VL_READ) vl(c, arg);
            else time(c, arg);
            return IoctlFamily.PRINTED;
        }
        if (code == PARAM_GET || code == PARAM_SET) return param(c, arg, code == PARAM_GET);
        return IoctlFamily.DEFAULT_ARG;
    }

    private static void time(Call c, long arg) {
        ByteBuffer b = Structs.fetch(c, arg, TIME_SIZE);
        if (b == null) Print.ptr(c, arg);
        else time(c, b, 0);
    }

    /** struct rtc_time at {@code off}: its ints, the last three only when not abbreviated. */
    private static void time(Call c, ByteBuffer b, int off) {
        String[] names = {"tm_sec", "tm_min", "tm_hour", "tm_mday", "tm_mon", "tm_year", "tm_wday", "tm_yday",
                "tm_isdst"};
        boolean abbrev = c.abbrev();
        for (int i = 0; i < names.length; i++) {
            c.out.append(i == 0 ? "{" : ", ");
            if (abbrev && i == 6) {
                c.out.append("...");
                break;
            }
            c.out.append(names[i]).append('=').append(b.getInt(off + 4 * i));
        }
        c.out.append('}');
    }

    private static void wkalrm(Call c, long arg) {
        ByteBuffer b = Structs.fetch(c, arg, WKALRM_SIZE);
        if (b == null) {
            Print.ptr(c, arg);
            return;
        }
        c.out.append("{enabled=").append(Byte.toUnsignedInt(b.get(0)))
                .append(", pending=").append(Byte.toUnsignedInt(b.get(1))).append(", time=");
        time(c, b, 4);
        c.out.append('}');
    }

    private static void pll(Call c, long arg) {
        ByteBuffer b = Structs.fetch(c, arg, PLL_SIZE);
        if (b == null) {
            Print.ptr(c, arg);
            return;
        }
        String[] names = {"pll_ctrl", "pll_value", "pll_max", "pll_min", "pll_posmult", "pll_negmult"};
        for (int i = 0; i < names.length; i++) {
            c.out.append(i == 0 ? "{" : ", ").append(names[i]).append('=').append(b.getInt(4 * i));
        }
        c.out.append(", pll_clock=").append(b.getLong(24)).append('}');
    }

    private static void vl(Call c, long arg) {
        ByteBuffer b = Structs.fetch(c, arg, 4);
        if (b == null) {
            Print.ptr(c, arg);
            return;
        }
        c.out.append('[');
        Print.flags(c, Xlats.RTC_VL_FLAGS(), Integer.toUnsignedLong(b.getInt(0)));
        c.out.append(']');
    }

    /**
     * struct rtc_param: at entry the parameter, the value (RTC_PARAM_SET's) and the index; at exit
     * of RTC_PARAM_GET " => " and the value read back; __pad whenever it is not zero.
     */
    private static int param(Call c, long arg, boolean get) {
        if (!c.exiting) c.sep();
        else c.out.append(" => ");
        ByteBuffer b = Structs.fetch(c, arg, PARAM_SIZE);
        if (b == null) {
            Print.ptr(c, arg); // strace reads nothing back at exit then
            return IoctlFamily.PRINTED;
        }
        long param = b.getLong(0), value = b.getLong(8), index = Integer.toUnsignedLong(b.getInt(16)),
                pad = Integer.toUnsignedLong(b.getInt(20));
        c.out.append('{');
        if (!c.exiting) {
            c.out.append("param=");
            Print.xval(c, Xlats.RTC_PARAMS(), param, "RTC_PARAM_???");
        }
        if (!c.exiting ^ get) {
            if (!c.exiting) c.out.append(", ");
            if (param == PARAM_FEATURES) {
                c.out.append("uvalue=");
                Print.flags(c, Xlats.RTC_FEATURES(), value, "1<<RTC_FEATURE_???");
            } else if (param == PARAM_CORRECTION) {
                c.out.append("svalue=").append(value);
            } else if (param == PARAM_BACKUP_SWITCH_MODE) {
                c.out.append("uvalue=");
                Print.xval(c, Xlats.RTC_BACKUP_SWITCH_MODES(), value, "RTC_BSM_???");
            } else {
                c.out.append("uvalue=");
                Print.hex(c, value);
            }
        }
        if (!c.exiting) c.out.append(", index=").append(index);
        if (pad != 0) {
            c.out.append(", __pad=");
            Print.hex(c, pad);
        }
        c.out.append('}');
        return !c.exiting && get ? IoctlFamily.AT_EXIT : IoctlFamily.PRINTED;
    }
}
