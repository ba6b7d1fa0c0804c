package jstrace.decode;

import jstrace.table.Xlats;

/**
 * semop/semtimedop's sembuf array; the NUMA calls' node masks and policy modes (mbind,
 * set_mempolicy, get_mempolicy, migrate_pages); move_pages' page, node and status arrays.
 */
public final class NumaIpcStructs {
    private NumaIpcStructs() {}

    private static final int SEMBUF_SIZE = 6;

    /** [{sem_num=N, sem_op=N, sem_flg=FLAGS}, ...]: {@code n} is the unsigned int nsops. */
    @PrintsStruct("sembuf")
    public static void sembuf(Call c, long addr, long n) {
        Structs.array(c, addr, n & 0xffffffffL, SEMBUF_SIZE, (cc, b) -> {
            cc.out.append("{sem_num=").append(b.getShort(0) & 0xffff)
                    .append(", sem_op=").append(b.getShort(2)).append(", sem_flg=");
            Print.flags(cc, Xlats.SEMOP_FLAGS(), b.getShort(4) & 0xffff, "SEM_???");
            cc.out.append('}');
        });
    }

    /** A node mask of {@code maxnodes} bits as an array of longs in zero-padded hex; the address when the count makes no sense. */
    @PrintsStruct("nodemask")
    public static void nodemask(Call c, long addr, long maxnodes) {
        long nmemb = Long.divideUnsigned(maxnodes + 64 - 2, 64);
        if (Long.compareUnsigned(nmemb, Long.divideUnsigned(maxnodes, 64)) < 0 || (maxnodes != 0 && nmemb == 0)) {
            Print.ptr(c, addr);
            return;
        }
        Structs.array(c, addr, nmemb, 8, (cc, b) -> zeroPaddedHex(cc.out, b.getLong(0)));
    }

    /** C's %#016lx: 0x and at least 14 digits, or 16 zeros for 0 (which gets no 0x). */
    static void zeroPaddedHex(StringBuilder o, long v) {
        if (v == 0) {
            o.append("0000000000000000");
            return;
        }
        String h = Long.toHexString(v);
        o.append("0x");
        for (int i = h.length(); i < 14; i++) o.append('0');
        o.append(h);
    }

    private static final long MPOL_FLAGS_MASK = 0x8000 | 0x4000 | 0x2000;

    /** mbind's mode: MPOL_xxx, with MPOL_F_xxx flags joined by '|'. */
    @PrintsStruct("mpol_mode")
    public static void mpolMode(Call c, long v) {
        long mode = v & ~MPOL_FLAGS_MASK, flags = v & MPOL_FLAGS_MASK;
        int style = c.opts().xlatStyle;
        if (flags == 0) {
            Print.xval(c.out, style, Xlats.MPOL_MODES(), mode, "MPOL_???");
            return;
        }
        String name = Xlats.MPOL_MODES().lookup(mode);
        if (name == null) {
            Print.flags(c, Xlats.MPOL_MODE_FLAGS(), v, "MPOL_???");
            return;
        }
        if (style != Decoding.XLAT_ABBREV) Print.hex(c, v);
        if (style == Decoding.XLAT_RAW) return;
        if (style == Decoding.XLAT_VERBOSE) c.out.append(" /* ");
        int s = c.out.length();
        c.out.append(name);
        c.described(Description.PLAIN, s, mode, null); // strace prints the mode's name as text here
        c.out.append('|');
        Print.flags(c.out, Decoding.XLAT_ABBREV, Xlats.MPOL_MODE_FLAGS(), flags);
        if (style == Decoding.XLAT_VERBOSE) c.out.append(" */");
    }

    /** set_mempolicy's mode, an int. */
    @PrintsStruct("mpol_mode32")
    public static void mpolMode32(Call c, long v) {
        mpolMode(c, v & 0xffffffffL);
    }

    /** get_mempolicy's result mode: [MPOL_xxx]. */
    @PrintsStruct("mpol_mode_ptr")
    public static void mpolModePtr(Call c, long addr) {
        java.nio.ByteBuffer b = Structs.read(c, addr, 4);
        if (!Structs.readable(c, addr, b)) return;
        c.out.append('[');
        Print.xval(c.out, c.opts().xlatStyle, Xlats.MPOL_MODES(), Integer.toUnsignedLong(b.getInt(0)), "MPOL_???");
        c.out.append(']');
    }

    /** move_pages' pages: an array of addresses. */
    @PrintsStruct("ptr_array")
    public static void ptrArray(Call c, long addr, long n) {
        Structs.array(c, addr, n, 8, (cc, b) -> Print.ptr(cc, b.getLong(0)));
    }

    /** move_pages' nodes: an array of ints. */
    @PrintsStruct("int_array")
    public static void intArray(Call c, long addr, long n) {
        Structs.array(c, addr, n, 4, (cc, b) -> cc.out.append(b.getInt(0)));
    }

    /** move_pages' status: node numbers, or negated errno names (-ENOENT). */
    @PrintsStruct("page_status_array")
    public static void pageStatusArray(Call c, long addr, long n) {
        // as strace's print_array: an empty array is [] before the failed call's memory is left unread
        if (c.failed && addr != 0 && n != 0) {
            Print.ptr(c, addr);
            return;
        }
        Structs.array(c, addr, n, 4, (cc, b) -> {
            int status = b.getInt(0);
            String name = status < 0 ? Errno.name(-status) : null;
            int style = cc.opts().xlatStyle;
            if (name == null || style != Decoding.XLAT_ABBREV) cc.out.append(status);
            if (name == null || style == Decoding.XLAT_RAW) return;
            if (style == Decoding.XLAT_ABBREV) cc.out.append('-').append(name);
            else cc.out.append(" /* -").append(name).append(" */");
        });
    }
}
