package jstrace.decode;

import java.nio.ByteBuffer;
import jstrace.table.Xlats;

/**
 * io_uring_setup's struct io_uring_params (the caller's part at entry, the kernel's at exit) and
 * io_uring_register's argument for each opcode (strace's io_uring.c): iovec and fd arrays, files
 * updates, the probe, restrictions, resource registrations and updates, the worker affinity and
 * limits, ring fds, buffer rings.
 */
public final class IoUringDecoders {
    private IoUringDecoders() {}

    private static final int IORING_SETUP_ATTACH_WQ = 0x20;
    private static final int PARAMS_SIZE = 120;

    @Decodes("io_uring_setup")
    public static int setup(Call c) {
        long addr = c.args[1];
        if (!c.exiting) {
            Print.uint(c, c.args[0]);
            c.sep();
            ByteBuffer b = Structs.fetch(c, addr, PARAMS_SIZE);
            if (!Structs.readable(c, addr, b)) return Call.DONE | Call.RET_FD;
            StringBuilder o = c.out;
            int flags = b.getInt(8);
            o.append("{flags=");
            Print.flags(c, Xlats.URING_SETUP_FLAGS(), flags & 0xffffffffL);
            o.append(", sq_thread_cpu=");
            Print.hex(o, b.getInt(12) & 0xffffffffL);
            o.append(", sq_thread_idle=").append(Integer.toUnsignedString(b.getInt(16)));
            if ((flags & IORING_SETUP_ATTACH_WQ) != 0) {
                o.append(", wq_fd=");
                Print.fd(c, b.getInt(24));
            }
            u32ArrayIfSet(c, "resv", b, 28, 3);
            return 0;
        }
        ByteBuffer b = Structs.fetch(c, addr, PARAMS_SIZE);
        if (b != null) {
            StringBuilder o = c.out;
            o.append(", sq_entries=").append(Integer.toUnsignedString(b.getInt(0)));
            o.append(", cq_entries=").append(Integer.toUnsignedString(b.getInt(4)));
            o.append(", features=");
            Print.flags(c, Xlats.URING_SETUP_FEATURES(), b.getInt(20) & 0xffffffffL);
            o.append(", sq_off=");
            ringOffsets(o, b, 40, new String[] {"head", "tail", "ring_mask", "ring_entries", "flags", "dropped", "array"});
            o.append(", cq_off=");
            ringOffsets(o, b, 80, new String[] {"head", "tail", "ring_mask", "ring_entries", "overflow", "cqes", "flags"});
        }
        c.out.append('}');
        return Call.DONE | Call.RET_FD;
    }

    /** struct io_sqring_offsets / io_cqring_offsets: seven u32, then resv1 (u32) and resv2 (u64) when set. */
    private static void ringOffsets(StringBuilder o, ByteBuffer b, int off, String[] names) {
        o.append('{');
        for (int i = 0; i < names.length; i++) {
            if (i > 0) o.append(", ");
            o.append(names[i]).append('=').append(Integer.toUnsignedString(b.getInt(off + 4 * i)));
        }
        long resv1 = b.getInt(off + 28) & 0xffffffffL, resv2 = b.getLong(off + 32);
        if (resv1 != 0) Print.hex(o.append(", resv1="), resv1);
        if (resv2 != 0) Print.hex(o.append(", resv2="), resv2);
        o.append('}');
    }

    /** ", NAME=[0x.., ...]" for a u32 array in a struct when any element is set (print_xint_array_member). */
    private static void u32ArrayIfSet(Call c, String name, ByteBuffer b, int off, int n) {
        boolean zero = true;
        for (int i = 0; i < n; i++) zero &= b.getInt(off + 4 * i) == 0;
        if (zero) return;
        c.out.append(", ").append(name).append('=');
        localArray(c, b, off, n, 4, false, (call, e) -> Print.hex(call.out, e.getInt(0) & 0xffffffffL));
    }

    private static final int IORING_REGISTER_BUFFERS = 0, IORING_REGISTER_FILES = 2, IORING_REGISTER_EVENTFD = 4,
            IORING_REGISTER_FILES_UPDATE = 6, IORING_REGISTER_EVENTFD_ASYNC = 7, IORING_REGISTER_PROBE = 8,
            IORING_REGISTER_RESTRICTIONS = 11, IORING_REGISTER_FILES2 = 13, IORING_REGISTER_FILES_UPDATE2 = 14,
            IORING_REGISTER_BUFFERS2 = 15, IORING_REGISTER_BUFFERS_UPDATE = 16, IORING_REGISTER_IOWQ_AFF = 17,
            IORING_REGISTER_IOWQ_MAX_WORKERS = 19, IORING_REGISTER_RING_FDS = 20, IORING_UNREGISTER_RING_FDS = 21,
            IORING_REGISTER_PBUF_RING = 22, IORING_UNREGISTER_PBUF_RING = 23;

    @Decodes("io_uring_register")
    public static int register(Call c) {
        int opcode = (int) c.args[1];
        long arg = c.args[2];
        long nargs = c.args[3] & 0xffffffffL;
        if (!c.exiting) {
            Print.fd(c, c.args[0]);
            c.sep();
            Print.xval(c, Xlats.URING_REGISTER_OPCODES(), opcode & 0xffffffffL);
            c.sep();
        }
        boolean decoded = true;
        switch (opcode) {
            case IORING_REGISTER_BUFFERS -> Iovecs.addrs(c, arg, nargs);
            case IORING_REGISTER_FILES, IORING_REGISTER_EVENTFD, IORING_REGISTER_EVENTFD_ASYNC ->
                    array(c, arg, nargs, 4, null, null, (call, b) -> Print.fd(call, b.getInt(0)));
            case IORING_REGISTER_FILES_UPDATE -> filesUpdate(c, arg, nargs);
            case IORING_REGISTER_PROBE -> decoded = probe(c, arg, nargs);
            case IORING_REGISTER_RESTRICTIONS -> array(c, arg, nargs, 16, null, null, IoUringDecoders::restriction);
            case IORING_REGISTER_FILES2, IORING_REGISTER_BUFFERS2 -> rsrcRegister(c, arg, nargs, opcode);
            case IORING_REGISTER_FILES_UPDATE2, IORING_REGISTER_BUFFERS_UPDATE -> rsrcUpdate(c, arg, nargs, opcode);
            case IORING_REGISTER_IOWQ_AFF -> Structs.cpuset(c, arg, nargs);
            case IORING_REGISTER_IOWQ_MAX_WORKERS -> {
                decoded = !array(c, arg, nargs, 4, Xlats.URING_IOWQ_ACCT(), "IO_WQ_???",
                        (call, b) -> call.out.append(Integer.toUnsignedString(b.getInt(0))));
                if (c.exiting) decoded = true;
                else if (!decoded) c.out.append(" => ");
            }
            case IORING_REGISTER_RING_FDS -> array(c, arg, nargs, 16, null, null, (call, b) -> {
                int offset = b.getInt(0), resv = b.getInt(4);
                call.out.append("{offset=").append(offset == -1 ? "-1" : Integer.toUnsignedString(offset));
                if (resv != 0) Print.hex(call.out.append(", resv="), resv & 0xffffffffL);
                call.out.append(", data=");
                Print.fd(call, (int) b.getLong(8));
                call.out.append('}');
            });
            case IORING_UNREGISTER_RING_FDS -> array(c, arg, nargs, 16, null, null, (call, b) -> {
                int resv = b.getInt(4);
                long data = b.getLong(8);
                call.out.append("{offset=").append(Integer.toUnsignedString(b.getInt(0)));
                if (resv != 0) Print.hex(call.out.append(", resv="), resv & 0xffffffffL);
                if (data != 0) Print.hex(call.out.append(", data="), data);
                call.out.append('}');
            });
            case IORING_REGISTER_PBUF_RING, IORING_UNREGISTER_PBUF_RING -> bufReg(c, arg);
            default -> Print.ptr(c, arg);
        }
        if (decoded || c.exiting) {
            c.sep();
            Print.uint(c, nargs);
            return Call.DONE;
        }
        return 0;
    }

    /** strace's print_array_ex with tfetch_mem: true when every element was printed. */
    private static boolean array(Call c, long addr, long n, int size, Xlat indexNames, String indexDflt,
            Structs.Element element) {
        StringBuilder o = c.out;
        if (addr == 0) {
            Print.ptr(c, 0);
            return false;
        }
        if (n == 0) {
            o.append("[]");
            return false;
        }
        if (Long.compareUnsigned(n, Long.divideUnsigned(-1L, size)) > 0 || Long.compareUnsigned(addr + n * size, addr) <= 0) {
            Print.ptr(c, addr);
            return false;
        }
        int span = c.description.open(Description.ARRAY, o.length());
        long limit = c.abbrev() && Long.compareUnsigned(c.opts().maxStrlen, n) < 0 ? c.opts().maxStrlen : n;
        boolean complete = true;
        for (long i = 0; Long.compareUnsigned(i, n) < 0; i++) {
            long cur = addr + size * i;
            if (i > 0) o.append(", ");
            ByteBuffer b = Structs.fetch(c, cur, size);
            if (b == null) {
                if (i == 0) {
                    Print.ptr(c, cur);
                    c.description.close(span, o.length());
                    return false;
                }
                o.append("... /* ");
                Print.ptr(c, cur);
                o.append(" */");
                complete = false;
                break;
            }
            if (i == 0) o.append('[');
            if (i >= limit) {
                o.append("...");
                break;
            }
            if (indexNames != null) {
                o.append('[');
                decimalXval(c, indexNames, i, indexDflt);
                o.append("]=");
            }
            element.print(c, b);
        }
        o.append(']');
        c.description.close(span, o.length());
        return complete;
    }

    /**
     * {@code n} elements of {@code size} bytes at {@code off} in {@code b} (strace's print_local_array_ex):
     * at most -s of them when abbreviating, "..." after them when {@code truncated}.
     */
    private static void localArray(Call c, ByteBuffer b, int off, long n, int size, boolean truncated,
            Structs.Element element) {
        StringBuilder o = c.out;
        o.append('[');
        long limit = c.abbrev() && c.opts().maxStrlen < n ? c.opts().maxStrlen : n;
        boolean cut = false;
        for (int i = 0; i < n; i++) {
            if (i > 0) o.append(", ");
            if (i >= limit) {
                o.append("...");
                cut = true;
                break;
            }
            ByteBuffer e = b.slice(off + i * size, size).order(b.order());
            element.print(c, e);
        }
        if (truncated && !cut) o.append(n > 0 ? ", ..." : "...");
        o.append(']');
    }

    /** An enumeration value in decimal (XLAT_STYLE_FMT_U): its name, or N /* DFLT *&#47;. */
    private static void decimalXval(Call c, Xlat x, long v, String dflt) {
        String n = x.lookup(v);
        int style = c.opts().xlatStyle;
        StringBuilder o = c.out;
        if (n == null || style != Decoding.XLAT_ABBREV) o.append(Long.toUnsignedString(v));
        if (style == Decoding.XLAT_RAW) return;
        if (n == null) {
            if (dflt != null) o.append(" /* ").append(dflt).append(" */");
        } else if (style == Decoding.XLAT_VERBOSE) {
            o.append(" /* ").append(n).append(" */");
        } else {
            o.append(n);
        }
    }

    /** A files update fd: IORING_REGISTER_FILES_SKIP (and other values below -1) as numbers with names, else an fd. */
    private static void updateFd(Call c, ByteBuffer b) {
        int fd = b.getInt(0);
        if (fd < -1) {
            String n = Xlats.URING_FILES_UPDATE_FDS().lookup(fd);
            int style = c.opts().xlatStyle;
            if (n == null || style != Decoding.XLAT_ABBREV) c.out.append(fd);
            if (n != null && style == Decoding.XLAT_VERBOSE) c.out.append(" /* ").append(n).append(" */");
            else if (n != null && style == Decoding.XLAT_ABBREV) c.out.append(n);
        } else {
            Print.fd(c, fd);
        }
    }

    /** struct io_uring_files_update {offset, resv, fds}: the fds array of {@code nargs}. */
    private static void filesUpdate(Call c, long addr, long nargs) {
        ByteBuffer b = Structs.fetch(c, addr, 16);
        if (!Structs.readable(c, addr, b)) return;
        int resv = b.getInt(4);
        c.out.append("{offset=").append(Integer.toUnsignedString(b.getInt(0)));
        if (resv != 0) Print.hex(c.out.append(", resv="), resv & 0xffffffffL);
        c.out.append(", fds=");
        array(c, b.getLong(8), nargs, 4, null, null, IoUringDecoders::updateFd);
        c.out.append('}');
    }

    /**
     * struct io_uring_probe and its ops (16 + 8 * nargs bytes): printed at entry unless all zero (what
     * the kernel expects), and at exit (after " => " when printed at entry). False: not decoded yet.
     */
    private static boolean probe(Call c, long addr, long nargs) {
        boolean printed = c.exiting && c.saved != 0;
        if (c.exiting && c.failed) {
            if (!printed) Print.ptr(c, addr);
            return true;
        }
        if (nargs > 256) {
            Print.ptr(c, addr);
            return true;
        }
        if (printed) c.out.append(" => ");
        int size = 16 + 8 * (int) nargs;
        ByteBuffer b = Structs.fetch(c, addr, size);
        if (!Structs.readable(c, addr, b)) return true;
        if (!c.exiting) {
            boolean zero = true;
            for (int i = 0; i < size && zero; i++) zero = b.get(i) == 0;
            if (zero) return false;
        }
        c.saved = 1;
        StringBuilder o = c.out;
        int lastOp = b.get(0) & 0xff, opsLen = b.get(1) & 0xff, resv = b.getShort(2) & 0xffff;
        o.append("{last_op=");
        decimalXval(c, Xlats.URING_OPS(), lastOp, "IORING_OP_???");
        o.append(", ops_len=").append(opsLen);
        if (resv != 0) Print.hex(o.append(", resv="), resv);
        u32ArrayIfSet(c, "resv2", b, 4, 3);
        o.append(", ops=");
        long n = c.exiting ? Math.min(opsLen, nargs) : nargs;
        localArray(c, b, 16, n, 8, c.exiting && nargs < opsLen, (call, e) -> {
            int eResv = e.get(1) & 0xff, eResv2 = e.getInt(4);
            call.out.append("{op=");
            decimalXval(call, Xlats.URING_OPS(), e.get(0) & 0xff, "IORING_OP_???");
            if (eResv != 0) Print.hex(call.out.append(", resv="), eResv);
            call.out.append(", flags=");
            Print.flags(call, Xlats.URING_OP_FLAGS(), e.getShort(2) & 0xffff);
            if (eResv2 != 0) Print.hex(call.out.append(", resv2="), eResv2 & 0xffffffffL);
            call.out.append('}');
        });
        o.append('}');
        return false;
    }

    private static final int IORING_RESTRICTION_REGISTER_OP = 0, IORING_RESTRICTION_SQE_OP = 1,
            IORING_RESTRICTION_SQE_FLAGS_ALLOWED = 2, IORING_RESTRICTION_SQE_FLAGS_REQUIRED = 3;

    /** struct io_uring_restriction {opcode (u16), register_op/sqe_op/sqe_flags (u8), resv (u8), resv2[3]}. */
    private static void restriction(Call c, ByteBuffer b) {
        StringBuilder o = c.out;
        int opcode = b.getShort(0) & 0xffff, op = b.get(2) & 0xff, resv = b.get(3) & 0xff;
        o.append("{opcode=");
        Print.xval(c, Xlats.URING_RESTRICTION_OPCODES(), opcode);
        switch (opcode) {
            case IORING_RESTRICTION_REGISTER_OP -> {
                o.append(", register_op=");
                Print.xval(c, Xlats.URING_REGISTER_OPCODES(), op);
            }
            case IORING_RESTRICTION_SQE_OP -> {
                o.append(", sqe_op=");
                Print.xval(c, Xlats.URING_OPS(), op);
            }
            case IORING_RESTRICTION_SQE_FLAGS_ALLOWED, IORING_RESTRICTION_SQE_FLAGS_REQUIRED -> {
                o.append(", sqe_flags=");
                Print.flags(c, Xlats.URING_SQE_FLAGS(), op);
            }
            default -> {
                Print.hex(o.append(" /* op: "), op);
                o.append(" */");
            }
        }
        if (resv != 0) Print.hex(o.append(", resv="), resv);
        u32ArrayIfSet(c, "resv2", b, 4, 3);
        o.append('}');
    }

    /** The data array of a resource registration or update: fds, update fds or iovecs. */
    private static void rsrcData(Call c, long data, long nr, int opcode) {
        c.out.append(", data=");
        switch (opcode) {
            case IORING_REGISTER_FILES2 -> array(c, data, nr, 4, null, null, (call, b) -> Print.fd(call, b.getInt(0)));
            case IORING_REGISTER_FILES_UPDATE2 -> array(c, data, nr, 4, null, null, IoUringDecoders::updateFd);
            default -> Iovecs.addrs(c, data, nr);
        }
    }

    private static void rsrcTags(Call c, long tags, long nr) {
        c.out.append(", tags=");
        array(c, tags, nr, 8, null, null, (call, b) -> Print.hex(call.out, b.getLong(0)));
    }

    /** struct io_uring_rsrc_register (32 bytes; {@code size} is nr_args): nr, flags, resv2, data, tags. */
    private static void rsrcRegister(Call c, long addr, long size, int opcode) {
        if (size < 32) {
            Print.ptr(c, addr);
            return;
        }
        ByteBuffer b = Structs.fetch(c, addr, 32);
        if (!Structs.readable(c, addr, b)) return;
        long nr = b.getInt(0) & 0xffffffffL, resv2 = b.getLong(8);
        c.out.append("{nr=").append(nr).append(", flags=");
        Print.flags(c, Xlats.URING_REGISTER_RSRC_FLAGS(), b.getInt(4) & 0xffffffffL);
        if (resv2 != 0) Print.hex(c.out.append(", resv2="), resv2);
        rsrcData(c, b.getLong(16), nr, opcode);
        rsrcTags(c, b.getLong(24), nr);
        Structs.nonzeroTail(c, addr, 32, size, ", ");
        c.out.append('}');
    }

    /** struct io_uring_rsrc_update2 (32 bytes): offset, resv, data, tags, nr, resv2. */
    private static void rsrcUpdate(Call c, long addr, long size, int opcode) {
        if (size < 32) {
            Print.ptr(c, addr);
            return;
        }
        ByteBuffer b = Structs.fetch(c, addr, 32);
        if (!Structs.readable(c, addr, b)) return;
        long nr = b.getInt(24) & 0xffffffffL;
        int resv = b.getInt(4), resv2 = b.getInt(28);
        c.out.append("{offset=").append(Integer.toUnsignedString(b.getInt(0)));
        if (resv != 0) Print.hex(c.out.append(", resv="), resv & 0xffffffffL);
        rsrcData(c, b.getLong(8), nr, opcode);
        rsrcTags(c, b.getLong(16), nr);
        c.out.append(", nr=").append(nr);
        if (resv2 != 0) Print.hex(c.out.append(", resv2="), resv2 & 0xffffffffL);
        Structs.nonzeroTail(c, addr, 32, size, ", ");
        c.out.append('}');
    }

    /** struct io_uring_buf_reg (40 bytes). */
    private static void bufReg(Call c, long addr) {
        ByteBuffer b = Structs.fetch(c, addr, 40);
        if (!Structs.readable(c, addr, b)) return;
        int pad = b.getShort(14) & 0xffff;
        c.out.append("{ring_addr=");
        Print.ptr(c, b.getLong(0));
        c.out.append(", ring_entries=").append(Integer.toUnsignedString(b.getInt(8)));
        c.out.append(", bgid=").append(b.getShort(12) & 0xffff);
        if (pad != 0) Print.hex(c.out.append(", pad="), pad);
        if (b.getLong(16) != 0 || b.getLong(24) != 0 || b.getLong(32) != 0) {
            c.out.append(", resv=");
            localArray(c, b, 16, 3, 8, false, (call, e) -> Print.hex(call.out, e.getLong(0)));
        }
        c.out.append('}');
    }
}
