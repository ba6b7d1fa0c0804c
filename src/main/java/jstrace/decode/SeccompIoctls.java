package jstrace.decode;

import static jstrace.decode.IoctlStructs.*;

import java.nio.ByteBuffer;
import jstrace.table.Xlats;

/**
 * seccomp user notification requests, type '!' (linux/seccomp.h; strace's seccomp_ioctl):
 * SECCOMP_IOCTL_NOTIF_RECV's struct seccomp_notif at entry unless all zero, then " => " and what the
 * kernel filled in; SEND's struct seccomp_notif_resp, ID_VALID's id and ADDFD's struct
 * seccomp_notif_addfd at entry.
 */
final class SeccompIoctls {
    private SeccompIoctls() {}

    private static final int T = '!';
    private static final long RECV = ioc(IOC_RW, T, 0, 80), SEND = ioc(IOC_RW, T, 1, 24),
            ID_VALID = ioc(IOC_W, T, 2, 8), ID_VALID_WRONG_DIR = ioc(IOC_R, T, 2, 8),
            ADDFD = ioc(IOC_W, T, 3, 24);
    private static final int NOTIF_SIZE = 80, RESP_SIZE = 24, ADDFD_SIZE = 24;

    static int decode(Call c, long req) {
        long addr = c.args[2];
        if (req == RECV) return recv(c, addr);
        if (req != SEND && req != ID_VALID && req != ID_VALID_WRONG_DIR && req != ADDFD) return NOT_MINE;
        c.sep();
        if (req == SEND) {
            ByteBuffer b = fetch(c, addr, RESP_SIZE);
            if (b != null) resp(c, b);
        } else if (req == ADDFD) {
            ByteBuffer b = fetch(c, addr, ADDFD_SIZE);
            if (b != null) addfd(c, b);
        } else {
            ByteBuffer b = fetch(c, addr, 8);
            if (b != null) {
                c.out.append('[');
                Print.hex(c.out, b.getLong(0));
                c.out.append(']');
            }
        }
        return Call.DONE;
    }

    /** The struct at entry (not when all zero, as the kernel ignores it then) and at exit. */
    private static int recv(Call c, long addr) {
        if (!c.exiting) {
            c.sep();
            ByteBuffer b = Structs.fetch(c, addr, NOTIF_SIZE);
            if (b == null) {
                Print.ptr(c, addr);
                return Call.DONE;
            }
            if (zero(b, 0, NOTIF_SIZE)) return 0;
            notif(c, b);
            c.out.append(" => ");
            return 0;
        }
        ByteBuffer b = fetch(c, addr, NOTIF_SIZE);
        if (b != null) notif(c, b);
        return Call.DONE;
    }

    private static void notif(Call c, ByteBuffer b) {
        StringBuilder o = c.out;
        o.append("{id=");
        Print.hex(o, b.getLong(0));
        o.append(", pid=");
        Print.pid(c, b.getInt(8), PidNamespaces.Kind.TGID);
        o.append(", flags=");
        Print.hex(o, u32(b, 12));
        int arch = b.getInt(20);
        o.append(", data={nr=");
        PtraceDecoders.syscallNr(o, c.opts().xlatStyle, u32(b, 16), arch);
        o.append(", arch=");
        Print.xval(c, Xlats.AUDIT_ARCH(), arch & 0xffffffffL, "AUDIT_ARCH_???");
        o.append(", instruction_pointer=");
        Print.ptr(o, b.getLong(24));
        o.append(", args=");
        Structs.heldArray(c, 6, i -> Print.hex(o, b.getLong(32 + 8 * i)));
        o.append("}}");
    }

    private static void resp(Call c, ByteBuffer b) {
        StringBuilder o = c.out;
        o.append("{id=");
        Print.hex(o, b.getLong(0));
        o.append(", val=").append(b.getLong(8));
        o.append(", error=");
        Netlink.errnoValue(c, b.getInt(16));
        o.append(", flags=");
        Print.flags(c, Xlats.SECCOMP_IOCTL_RESP_FLAGS(), u32(b, 20), "SECCOMP_USER_NOTIF_FLAG_???");
        o.append('}');
    }

    private static void addfd(Call c, ByteBuffer b) {
        StringBuilder o = c.out;
        o.append("{id=");
        Print.hex(o, b.getLong(0));
        o.append(", flags=");
        Print.flags(c, Xlats.SECCOMP_IOCTL_ADDFD_FLAGS(), u32(b, 8), "SECCOMP_ADDFD_FLAG_???");
        o.append(", srcfd=");
        Print.fd(c, b.getInt(12));
        o.append(", newfd=").append(b.getInt(16));
        o.append(", newfd_flags=");
        Print.flags(c, Xlats.OPEN_FLAGS(), u32(b, 20), "O_???");
        o.append('}');
    }
}
