package jstrace.decode;

import static jstrace.decode.IoctlStructs.*;

import java.nio.ByteBuffer;
import jstrace.table.Xlats;

/** ioctl requests of type 'f': FS_IOC_FIEMAP and the inode flags (FS_IOC_GETFLAGS/SETFLAGS). */
final class FsIoctls {
    private FsIoctls() {}

    static final long GETFLAGS = ioc(IOC_R, 'f', 1, 8), SETFLAGS = ioc(IOC_W, 'f', 2, 8),
            GETFLAGS32 = ioc(IOC_R, 'f', 1, 4), SETFLAGS32 = ioc(IOC_W, 'f', 2, 4),
            FIEMAP = ioc(IOC_RW, 'f', 11, 32);
    private static final int FIEMAP_SIZE = 32, EXTENT_SIZE = 56;

    static int decode(Call c, long req) {
        if (req == FIEMAP) return fiemap(c);
        boolean get = req == GETFLAGS || req == GETFLAGS32;
        if (!get && req != SETFLAGS && req != SETFLAGS32) return NOT_MINE;
        if (get && !c.exiting) return 0;
        c.sep();
        ByteBuffer b = fetch(c, c.args[2], 4);
        if (b != null) {
            c.out.append('[');
            Print.flags(c, Xlats.FS_IOC_FLAGS(), u32(b, 0), "FS_???_FL");
            c.out.append(']');
        }
        return Call.DONE;
    }

    private static int fiemap(Call c) {
        if (!inOut(c)) return Call.DONE;
        long addr = c.args[2];
        ByteBuffer b = fetch(c, addr, FIEMAP_SIZE);
        if (b == null) return Call.DONE;
        if (!c.exiting) {
            c.out.append("{fm_start=").append(Long.toUnsignedString(b.getLong(0)))
                    .append(", fm_length=").append(Long.toUnsignedString(b.getLong(8))).append(", fm_flags=");
            Print.flags(c, Xlats.FIEMAP_FLAGS(), u32(b, 16), "FIEMAP_FLAG_???");
            c.out.append(", fm_extent_count=").append(u32(b, 24)).append('}');
            return 0;
        }
        c.out.append("{fm_flags=");
        Print.flags(c, Xlats.FIEMAP_FLAGS(), u32(b, 16), "FIEMAP_FLAG_???");
        c.out.append(", fm_mapped_extents=").append(u32(b, 20));
        if (c.abbrev()) {
            c.out.append(", ...");
        } else {
            c.out.append(", fm_extents=");
            Structs.array(c, addr + FIEMAP_SIZE, u32(b, 20), EXTENT_SIZE, (call, e) -> {
                call.out.append("{fe_logical=").append(Long.toUnsignedString(e.getLong(0)))
                        .append(", fe_physical=").append(Long.toUnsignedString(e.getLong(8)))
                        .append(", fe_length=").append(Long.toUnsignedString(e.getLong(16))).append(", fe_flags=");
                Print.flags(call, Xlats.FIEMAP_EXTENT_FLAGS(), u32(e, 40), "FIEMAP_EXTENT_???");
                call.out.append('}');
            });
        }
        c.out.append('}');
        return Call.DONE;
    }
}
