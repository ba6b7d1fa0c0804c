package jstrace.decode;

import static jstrace.decode.IoctlStructs.*;

import java.nio.ByteBuffer;
import jstrace.table.Xlats;

/**
 * Disk requests, type 0x03 (linux/hdreg.h): the geometry, a drive command and its answer, the settings
 * (an unsigned long read back at exit, or the argument itself), the identity blocks.
 */
final class HdioIoctls {
    private HdioIoctls() {}

    private static final int GETGEO = 0x301, GET_NICE = 0x30c, GET_BUSSTATE = 0x31a, SET_NICE = 0x329,
            SET_BUSSTATE = 0x32d, OBSOLETE_IDENTITY = 0x307, GET_IDENTITY = 0x30d, DRIVE_RESET = 0x31c,
            SCAN_HWIF = 0x328, DRIVE_CMD = 0x31f;
    /** The settings read back as an unsigned long: GET_UNMASKINTR, GET_MULTCOUNT, ... GET_ADDRESS. */
    private static final int[] GET_ULONG = {0x302, 0x304, 0x308, 0x309, 0x30a, 0x30b, 0x30e, 0x30f, 0x310};
    /** The settings given as the argument itself: SET_MULTCOUNT ... SET_ADDRESS. */
    private static final int[] SET_ULONG = {0x321, 0x322, 0x323, 0x324, 0x325, 0x326, 0x327, 0x32a, 0x32b, 0x32c,
            0x32f};
    private static final int SECTOR_SIZE = 512, EIO = 5;

    static int decode(Call c, long req) {
        int code = (int) req;
        long arg = c.args[2];
        int style = c.opts().xlatStyle;
        switch (code) {
            case GETGEO -> {
                if (!c.exiting) return entry(c);
                ByteBuffer b = fetch(c, arg, 16);
                if (b != null) {
                    c.out.append("{heads=").append(u8(b, 0)).append(", sectors=").append(u8(b, 1))
                            .append(", cylinders=").append(Short.toUnsignedInt(b.getShort(2))).append(", start=")
                            .append(Long.toUnsignedString(b.getLong(8))).append('}');
                }
            }
            case DRIVE_CMD -> {
                return driveCmd(c, arg);
            }
            case DRIVE_RESET, SCAN_HWIF -> {
                c.sep();
                Structs.array(c, arg, 3, 4, (call, b) -> Print.hex(call, u32(b, 0)));
            }
            case OBSOLETE_IDENTITY, GET_IDENTITY -> {
                if (!c.exiting) return entry(c);
                if (c.failed) Print.ptr(c, arg);
                else Print.buf(c, arg, code == GET_IDENTITY ? 512 : 142);
            }
            case GET_NICE, GET_BUSSTATE -> {
                if (!c.exiting) return entry(c);
                ByteBuffer b = fetch(c, arg, 8);
                if (b != null) {
                    c.out.append('[');
                    setting(c, code == GET_NICE, b.getLong(0));
                    c.out.append(']');
                }
            }
            case SET_NICE, SET_BUSSTATE -> {
                c.sep();
                setting(c, code == SET_NICE, arg);
            }
            default -> {
                if (has(GET_ULONG, code)) {
                    if (!c.exiting) return entry(c);
                    ByteBuffer b = fetch(c, arg, 8);
                    if (b != null) c.out.append('[').append(Long.toUnsignedString(b.getLong(0))).append(']');
                } else if (has(SET_ULONG, code)) {
                    c.sep();
                    Print.ulong(c, arg);
                } else {
                    return NOT_MINE;
                }
            }
        }
        return Call.DONE;
    }

    /** The entry of a request whose argument is printed at exit. */
    private static int entry(Call c) {
        c.sep();
        return 0;
    }

    /** IDE_NICE_* bits, or a BUSSTATE_* value. */
    private static void setting(Call c, boolean nice, long v) {
        if (nice) Print.flags(c, Xlats.HDIO_IDE_NICE(), v);
        else Print.xval(c, Xlats.HDIO_BUSSTATES(), v);
    }

    /**
     * struct hd_drive_cmd_hdr at entry; at exit (also of a call failed with EIO) the status, error and
     * sector count the drive wrote over it, and the sectors read after it.
     */
    private static int driveCmd(Call c, long arg) {
        if (!c.exiting) {
            c.sep();
            ByteBuffer b = fetch(c, arg, 4);
            if (b == null) return Call.DONE;
            c.out.append("{command=");
            Print.xval(c, Xlats.HDIO_DRIVE_CMDS(), u8(b, 0));
            c.out.append(", sector_number=").append(u8(b, 1)).append(", feature=").append(u8(b, 2))
                    .append(", sector_count=").append(u8(b, 3)).append('}');
            return 0;
        }
        if (c.failed && c.errno() != EIO) return Call.DONE;
        ByteBuffer b = Structs.read(c, arg, 4);
        if (b == null) return Call.DONE;
        c.out.append(" => {status=");
        Print.hex(c, u8(b, 0));
        c.out.append(", error=").append(u8(b, 1)).append(", nsector=").append(u8(b, 2));
        int sectors = u8(b, 3);
        if (sectors != 0) {
            c.out.append(", buf=");
            Print.hexBuf(c, arg + 4, (long) sectors * SECTOR_SIZE);
        }
        c.out.append('}');
        return Call.DONE;
    }

    private static boolean has(int[] codes, int code) {
        for (int x : codes) {
            if (x == code) return true;
        }
        return false;
    }
}
