package jstrace.decode;

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

    /** How one buffer's data is printed: its bytes, or netlink messages. */
    interface Data {
        void print(Call c, long addr, long len);
    }

    static void print(Call c, long addr, long count, long dataSize, boolean addrsOnly) {
        print(c, addr, count, dataSize, addrsOnly, Print::buf);
    }

    /** {@code count} iovecs at {@code addr}; {@code dataSize} bounds the bytes printed over all buffers together. */
    static void print(Call c, long addr, long count, long dataSize, boolean addrsOnly, Data data) {
        long[] left = {dataSize};
        Structs.array(c, addr, count, 16, (call, b) -> {
            long base = b.getLong(0), len = b.getLong(8);
            long shown = Long.compareUnsigned(len, left[0]) > 0 ? left[0] : len;
            if (left[0] != UNLIMITED) left[0] -= shown;
            call.out.append("{iov_base=");
            if (addrsOnly) Print.ptr(call, base);
            else data.print(call, base, shown);
            call.out.append(", iov_len=").append(Long.toUnsignedString(len)).append('}');
        });
    }
}
