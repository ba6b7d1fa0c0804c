package jstrace.decode.ioctl;

import static jstrace.decode.ioctl.ArgRules.Kind.INT;
import static jstrace.decode.ioctl.ArgRules.Kind.PTR_INT;

import java.nio.ByteBuffer;
import jstrace.decode.Call;
import jstrace.decode.Print;
import jstrace.decode.Structs;

/** Terminal requests, type 'T' (strace's term_ioctl): the few decoded so far; the others' argument as an address. */
public final class TermIoctl {
    private TermIoctl() {}

    private static final ArgRules RULES = new ArgRules()
            .none("FIOCLEX", "FIONCLEX", "TIOCNOTTY", "TIOCEXCL", "TIOCNXCL")
            .in(PTR_INT, "FIONBIO", "FIOASYNC", "TIOCSPGRP", "TIOCSPTLCK")
            .in(INT, "TIOCSCTTY")
            .out(PTR_INT, "FIONREAD", "TIOCGPGRP", "TIOCGSID", "TIOCGPTN");
    private static final int TIOCGWINSZ = ArgRules.code("TIOCGWINSZ"), TIOCSWINSZ = ArgRules.code("TIOCSWINSZ");

    public static int decode(Call c, int code, long arg) {
        if (RULES.has(code)) return RULES.decode(c, code, arg);
        if (code == TIOCGWINSZ && !c.exiting) return IoctlFamily.AT_EXIT;
        c.sep();
        if (code == TIOCGWINSZ || code == TIOCSWINSZ) winsize(c, arg);
        else Print.ptr(c, arg); // struct termios and the rest are not decoded yet
        return IoctlFamily.PRINTED;
    }

    private static void winsize(Call c, long addr) {
        ByteBuffer b = Structs.fetch(c, addr, 8);
        if (b == null) {
            Print.ptr(c, addr);
            return;
        }
        c.out.append("{ws_row=").append(Short.toUnsignedInt(b.getShort(0)))
                .append(", ws_col=").append(Short.toUnsignedInt(b.getShort(2)))
                .append(", ws_xpixel=").append(Short.toUnsignedInt(b.getShort(4)))
                .append(", ws_ypixel=").append(Short.toUnsignedInt(b.getShort(6))).append('}');
    }
}
