package jstrace.decode.ioctl;

import static jstrace.decode.ioctl.ArgRules.Kind.*;

import jstrace.decode.Call;
import jstrace.decode.Print;
import jstrace.table.Xlats;

/** MTD requests, type 'M' (strace's mtd_ioctl): the ones with a number or a mode; structures not decoded yet. */
public final class MtdIoctl {
    private MtdIoctl() {}

    private static final ArgRules RULES = new ArgRules()
            .in(ADDR, "MEMERASE", "MEMLOCK", "MEMUNLOCK", "MEMISLOCKED", "MEMERASE64", "MEMWRITEOOB", "MEMREADOOB",
                    "MEMWRITEOOB64", "MEMREADOOB64", "MEMWRITE", "OTPGETREGIONINFO", "OTPLOCK", "OTPSELECT", "MEMGETINFO",
                    "MEMGETOOBSEL", "ECCGETLAYOUT", "ECCGETSTATS", "MEMGETREGIONINFO")
            .in(PTR_U64, "MEMGETBADBLOCK", "MEMSETBADBLOCK")
            .out(PTR_UINT, "OTPGETREGIONCOUNT")
            .out(PTR_INT, "MEMGETREGIONCOUNT");
    private static final int MTDFILEMODE = ArgRules.code("MTDFILEMODE");

    public static int decode(Call c, int code, long arg) {
        if (code == MTDFILEMODE) {
            c.sep();
            Print.xval(c, Xlats.MTD_FILE_MODE_OPTIONS(), arg, "MTD_FILE_MODE_???");
            return IoctlFamily.PRINTED;
        }
        return RULES.decode(c, code, arg);
    }
}
