package jstrace.decode;

import java.nio.ByteBuffer;

/** struct iovec arrays (readv/writev and friends, process_vm_*, msghdr's msg_iov). */
public final class Iovecs {
    private Iovecs() {}

    /** No limit on the data printed (writes: each buffer up to its iov_len). */
    static final long UNLIMITED = -1L;

    @PrintsStruct("iovec_in")
    public static void in(Call c, long addr, long count) {
        print(c, addr, count, UNLIMITED, false);
    }

    /** Read into at exit: the data up to the bytes the call returned; after a failure, addresses only. */
    @PrintsStruct("iovec_out")
    public static void out(Call c, long addr, long count) {
        print(c, addr, count, c.rval, c.failed);
    }

    /** process_vm_*'s remote iovecs: addresses in the other process. */
    @PrintsStruct("iovec_addrs")
    public static void addrs(Call c, long addr, long count) {
        print(c, addr, count, UNLIMITED, true);
    }

    /**
     * {@code count} iovecs at {@code addr}, fetched one by one as strace's print_array does: an
     * unreadable first element prints the address, a later one "... /* 0x... *&#47;"; with
     * abbreviation at most -s elements, then "...". {@code dataSize} bounds the bytes printed over
     * all buffers together.
     */
    static void print(Call c, long addr, long count, long dataSize, boolean addrsOnly) {
        StringBuilder o = c.out;
        if (addr == 0) {
            o.append("NULL");
            return;
        }
        if (count == 0) {
            o.append("[]");
            return;
        }
        long size = count * 16;
        if (Long.compareUnsigned(count, Long.divideUnsigned(-1L, 16)) > 0 || Long.compareUnsigned(addr + size, addr) <= 0) {
            Print.ptr(c, addr);
            return;
        }
        long limit = c.abbrev() && Long.compareUnsigned(c.opts().maxStrlen, count) < 0 ? c.opts().maxStrlen : count;
        long left = dataSize;
        for (long i = 0; Long.compareUnsigned(i, count) < 0; i++) {
            long cur = addr + 16 * i;
            if (i > 0) o.append(", ");
            ByteBuffer b = Structs.read(c, cur, 16);
            if (b == null) {
                if (i == 0) {
                    Print.ptr(c, cur);
                    return;
                }
                o.append("... /* ");
                Print.ptr(c, cur);
                o.append(" */");
                break;
            }
            if (i == 0) o.append('[');
            if (i >= limit) {
                o.append("...");
                break;
            }
            long base = b.getLong(0), len = b.getLong(8);
            long shown = Long.compareUnsigned(len, left) > 0 ? left : len;
            if (left != UNLIMITED) left -= shown;
            o.append("{iov_base=");
            if (addrsOnly) Print.ptr(c, base);
            else Print.buf(c, base, shown);
            o.append(", iov_len=").append(Long.toUnsignedString(len)).append('}');
        }
        o.append(']');
    }
}
