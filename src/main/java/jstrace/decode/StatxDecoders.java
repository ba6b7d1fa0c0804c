package jstrace.decode;

import java.nio.ByteBuffer;
import jstrace.table.Xlats;

/** statx(2): the sync type first in its flags, the mask, and struct statx. */
public final class StatxDecoders {
    private StatxDecoders() {}

    private static final long AT_STATX_SYNC_TYPE = 0x6000;

    @Decodes("statx")
    public static int statx(Call c) {
        if (!c.exiting) {
            Print.dirfd(c, c.args[0]);
            c.sep();
            Print.path(c, c.args[1]);
            c.sep();
            Print.typeAndFlags(c, Xlats.AT_STATX_SYNC_TYPES(), AT_STATX_SYNC_TYPE, Xlats.AT_FLAGS(),
                    c.args[2] & 0xffffffffL, "AT_STATX_???");
            c.sep();
            Print.flags(c, Xlats.STATX_MASKS(), c.args[3] & 0xffffffffL);
            c.sep();
            return 0;
        }
        if (c.failed) {
            Print.ptr(c, c.args[4]);
            return 0;
        }
        ByteBuffer b = Structs.read(c, c.args[4], 0x100);
        if (b == null) {
            Print.ptr(c, c.args[4]);
            return 0;
        }
        StringBuilder o = c.out;
        int style = c.opts().xlatStyle;
        boolean full = !c.abbrev();
        o.append("{stx_mask=");
        Print.flags(o, style, Xlats.STATX_MASKS(), Integer.toUnsignedLong(b.getInt(0)));
        if (full) o.append(", stx_blksize=").append(Integer.toUnsignedString(b.getInt(4)));
        o.append(", stx_attributes=");
        Print.flags(o, style, Xlats.STATX_ATTRS(), b.getLong(8));
        if (full) {
            o.append(", stx_nlink=").append(Integer.toUnsignedString(b.getInt(16)))
                    .append(", stx_uid=").append(Integer.toUnsignedString(b.getInt(20)))
                    .append(", stx_gid=").append(Integer.toUnsignedString(b.getInt(24)));
        }
        o.append(", stx_mode=");
        StatStructs.mode(c, Short.toUnsignedInt(b.getShort(28)));
        if (full) o.append(", stx_ino=").append(Long.toUnsignedString(b.getLong(32)));
        o.append(", stx_size=").append(Long.toUnsignedString(b.getLong(40)));
        if (!full) {
            o.append(", ...}");
            return 0;
        }
        o.append(", stx_blocks=").append(Long.toUnsignedString(b.getLong(48)));
        o.append(", stx_attributes_mask=");
        Print.flags(o, style, Xlats.STATX_ATTRS(), b.getLong(56));
        time(o, "stx_atime", b, 64);
        time(o, "stx_btime", b, 80);
        time(o, "stx_ctime", b, 96);
        time(o, "stx_mtime", b, 112);
        o.append(", stx_rdev_major=").append(Integer.toUnsignedString(b.getInt(128)))
                .append(", stx_rdev_minor=").append(Integer.toUnsignedString(b.getInt(132)))
                .append(", stx_dev_major=").append(Integer.toUnsignedString(b.getInt(136)))
                .append(", stx_dev_minor=").append(Integer.toUnsignedString(b.getInt(140)))
                .append(", stx_mnt_id=");
        Print.hex(o, b.getLong(144));
        o.append('}');
        return 0;
    }

    private static void time(StringBuilder o, String name, ByteBuffer b, int off) {
        long sec = b.getLong(off);
        int nsec = b.getInt(off + 8);
        o.append(", ").append(name).append('=');
        Structs.timespec(o, sec, nsec);
        StatStructs.dateComment(o, sec, nsec);
    }
}
