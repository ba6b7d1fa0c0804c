package jstrace.decode.ioctl;

import static jstrace.decode.ioctl.ArgRules.Kind.*;

import jstrace.decode.Call;
import jstrace.decode.Print;
import jstrace.table.Xlats;

/** perf_event requests, type '$' (strace's perf_ioctl): QUERY_BPF and MODIFY_ATTRIBUTES are not decoded yet. */
public final class PerfIoctl {
    private PerfIoctl() {}

    private static final ArgRules RULES = new ArgRules()
            .in(ADDR, "PERF_EVENT_IOC_QUERY_BPF", "PERF_EVENT_IOC_MODIFY_ATTRIBUTES")
            .in(INT, "PERF_EVENT_IOC_REFRESH")
            .in(PTR_U64, "PERF_EVENT_IOC_PERIOD")
            .in(FD, "PERF_EVENT_IOC_SET_OUTPUT", "PERF_EVENT_IOC_SET_BPF")
            .in(ULONG, "PERF_EVENT_IOC_PAUSE_OUTPUT")
            .out(PTR_U64, "PERF_EVENT_IOC_ID");
    private static final int ENABLE = ArgRules.code("PERF_EVENT_IOC_ENABLE"),
            DISABLE = ArgRules.code("PERF_EVENT_IOC_DISABLE"), RESET = ArgRules.code("PERF_EVENT_IOC_RESET"),
            SET_FILTER = ArgRules.code("PERF_EVENT_IOC_SET_FILTER");

    public static int decode(Call c, int code, long arg) {
        if (code == ENABLE || code == DISABLE || code == RESET) {
            c.sep();
            Print.flags(c, Xlats.PERF_IOCTL_FLAGS(), arg & 0xffffffffL, "PERF_IOC_FLAG_???"); // an unsigned int
            return IoctlFamily.PRINTED;
        }
        if (code == SET_FILTER) {
            c.sep();
            Print.str(c, arg);
            return IoctlFamily.PRINTED;
        }
        return RULES.decode(c, code, arg);
    }
}
