package jstrace.decode;

import static jstrace.decode.IoctlStructs.*;

import java.nio.ByteBuffer;
import jstrace.table.Xlats;

/**
 * userfaultfd ioctls (type 0xaa): the struct at entry, left open, and what the call filled in at
 * exit (UFFDIO_API's features only when they changed), then the closing brace.
 */
final class UffdioIoctls {
    private UffdioIoctls() {}

    private static final int T = 0xaa;
    static final long API = ioc(IOC_RW, T, 0x3f, 24), REGISTER = ioc(IOC_RW, T, 0x00, 32),
            UNREGISTER = ioc(IOC_R, T, 0x01, 16), WAKE = ioc(IOC_R, T, 0x02, 16),
            COPY = ioc(IOC_RW, T, 0x03, 40), ZEROPAGE = ioc(IOC_RW, T, 0x04, 32);

    static int decode(Call c, long req) {
        long addr = c.args[2];
        if (req == UNREGISTER || req == WAKE) {
            c.sep();
            ByteBuffer b = fetch(c, addr, 16);
            if (b != null) range(c, b, 0);
            return Call.DONE;
        }
        int size = req == API ? 24 : req == REGISTER || req == ZEROPAGE ? 32 : req == COPY ? 40 : 0;
        if (size == 0) return NOT_MINE;
        if (!c.exiting) {
            c.sep();
            ByteBuffer b = fetch(c, addr, size);
            if (b == null) return Call.DONE;
            entry(c, req, b);
            return 0;
        }
        ByteBuffer b = c.failed ? null : Structs.read(c, addr, size);
        if (b != null) exit(c, req, b);
        c.out.append('}');
        return Call.DONE;
    }

    private static void entry(Call c, long req, ByteBuffer b) {
        if (req == API) {
            c.out.append("{api=");
            Print.hex(c, b.getLong(0));
            c.out.append(", features=");
            Print.flags(c, Xlats.UFFD_API_FEATURES(), b.getLong(8), "UFFD_FEATURE_???");
            c.saved = b.getLong(8);
        } else if (req == COPY) {
            c.out.append("{dst=");
            Print.hex(c, b.getLong(0));
            c.out.append(", src=");
            Print.hex(c, b.getLong(8));
            c.out.append(", len=");
            Print.hex(c, b.getLong(16));
            c.out.append(", mode=");
            Print.flags(c, Xlats.UFFD_COPY_FLAGS(), b.getLong(24), "UFFDIO_COPY_???");
        } else {
            c.out.append("{range=");
            range(c, b, 0);
            c.out.append(", mode=");
            if (req == REGISTER) {
                Print.flags(c, Xlats.UFFD_REGISTER_MODE_FLAGS(), b.getLong(16), "UFFDIO_REGISTER_MODE_???");
            } else {
                Print.flags(c, Xlats.UFFD_ZEROPAGE_FLAGS(), b.getLong(16), "UFFDIO_ZEROPAGE_???");
            }
        }
    }

    private static void exit(Call c, long req, ByteBuffer b) {
        if (req == API) {
            if (b.getLong(8) != c.saved) {
                c.out.append(" => features=");
                Print.flags(c, Xlats.UFFD_API_FEATURES(), b.getLong(8), "UFFD_FEATURE_???");
            }
            c.out.append(", ioctls=");
            Print.flags(c, Xlats.UFFD_API_FLAGS(), b.getLong(16), "_UFFDIO_???");
        } else if (req == COPY) {
            c.out.append(", copy=");
            Print.hex(c, b.getLong(32));
        } else if (req == REGISTER) {
            c.out.append(", ioctls=");
            Print.flags(c, Xlats.UFFD_REGISTER_IOCTL_FLAGS(), b.getLong(24), "UFFDIO_???");
        } else {
            c.out.append(", zeropage=");
            Print.hex(c, b.getLong(24));
        }
    }

    private static void range(Call c, ByteBuffer b, int off) {
        c.out.append("{start=");
        Print.hex(c, b.getLong(off));
        c.out.append(", len=");
        Print.hex(c, b.getLong(off + 8));
        c.out.append('}');
    }
}
