package jstrace.decode;

import static jstrace.decode.IoctlStructs.*;

import java.nio.ByteBuffer;
import jstrace.table.Xlats;

/** The terminal's modem line requests (TIOCMGET, TIOCMBIS, TIOCMBIC, TIOCMSET): [TIOCM_...] flags. */
final class ModemIoctls {
    private ModemIoctls() {}

    static final long TIOCMGET = 0x5415, TIOCMBIS = 0x5416, TIOCMBIC = 0x5417, TIOCMSET = 0x5418;

    static int decode(Call c, long req) {
        if (req < TIOCMGET || req > TIOCMSET) return NOT_MINE;
        if (req == TIOCMGET && !c.exiting) return 0;
        c.sep();
        ByteBuffer b = fetch(c, c.args[2], 4);
        if (b != null) {
            c.out.append('[');
            Print.flags(c, Xlats.MODEM_FLAGS(), u32(b, 0), "TIOCM_???");
            c.out.append(']');
        }
        return Call.DONE;
    }
}
