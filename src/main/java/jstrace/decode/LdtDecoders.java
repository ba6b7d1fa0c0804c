package jstrace.decode;

import java.nio.ByteBuffer;

/**
 * struct user_desc (asm/ldt.h) as strace prints it for set_thread_area, get_thread_area and
 * modify_ldt: {entry_number=N, base_addr=0x.., limit=0x.., seg_32bit=.., ..., lm=..}.
 */
public final class LdtDecoders {
    private LdtDecoders() {}

    static final int USER_DESC_SIZE = 16;

    /** set_thread_area: the whole struct at entry; at exit, when it worked, the entry number the kernel chose. */
    @Decodes("set_thread_area")
    public static int setThreadArea(Call c) {
        if (!c.exiting) {
            whole(c, c.args[0]);
            return 0;
        }
        ByteBuffer b = c.failed ? null : Structs.fetch(c, c.args[0], USER_DESC_SIZE);
        if (b == null) return 0;
        c.retText = "entry_number=" + Integer.toUnsignedString(b.getInt(0));
        return Call.RET_STR;
    }

    /** get_thread_area: the entry number asked for at entry, the rest of the struct at exit (when verbose). */
    @Decodes("get_thread_area")
    public static int getThreadArea(Call c) {
        long addr = c.args[0];
        if (!c.exiting) {
            ByteBuffer b = Structs.fetch(c, addr, 4);
            if (b == null) {
                Print.ptr(c, addr);
                return Call.DONE;
            }
            c.out.append("{entry_number=");
            id(c.out, b.getInt(0));
            c.saved = Integer.toUnsignedLong(b.getInt(0));
            return 0;
        }
        if (!c.verbose()) {
            c.out.append('}');
            return 0;
        }
        ByteBuffer b = c.failed ? null : Structs.read(c, addr, USER_DESC_SIZE);
        if (b == null) {
            c.out.append(", ...}");
            return 0;
        }
        if (Integer.toUnsignedLong(b.getInt(0)) != c.saved) id(c.out.append(" => "), b.getInt(0));
        rest(c.out, b);
        return 0;
    }

    /**
     * modify_ldt(func, ptr, bytecount): ptr as a struct only when bytecount is its size. The kernel's
     * result is an int zero-extended to 64 bits, so ptrace does not see its errors: a value of
     * 0xfffff001..0xffffffff is the error -value, printed as strace does, "4294967274 EINVAL (...)".
     */
    @Decodes("modify_ldt")
    public static int modifyLdt(Call c) {
        if (c.exiting) {
            if (c.failed || c.rval < 0xfffff001L || c.rval > 0xffffffffL) return 0;
            c.failed = true;
            return Call.RET_VALUE_ERROR;
        }
        Print.sint(c, (int) c.args[0]);
        c.sep();
        if (c.args[2] == USER_DESC_SIZE) whole(c, c.args[1]);
        else Print.ptr(c, c.args[1]);
        c.sep();
        c.out.append(Long.toUnsignedString(c.args[2]));
        return 0;
    }

    private static void whole(Call c, long addr) {
        ByteBuffer b = Structs.fetch(c, addr, USER_DESC_SIZE);
        if (b == null) {
            Print.ptr(c, addr);
            return;
        }
        c.out.append("{entry_number=");
        id(c.out, b.getInt(0));
        rest(c.out, b);
    }

    /** An id as strace's PRINT_VAL_ID: -1, else unsigned. */
    private static void id(StringBuilder o, int v) {
        o.append(v == -1 ? "-1" : Integer.toUnsignedString(v));
    }

    /** Everything after entry_number, and the closing brace; the bit fields as asm/ldt.h lays them out. */
    private static void rest(StringBuilder o, ByteBuffer b) {
        int bits = b.getInt(12);
        o.append(", base_addr=");
        hex0(o, b.getInt(4));
        o.append(", limit=");
        hex0(o, b.getInt(8));
        o.append(", seg_32bit=").append(bits & 1)
                .append(", contents=").append(bits >> 1 & 3)
                .append(", read_exec_only=").append(bits >> 3 & 1)
                .append(", limit_in_pages=").append(bits >> 4 & 1)
                .append(", seg_not_present=").append(bits >> 5 & 1)
                .append(", useable=").append(bits >> 6 & 1)
                .append(", lm=").append(bits >> 7 & 1).append('}');
    }

    /** C's %#08x, as strace's PRINT_FIELD_0X prints a u32: 0x-prefixed unless zero, which is "00000000". */
    private static void hex0(StringBuilder o, int v) {
        if (v == 0) o.append("00000000");
        else o.append("0x").append(String.format("%06x", v));
    }
}
