package jstrace.decode.ioctl;

import static jstrace.decode.ioctl.ArgRules.Kind.INT;
import static jstrace.decode.ioctl.ArgRules.Kind.PTR_INT;

import java.nio.ByteBuffer;
import jstrace.decode.Call;
import jstrace.decode.Print;
import jstrace.decode.Structs;
import jstrace.table.Xlats;

/** Terminal requests, type 'T' (strace's term_ioctl): termios structs, the window
 * size and a few numbers; the others' argument as an address. */
public final class TermIoctl {
    private TermIoctl() {}

    private static final ArgRules RULES = new ArgRules()
            .none("FIOCLEX", "FIONCLEX", "TIOCNOTTY", "TIOCEXCL", "TIOCNXCL")
            .in(PTR_INT, "FIONBIO", "FIOASYNC", "TIOCSPGRP", "TIOCSPTLCK")
            .in(INT, "TIOCSCTTY")
            .out(PTR_INT, "FIONREAD", "TIOCGPGRP", "TIOCGSID", "TIOCGPTN");
    private static final int TIOCGWINSZ = ArgRules.code("TIOCGWINSZ"), TIOCSWINSZ = ArgRules.code("TIOCSWINSZ");
    /** The requests of a struct termios, termios2 (with the speeds) and termio (16-bit flags): getters first. */
    private static final int[] TERMIOS = codes("TCGETS", "TIOCGLCKTRMIOS", "TCSETS", "TCSETSW", "TCSETSF",
            "TIOCSLCKTRMIOS"), TERMIOS2 = codes("TCGETS2", "TCSETS2", "TCSETSW2", "TCSETSF2"),
            TERMIO = codes("TCGETA", "TCSETA", "TCSETAW", "TCSETAF");
    private static final int NCCS = 19, NCC = 8;
    private static final long CBAUD = 0x100f, CIBAUD = 0x100f0000L, CSIZE = 0x30;
    private static final int IBSHIFT = 16;
    private static final jstrace.decode.Xlat IBSHIFT_NAME = new jstrace.decode.Xlat("ibshift", false,
            new String[] {"IBSHIFT"}, new long[] {IBSHIFT}, null);
    /** The c_oflag delay fields, each a value under its mask: NLDLY, CRDLY, TABDLY, BSDLY, VTDLY, FFDLY. */
    private static final long[] DELAY_MASKS = {0x100, 0x600, 0x1800, 0x2000, 0x4000, 0x8000};

    public static int decode(Call c, int code, long arg) {
        if (RULES.has(code)) return RULES.decode(c, code, arg);
        int termios = has(TERMIOS, code, 2), termios2 = has(TERMIOS2, code, 1), termio = has(TERMIO, code, 1);
        if (termios > 0 || termios2 > 0 || termio > 0) {
            boolean getter = termios == 1 || termios2 == 1 || termio == 1;
            if (getter && !c.exiting) return IoctlFamily.AT_EXIT;
            c.sep();
            termios(c, arg, termio > 0, termios2 > 0);
            return IoctlFamily.PRINTED;
        }
        if (code == TIOCGWINSZ && !c.exiting) return IoctlFamily.AT_EXIT;
        c.sep();
        if (code == TIOCGWINSZ || code == TIOCSWINSZ) winsize(c, arg);
        else Print.ptr(c, arg); // the rest are not decoded yet
        return IoctlFamily.PRINTED;
    }

    /** strace's printflags64 with no default string: nothing at all for 0, whatever the -X style. */
    private static void flags(StringBuilder o, int style, jstrace.decode.Xlat x, long v) {
        if (v != 0) Print.flags(o, style, x, v, null);
    }

    private static int[] codes(String... names) {
        int[] r = new int[names.length];
        for (int i = 0; i < names.length; i++) r[i] = ArgRules.code(names[i]);
        return r;
    }

    /** 0 when {@code code} is not among {@code codes}; 1 for one of the first {@code getters} (read at exit), else 2. */
    private static int has(int[] codes, int code, int getters) {
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] == code) return i < getters ? 1 : 2;
        }
        return 0;
    }

    /** struct termios (termios2: with the speeds; termio: 16-bit flags and 8 control characters). */
    private static void termios(Call c, long addr, boolean termio, boolean termios2) {
        int flagSize = termio ? 2 : 4, line = 4 * flagSize, ncc = termio ? NCC : NCCS;
        ByteBuffer b = Structs.fetch(c, addr, termios2 ? 44 : line + 1 + ncc);
        if (b == null) {
            Print.ptr(c, addr);
            return;
        }
        long[] f = new long[4];
        for (int i = 0; i < 4; i++) f[i] = termio ? Short.toUnsignedLong(b.getShort(2 * i)) : Integer.toUnsignedLong(b.getInt(4 * i));
        StringBuilder o = c.out;
        int style = c.opts().xlatStyle;
        o.append("{c_iflag=");
        flags(o, style, Xlats.TERM_IFLAGS(), f[0]);
        o.append(", c_oflag=");
        var delays = new jstrace.decode.Xlat[] {Xlats.TERM_OFLAGS_NLDLY(), Xlats.TERM_OFLAGS_CRDLY(),
                Xlats.TERM_OFLAGS_TABDLY(), Xlats.TERM_OFLAGS_BSDLY(), Xlats.TERM_OFLAGS_VTDLY(), Xlats.TERM_OFLAGS_FFDLY()};
        long oflag = f[1];
        for (int i = 0; i < delays.length; i++) {
            Print.xval(o, style, delays[i], oflag & DELAY_MASKS[i], delays[i].unknown);
            o.append('|');
            oflag &= ~DELAY_MASKS[i];
        }
        flags(o, style, Xlats.TERM_OFLAGS(), oflag);
        o.append(", c_cflag=");
        long cflag = f[2];
        Print.xval(o, style, Xlats.BAUD_OPTIONS(), cflag & CBAUD, "B???");
        o.append('|');
        if ((cflag & CIBAUD) != 0) {
            Print.xval(o, style, Xlats.BAUD_OPTIONS(), (cflag & CIBAUD) >> IBSHIFT, "B???");
            o.append("<<");
            Print.xval(o, style, IBSHIFT_NAME, IBSHIFT, null);
            o.append('|');
        }
        Print.xval(o, style, Xlats.TERM_CFLAGS_CSIZE(), cflag & CSIZE, "CS?");
        o.append('|');
        flags(o, style, Xlats.TERM_CFLAGS(), cflag & ~(CBAUD | CIBAUD | CSIZE));
        o.append(", c_lflag=");
        flags(o, style, Xlats.TERM_LFLAGS(), f[3]);
        if (c.abbrev()) {
            o.append(", ...}");
            return;
        }
        o.append(", c_line=");
        Print.xval(o, style, Xlats.TERM_LINE_DISCS(), Byte.toUnsignedLong(b.get(line)), "N_???");
        o.append(", c_cc=[");
        for (int i = 0; i < ncc; i++) {
            if (i > 0) o.append(", ");
            String name = Xlats.TERMIOS_CC().lookup(i);
            o.append('[').append(name != null ? name : Integer.toString(i)).append("]=");
            Print.hex(o, Byte.toUnsignedLong(b.get(line + 1 + i)));
        }
        o.append(']');
        if (termios2) o.append(", c_ispeed=").append(Integer.toUnsignedLong(b.getInt(36)))
                .append(", c_ospeed=").append(Integer.toUnsignedLong(b.getInt(40)));
        o.append('}');
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
