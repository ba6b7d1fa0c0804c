package jstrace.decode;

import static jstrace.decode.IoctlStructs.*;

import java.nio.ByteBuffer;

/** /dev/random ioctls (type 'R'): entropy counts, RNDADDENTROPY's struct rand_pool_info, the argless rest. */
final class RandomIoctls {
    private RandomIoctls() {}

    private static final int T = 'R';
    static final long GETENTCNT = ioc(IOC_R, T, 0, 4), ADDTOENTCNT = ioc(IOC_W, T, 1, 4),
            ADDENTROPY = ioc(IOC_W, T, 3, 8), ZAPENTCNT = ioc(IOC_NONE, T, 4, 0),
            CLEARPOOL = ioc(IOC_NONE, T, 6, 0), RESEEDCRNG = ioc(IOC_NONE, T, 7, 0);

    static int decode(Call c, long req) {
        if (req == ZAPENTCNT || req == CLEARPOOL || req == RESEEDCRNG) return Call.DONE;
        if (req == GETENTCNT && !c.exiting) return 0;
        if (req == GETENTCNT || req == ADDTOENTCNT) {
            c.sep();
            intAt(c, c.args[2]);
            return Call.DONE;
        }
        if (req != ADDENTROPY) return NOT_MINE;
        c.sep();
        long addr = c.args[2];
        ByteBuffer b = fetch(c, addr, 8);
        if (b != null) {
            int size = b.getInt(4);
            c.out.append("{entropy_count=").append(b.getInt(0)).append(", buf_size=").append(size).append(", buf=");
            Print.buf(c, addr + 8, size);
            c.out.append('}');
        }
        return Call.DONE;
    }
}
