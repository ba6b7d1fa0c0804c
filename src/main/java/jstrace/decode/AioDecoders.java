package jstrace.decode;

import java.nio.ByteBuffer;
import jstrace.table.Xlats;

/** Linux AIO: io_submit's struct iocb pointers, io_cancel's iocb, the struct io_event results. */
public final class AioDecoders {
    private AioDecoders() {}

    private static final int IOCB_SIZE = 64, IO_EVENT_SIZE = 32;
    private static final int CMD_PREAD = 0, CMD_PWRITE = 1, CMD_POLL = 5, CMD_PREADV = 7, CMD_PWRITEV = 8;
    private static final int IOCB_FLAG_RESFD = 1, IOCB_FLAG_IOPRIO = 2;

    /** io_submit's array of {@code n} iocb pointers (a negative count: the address). */
    @PrintsStruct("iocbs")
    public static void iocbs(Call c, long addr, long n) {
        if (n < 0) {
            Print.ptr(c, addr);
            return;
        }
        Structs.array(c, addr, n, 8, (call, b) -> {
            long cb = b.getLong(0);
            ByteBuffer iocb = Structs.read(call, cb, IOCB_SIZE);
            if (Structs.readable(call, cb, iocb)) iocb(call, iocb);
        });
    }

    /** io_cancel's iocb: the fields that name the request only. */
    @PrintsStruct("iocb")
    public static void iocbHeader(Call c, long addr) {
        ByteBuffer b = Structs.read(c, addr, IOCB_SIZE);
        if (!Structs.readable(c, addr, b)) return;
        c.out.append('{');
        header(c, b);
        c.out.append('}');
    }

    private static void iocb(Call c, ByteBuffer b) {
        StringBuilder o = c.out;
        o.append('{');
        int op = header(c, b);
        long buf = b.getLong(24), nbytes = b.getLong(32);
        // what the kernel would take as a buffer length (no more than a signed size)
        boolean valid = nbytes >= 0;
        switch (op) {
            case CMD_PREAD, CMD_PWRITE -> {
                o.append(", aio_buf=");
                if (op == CMD_PWRITE && valid) Print.buf(c, buf, nbytes);
                else Print.hex(o, buf);
                o.append(", aio_nbytes=").append(Long.toUnsignedString(nbytes))
                        .append(", aio_offset=").append(b.getLong(40));
                commonFlags(c, b);
            }
            case CMD_PREADV, CMD_PWRITEV -> {
                if (valid) {
                    o.append(", aio_buf=");
                    Iovecs.print(c, buf, nbytes, Iovecs.UNLIMITED, op == CMD_PREADV);
                } else {
                    o.append(", aio_buf=");
                    Print.hex(o, buf);
                    o.append(", aio_nbytes=").append(Long.toUnsignedString(nbytes));
                }
                o.append(", aio_offset=").append(b.getLong(40));
                commonFlags(c, b);
            }
            case CMD_POLL -> {
                o.append(", aio_buf=");
                Print.flags(c, Xlats.POLLFLAGS(), buf);
                commonFlags(c, b);
            }
            default -> { }
        }
        o.append('}');
    }

    /** aio_data .. aio_fildes; the opcode. */
    private static int header(Call c, ByteBuffer b) {
        StringBuilder o = c.out;
        o.append("aio_data=");
        Print.hex(o, b.getLong(0));
        int key = b.getInt(8), rwFlags = b.getInt(12);
        if (key != 0) o.append(", aio_key=").append(Integer.toUnsignedString(key));
        if (rwFlags != 0) {
            o.append(", aio_rw_flags=");
            Print.flags(c, Xlats.RWF_FLAGS(), rwFlags & 0xffffffffL);
        }
        int op = b.getShort(16) & 0xffff;
        o.append(", aio_lio_opcode=");
        opcode(c, op);
        int flags = b.getInt(56);
        short reqprio = b.getShort(18);
        if ((flags & IOCB_FLAG_IOPRIO) != 0) {
            o.append(", aio_reqprio=").append(CapSchedDecoders.ioprioText(c, reqprio & 0xffff));
        } else if (reqprio != 0) {
            o.append(", aio_reqprio=").append(reqprio);
        }
        o.append(", aio_fildes=");
        Print.fd(c, b.getInt(20));
        return op;
    }

    /** The opcode as strace prints it: an unknown or raw one in decimal. */
    private static void opcode(Call c, int op) {
        StringBuilder o = c.out;
        String name = Xlats.AIO_CMDS().lookup(op);
        int style = c.opts().xlatStyle;
        if (name != null && style == Decoding.XLAT_ABBREV) {
            o.append(name);
            return;
        }
        o.append(op);
        if (style == Decoding.XLAT_RAW) return;
        o.append(" /* ").append(name != null ? name : "IOCB_CMD_???").append(" */");
    }

    private static void commonFlags(Call c, ByteBuffer b) {
        int flags = b.getInt(56), resfd = b.getInt(60);
        if (flags != 0) {
            c.out.append(", aio_flags=");
            Print.flags(c, Xlats.AIO_IOCB_FLAGS(), flags & 0xffffffffL);
        }
        if ((flags & IOCB_FLAG_RESFD) != 0) {
            c.out.append(", aio_resfd=");
            Print.fd(c, resfd);
        } else if (resfd != 0) {
            c.out.append(", aio_resfd=");
            Print.hex(c.out, resfd & 0xffffffffL);
        }
    }

    @PrintsStruct("io_event")
    public static void ioEvent(Call c, long addr) {
        ByteBuffer b = Structs.read(c, addr, IO_EVENT_SIZE);
        if (Structs.readable(c, addr, b)) event(c, b);
    }

    @PrintsStruct("io_events")
    public static void ioEvents(Call c, long addr, long n) {
        Structs.array(c, addr, n, IO_EVENT_SIZE, AioDecoders::event);
    }

    private static void event(Call c, ByteBuffer b) {
        StringBuilder o = c.out;
        o.append("{data=");
        Print.hex(o, b.getLong(0));
        o.append(", obj=");
        Print.hex(o, b.getLong(8));
        o.append(", res=").append(b.getLong(16)).append(", res2=").append(b.getLong(24)).append('}');
    }
}
