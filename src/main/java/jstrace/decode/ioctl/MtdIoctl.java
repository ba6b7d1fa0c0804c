package jstrace.decode.ioctl;

import static jstrace.decode.ioctl.ArgRules.Kind.*;

import java.nio.ByteBuffer;
import jstrace.decode.Call;
import jstrace.decode.Print;
import jstrace.decode.Structs;
import jstrace.table.Xlats;

/**
 * MTD requests, type 'M' (strace's mtd_ioctl, mtd/mtd-abi.h): erase ranges, OOB buffers, write requests,
 * OTP info and mode, and at exit the device info, OOB selection, ECC layout and statistics and the
 * erase region info (its index at entry, the rest at exit).
 */
public final class MtdIoctl {
    private MtdIoctl() {}

    private static final ArgRules RULES = new ArgRules()
            .in(PTR_U64, "MEMGETBADBLOCK", "MEMSETBADBLOCK")
            .out(PTR_UINT, "OTPGETREGIONCOUNT")
            .out(PTR_INT, "MEMGETREGIONCOUNT");
    private static final int MTDFILEMODE = ArgRules.code("MTDFILEMODE"),
            MEMERASE = ArgRules.code("MEMERASE"), MEMLOCK = ArgRules.code("MEMLOCK"),
            MEMUNLOCK = ArgRules.code("MEMUNLOCK"), MEMISLOCKED = ArgRules.code("MEMISLOCKED"),
            MEMERASE64 = ArgRules.code("MEMERASE64"),
            MEMWRITEOOB = ArgRules.code("MEMWRITEOOB"), MEMREADOOB = ArgRules.code("MEMREADOOB"),
            MEMWRITEOOB64 = ArgRules.code("MEMWRITEOOB64"), MEMREADOOB64 = ArgRules.code("MEMREADOOB64"),
            MEMWRITE = ArgRules.code("MEMWRITE"),
            OTPGETREGIONINFO = ArgRules.code("OTPGETREGIONINFO"), OTPLOCK = ArgRules.code("OTPLOCK"),
            OTPSELECT = ArgRules.code("OTPSELECT"),
            MEMGETINFO = ArgRules.code("MEMGETINFO"), MEMGETOOBSEL = ArgRules.code("MEMGETOOBSEL"),
            ECCGETLAYOUT = ArgRules.code("ECCGETLAYOUT"), ECCGETSTATS = ArgRules.code("ECCGETSTATS"),
            MEMGETREGIONINFO = ArgRules.code("MEMGETREGIONINFO");
    /** Struct sizes (x86_64). */
    private static final int ERASE_SIZE = 8, ERASE64_SIZE = 16, OOB_SIZE = 16, OOB64_SIZE = 24, WRITE_REQ_SIZE = 48,
            OTP_INFO_SIZE = 12, INFO_SIZE = 32, OOBINFO_SIZE = 200, ECCLAYOUT_SIZE = 328, ECC_STATS_SIZE = 16,
            REGION_INFO_SIZE = 16;

    public static int decode(Call c, int code, long arg) {
        if (RULES.has(code)) return RULES.decode(c, code, arg);
        if (code == MTDFILEMODE) {
            c.sep();
            Print.xval(c, Xlats.MTD_FILE_MODE_OPTIONS(), arg, "MTD_FILE_MODE_???");
            return IoctlFamily.PRINTED;
        }
        if (code == MEMGETREGIONINFO) return regionInfo(c, arg);
        boolean atExit = code == OTPGETREGIONINFO || code == MEMGETINFO || code == MEMGETOOBSEL
                || code == ECCGETLAYOUT || code == ECCGETSTATS;
        int size;
        if (code == MEMERASE || code == MEMLOCK || code == MEMUNLOCK || code == MEMISLOCKED) size = ERASE_SIZE;
        else if (code == MEMERASE64) size = ERASE64_SIZE;
        else if (code == MEMWRITEOOB || code == MEMREADOOB) size = OOB_SIZE;
        else if (code == MEMWRITEOOB64 || code == MEMREADOOB64) size = OOB64_SIZE;
        else if (code == MEMWRITE) size = WRITE_REQ_SIZE;
        else if (code == OTPGETREGIONINFO || code == OTPLOCK) size = OTP_INFO_SIZE;
        else if (code == OTPSELECT) size = 4;
        else if (code == MEMGETINFO) size = INFO_SIZE;
        else if (code == MEMGETOOBSEL) size = OOBINFO_SIZE;
        else if (code == ECCGETLAYOUT) size = ECCLAYOUT_SIZE;
        else if (code == ECCGETSTATS) size = ECC_STATS_SIZE;
        else return IoctlFamily.DEFAULT_ARG;
        if (atExit && !c.exiting) return IoctlFamily.AT_EXIT;
        c.sep();
        ByteBuffer b = Structs.fetch(c, arg, size);
        if (b == null) {
            Print.ptr(c, arg);
            return IoctlFamily.PRINTED;
        }
        if (code == MEMERASE || code == MEMLOCK || code == MEMUNLOCK || code == MEMISLOCKED) {
            hexFields(c, b, 4, "start", "length");
        } else if (code == MEMERASE64) {
            hexFields(c, b, 8, "start", "length");
        } else if (code == MEMWRITEOOB || code == MEMREADOOB) {
            hexFields(c, b, 4, "start", "length");
            c.out.append(", ptr=");
            Print.ptr(c, b.getLong(8));
        } else if (code == MEMWRITEOOB64 || code == MEMREADOOB64) {
            c.out.append("{start=");
            Print.hex(c, b.getLong(0));
            c.out.append(", length=");
            Print.hex(c, u32(b, 12));
            c.out.append(", usr_ptr=");
            Print.hex(c, b.getLong(16));
        } else if (code == MEMWRITE) {
            hexFields(c, b, 8, "start", "len", "ooblen", "usr_data", "usr_oob");
            c.out.append(", mode=");
            Print.xval(c, Xlats.MTD_MODE_OPTIONS(), Byte.toUnsignedLong(b.get(40)), "MTD_OPS_???");
        } else if (code == OTPGETREGIONINFO || code == OTPLOCK) {
            hexFields(c, b, 4, "start", "length");
            c.out.append(", locked=").append(u32(b, 8));
        } else if (code == OTPSELECT) {
            c.out.append('[');
            Print.xval(c, Xlats.MTD_OTP_OPTIONS(), u32(b, 0), "MTD_OTP_???");
            c.out.append(']');
            return IoctlFamily.PRINTED;
        } else if (code == MEMGETINFO) {
            c.out.append("{type=");
            Print.xval(c, Xlats.MTD_TYPE_OPTIONS(), Byte.toUnsignedLong(b.get(0)), "MTD_???");
            c.out.append(", flags=");
            Print.flags(c, Xlats.MTD_FLAGS_OPTIONS(), u32(b, 4), "MTD_???");
            String[] names = {"size", "erasesize", "writesize", "oobsize"};
            for (int i = 0; i < names.length; i++) {
                c.out.append(", ").append(names[i]).append('=');
                Print.hex(c, u32(b, 8 + 4 * i));
            }
            c.out.append(", padding=");
            Print.hex(c, b.getLong(24));
        } else if (code == MEMGETOOBSEL) {
            c.out.append("{useecc=");
            Print.xval(c, Xlats.MTD_NANDECC_OPTIONS(), u32(b, 0), "MTD_NANDECC_???");
            c.out.append(", eccbytes=");
            Print.hex(c, u32(b, 4));
            c.out.append(", oobfree=");
            Structs.heldArray(c, 8, i -> hexArray(c, b, 8 + 8 * i, 2));
            c.out.append(", eccpos=");
            hexArray(c, b, 72, 32);
        } else if (code == ECCGETLAYOUT) {
            c.out.append("{eccbytes=");
            Print.hex(c, u32(b, 0));
            c.out.append(", eccpos=");
            hexArray(c, b, 4, 64);
            c.out.append(", oobavail=");
            Print.hex(c, u32(b, 260));
            c.out.append(", oobfree=");
            Structs.heldArray(c, 8, i -> hexStruct(c, b, 264 + 8 * i, "offset", "length"));
        } else {
            hexFields(c, b, 4, "corrected", "failed", "badblocks", "bbtblocks");
        }
        c.out.append('}');
        return IoctlFamily.PRINTED;
    }

    /** struct region_info_user: regionindex at entry; offset, erasesize and numblocks at a successful exit. */
    private static int regionInfo(Call c, long arg) {
        if (!c.exiting) {
            c.sep();
            ByteBuffer b = Structs.fetch(c, arg, REGION_INFO_SIZE);
            if (b == null) {
                Print.ptr(c, arg);
                return IoctlFamily.PRINTED;
            }
            c.out.append("{regionindex=");
            Print.hex(c, u32(b, 12));
            return IoctlFamily.AT_EXIT;
        }
        ByteBuffer b = c.failed ? null : Structs.read(c, arg, REGION_INFO_SIZE);
        if (b != null) {
            String[] names = {"offset", "erasesize", "numblocks"};
            for (int i = 0; i < names.length; i++) {
                c.out.append(", ").append(names[i]).append('=');
                Print.hex(c, u32(b, 4 * i));
            }
        }
        c.out.append('}');
        return IoctlFamily.PRINTED;
    }

    /** "{a=0x.., b=0x.." (no closing brace) of consecutive unsigned fields of {@code size} bytes from 0. */
    private static void hexFields(Call c, ByteBuffer b, int size, String... names) {
        c.out.append('{');
        fields(c, b, size, 0, names);
    }

    /** "{a=0x.., b=0x..}" of consecutive 32-bit fields at {@code off}. */
    private static void hexStruct(Call c, ByteBuffer b, int off, String... names) {
        c.out.append('{');
        fields(c, b, 4, off, names);
        c.out.append('}');
    }

    private static void fields(Call c, ByteBuffer b, int size, int off, String[] names) {
        for (int i = 0; i < names.length; i++) {
            if (i > 0) c.out.append(", ");
            c.out.append(names[i]).append('=');
            int at = off + size * i;
            Print.hex(c, size == 4 ? u32(b, at) : b.getLong(at));
        }
    }

    /** {@code n} 32-bit elements at {@code off} in hex. */
    private static void hexArray(Call c, ByteBuffer b, int off, int n) {
        Structs.heldArray(c, n, i -> Print.hex(c, u32(b, off + 4 * i)));
    }

    private static long u32(ByteBuffer b, int off) {
        return Integer.toUnsignedLong(b.getInt(off));
    }
}
