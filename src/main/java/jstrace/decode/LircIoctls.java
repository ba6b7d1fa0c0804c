package jstrace.decode;

import static jstrace.decode.IoctlStructs.*;

import java.nio.ByteBuffer;
import jstrace.table.Xlats;

/** LIRC ioctls (type 'i'): each takes one __u32, a feature set, a mode, a mask or a number. */
final class LircIoctls {
    private LircIoctls() {}

    private static final int T = 'i';
    static final long GET_FEATURES = ioc(IOC_R, T, 0x00, 4), GET_SEND_MODE = ioc(IOC_R, T, 0x01, 4),
            GET_REC_MODE = ioc(IOC_R, T, 0x02, 4), SET_SEND_MODE = ioc(IOC_W, T, 0x11, 4),
            SET_REC_MODE = ioc(IOC_W, T, 0x12, 4), SET_TRANSMITTER_MASK = ioc(IOC_W, T, 0x17, 4);
    /** The request numbers of the plain-number requests, reads and writes. */
    private static final int[] GET_NUMBERS = {0x07, 0x08, 0x09, 0x0f, 0x24},
            SET_NUMBERS = {0x13, 0x14, 0x15, 0x18, 0x19, 0x1d, 0x1f, 0x23};

    static int decode(Call c, long req) {
        boolean mode = req == GET_SEND_MODE || req == GET_REC_MODE || req == SET_SEND_MODE || req == SET_REC_MODE;
        if (!mode && req != GET_FEATURES && req != SET_TRANSMITTER_MASK && !number(req)) return NOT_MINE;
        boolean get = req >>> 30 == IOC_R;
        if (!c.exiting) {
            c.sep();
            if (get) return 0;
        }
        ByteBuffer b = fetch(c, c.args[2], 4);
        if (b == null) return Call.DONE;
        long v = u32(b, 0);
        c.out.append('[');
        if (req == GET_FEATURES) Print.flags(c, Xlats.LIRC_FEATURES(), v, "LIRC_CAN_???");
        else if (mode) Print.xval(c.out, c.opts().xlatStyle, Xlats.LIRC_MODES(), v, "LIRC_MODE_???");
        else if (req == SET_TRANSMITTER_MASK) Print.hex(c, v);
        else c.out.append(v);
        c.out.append(']');
        return Call.DONE;
    }

    private static boolean number(long req) {
        boolean get = req >>> 30 == IOC_R;
        for (int n : get ? GET_NUMBERS : SET_NUMBERS) {
            if (req == ioc(get ? IOC_R : IOC_W, T, n, 4)) return true;
        }
        return false;
    }
}
