package jstrace.decode;

import static jstrace.decode.IoctlStructs.*;

import java.nio.ByteBuffer;
import jstrace.table.Xlats;

/**
 * SG_IO (type '"'): struct sg_io_hdr (interface 'S', scsi/sg.h) or struct sg_io_v4 (guard 'Q',
 * linux/bsg.h), by its first int. The request's fields at entry; at exit, read again whether the call
 * failed or not, the fields the driver wrote and the data it read in.
 */
final class SgIoIoctls {
    private SgIoIoctls() {}

    private static final long SG_IO = 0x2285;
    private static final int V3_SIZE = 88, V4_SIZE = 160, DXFER_TO_DEV = -2, DXFER_FROM_DEV = -3,
            DXFER_TO_FROM_DEV = -4;

    /** The struct read at entry (from its second field on, the first zeroed), for the exit. */
    private record Entry(int interfaceId, ByteBuffer b) {}

    static int decode(Call c, long req) {
        if (req != SG_IO) return NOT_MINE;
        long arg = c.args[2];
        if (!c.exiting) {
            c.sep();
            ByteBuffer id = fetch(c, arg, 4);
            if (id == null) return Call.DONE;
            int iid = id.getInt(0);
            if (iid != 'S' && iid != 'Q') {
                c.out.append('[').append(Integer.toUnsignedLong(iid)).append(']');
                return Call.DONE;
            }
            c.out.append(iid == 'S' ? "{interface_id='S', " : "{guard='Q', ");
            int size = iid == 'S' ? V3_SIZE : V4_SIZE;
            ByteBuffer b = Structs.fetch(c, arg + 4, size - 4);
            if (b == null) {
                Print.ptr(c, arg + 4);
                c.out.append('}');
                return Call.DONE;
            }
            // offsets below are those of the whole struct
            ByteBuffer whole = ByteBuffer.allocate(size).order(b.order());
            whole.put(4, b, 0, size - 4);
            if (iid == 'S') requestV3(c, whole);
            else requestV4(c, whole);
            c.savedObject = new Entry(iid, whole);
            return 0;
        }
        if (c.savedObject instanceof Entry e) {
            if (e.interfaceId == 'S') responseV3(c, arg, e.b);
            else responseV4(c, arg, e.b);
        }
        c.out.append('}');
        return Call.DONE;
    }

    private static void requestV3(Call c, ByteBuffer b) {
        int dir = b.getInt(4);
        c.out.append("dxfer_direction=");
        Print.xval(c, Xlats.SG_IO_DXFER_DIRECTION(), dir);
        int cmdLen = u8(b, 8);
        c.out.append(", cmd_len=").append(cmdLen).append(", cmdp=");
        buffer(c, b.getLong(24), cmdLen, 0);
        c.out.append(", mx_sb_len=").append(u8(b, 9)).append(", iovec_count=")
                .append(Short.toUnsignedInt(b.getShort(10))).append(", dxfer_len=").append(u32(b, 12))
                .append(", timeout=").append(u32(b, 40)).append(", flags=");
        Print.flags(c, Xlats.SG_IO_FLAGS(), u32(b, 44));
        if (dir == DXFER_TO_DEV || dir == DXFER_TO_FROM_DEV) {
            c.out.append(", dxferp=");
            buffer(c, b.getLong(16), u32(b, 12), Short.toUnsignedInt(b.getShort(10)));
        }
    }

    private static void responseV3(Call c, long arg, ByteBuffer entry) {
        ByteBuffer b = Structs.read(c, arg, V3_SIZE);
        if (b == null) {
            if (entry.getInt(4) == DXFER_FROM_DEV) {
                c.out.append(", dxferp=");
                Print.ptr(c, entry.getLong(16));
            }
            c.out.append(", sbp=");
            Print.ptr(c, entry.getLong(32));
            return;
        }
        if (b.getInt(0) != 'S') {
            c.out.append(" => interface_id=").append(Integer.toUnsignedLong(b.getInt(0)));
            return;
        }
        int dir = b.getInt(4);
        if (dir == DXFER_FROM_DEV || dir == DXFER_TO_FROM_DEV) {
            long len = inLength(u32(b, 12), b.getInt(72));
            if (dir == DXFER_FROM_DEV || len != 0) {
                c.out.append(dir == DXFER_FROM_DEV ? ", dxferp=" : " => dxferp=");
                buffer(c, b.getLong(16), len, Short.toUnsignedInt(b.getShort(10)));
            }
        }
        c.out.append(", status=");
        Print.hex(c, u8(b, 64));
        c.out.append(", masked_status=");
        Print.hex(c, u8(b, 65));
        c.out.append(", msg_status=");
        Print.hex(c, u8(b, 66));
        c.out.append(", sb_len_wr=").append(u8(b, 67)).append(", sbp=");
        buffer(c, b.getLong(32), u8(b, 67), 0);
        c.out.append(", host_status=");
        Print.hex(c, Short.toUnsignedInt(b.getShort(68)));
        c.out.append(", driver_status=");
        Print.hex(c, Short.toUnsignedInt(b.getShort(70)));
        c.out.append(", resid=").append(b.getInt(72)).append(", duration=").append(u32(b, 76)).append(", info=");
        Print.flags(c, Xlats.SG_IO_INFO(), u32(b, 80));
    }

    private static void requestV4(Call c, ByteBuffer b) {
        c.out.append("protocol=");
        Print.xval(c, Xlats.BSG_PROTOCOL(), u32(b, 4));
        c.out.append(", subprotocol=");
        Print.xval(c, Xlats.BSG_SUBPROTOCOL(), u32(b, 8));
        c.out.append(", request_len=").append(u32(b, 12)).append(", request=");
        buffer(c, b.getLong(16), u32(b, 12), 0);
        c.out.append(", request_tag=");
        Print.hex(c, b.getLong(24));
        c.out.append(", request_attr=").append(u32(b, 32)).append(", request_priority=").append(u32(b, 36))
                .append(", request_extra=").append(u32(b, 40)).append(", max_response_len=").append(u32(b, 44))
                .append(", dout_iovec_count=").append(u32(b, 56)).append(", dout_xfer_len=").append(u32(b, 60))
                .append(", din_iovec_count=").append(u32(b, 64)).append(", din_xfer_len=").append(u32(b, 68))
                .append(", dout_xferp=");
        buffer(c, b.getLong(72), u32(b, 60), u32(b, 56));
        c.out.append(", timeout=").append(u32(b, 88)).append(", flags=");
        Print.flags(c, Xlats.BSG_FLAGS(), u32(b, 92));
        c.out.append(", usr_ptr=");
        Print.hex(c, b.getLong(96));
    }

    private static void responseV4(Call c, long arg, ByteBuffer entry) {
        ByteBuffer b = Structs.read(c, arg, V4_SIZE);
        if (b == null) {
            c.out.append(", response=");
            Print.hex(c, entry.getLong(48));
            c.out.append(", din_xferp=");
            Print.hex(c, entry.getLong(80));
            return;
        }
        if (b.getInt(0) != 'Q') {
            c.out.append(" => guard=").append(Integer.toUnsignedLong(b.getInt(0)));
            return;
        }
        c.out.append(", response_len=").append(u32(b, 132)).append(", response=");
        buffer(c, b.getLong(48), u32(b, 132), 0);
        c.out.append(", din_xferp=");
        buffer(c, b.getLong(80), inLength(u32(b, 68), b.getInt(136)), u32(b, 64));
        String[] hexNames = {"driver_status", "transport_status", "device_status"};
        for (int i = 0; i < 3; i++) {
            c.out.append(", ").append(hexNames[i]).append('=');
            Print.hex(c, u32(b, 108 + 4 * i));
        }
        c.out.append(", retry_delay=").append(u32(b, 120)).append(", info=");
        Print.flags(c, Xlats.SG_IO_INFO(), u32(b, 124));
        c.out.append(", duration=").append(u32(b, 128)).append(", response_len=").append(u32(b, 132))
                .append(", din_resid=").append(b.getInt(136)).append(", dout_resid=").append(b.getInt(140))
                .append(", generated_tag=");
        Print.hex(c, b.getLong(144));
    }

    /** The bytes read in: the transfer length less a residue that fits in it. */
    private static long inLength(long xferLen, int resid) {
        return resid > 0 && resid <= xferLen ? xferLen - resid : xferLen;
    }

    /** A data buffer: {@code iovecs} iovecs holding {@code len} bytes, or the bytes themselves in hex. */
    private static void buffer(Call c, long addr, long len, long iovecs) {
        if (iovecs != 0) Iovecs.print(c, addr, iovecs, len, false);
        else Print.hexBuf(c, addr, len);
    }
}
