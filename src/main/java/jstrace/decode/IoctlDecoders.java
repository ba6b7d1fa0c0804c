package jstrace.decode;

import java.nio.ByteBuffer;
import jstrace.table.Xlats;

/** ioctl: the request by name (every name of the code, "A or B"), or _IOC(...), and its argument. */
public final class IoctlDecoders {
    private IoctlDecoders() {}

    static final long TCGETS = 0x5401, TIOCGPGRP = 0x540f, TIOCSPGRP = 0x5410, TIOCGWINSZ = 0x5413,
            TIOCSWINSZ = 0x5414, FIONREAD = 0x541b, FIONBIO = 0x5421, TIOCNOTTY = 0x5422, TIOCGSID = 0x5429,
            TIOCGPTN = 0x80045430L, TIOCSPTLCK = 0x40045431L, FIONCLEX = 0x5450, FIOCLEX = 0x5451,
            FIOASYNC = 0x5452, FICLONE = 0x40049409L, TIOCSCTTY = 0x540e, TIOCEXCL = 0x540c, TIOCNXCL = 0x540d;
    /** _IOC_DIR values. */
    private static final long IOC_WRITE = 1, IOC_READ = 2;

    @Decodes("ioctl")
    public static int ioctl(Call c) {
        long req = c.args[1] & 0xffffffffL;
        if (!c.exiting) {
            Print.fd(c, c.args[0]);
            c.sep();
            request(c, req);
            int decoded = family(c, req);
            if (decoded != IoctlStructs.NOT_MINE) return decoded;
            if (req == FIOCLEX || req == FIONCLEX || req == TIOCNOTTY || req == TIOCEXCL || req == TIOCNXCL) {
                return Call.DONE;
            }
            c.sep();
            if (req == FIONBIO || req == FIOASYNC || req == TIOCSPGRP || req == TIOCSPTLCK) {
                intAt(c, c.args[2]);
                return Call.DONE;
            }
            if (req == FICLONE) {
                Print.sint(c, c.args[2]); // the source fd, which strace prints without -y's path
                return Call.DONE;
            }
            if (req == TIOCSWINSZ) {
                winsize(c, c.args[2]);
                return Call.DONE;
            }
            if (req == TIOCSCTTY) {
                Print.sint(c, c.args[2]);
                return Call.DONE;
            }
            if (req == FIONREAD || req == TIOCGPGRP || req == TIOCGSID || req == TIOCGPTN || req == TIOCGWINSZ) {
                return 0;
            }
            Print.ptr(c, c.args[2]);
            return Call.DONE;
        }
        int decoded = family(c, req);
        if (decoded != IoctlStructs.NOT_MINE) return decoded;
        if (c.failed) Print.ptr(c, c.args[2]);
        else if (req == TIOCGWINSZ) winsize(c, c.args[2]);
        else intAt(c, c.args[2]);
        return 0;
    }

    /** The decoder of the request's family (by its type byte), or NOT_MINE. */
    private static int family(Call c, long req) {
        return switch ((int) (req >> 8) & 0xff) {
            case 'f' -> FsIoctls.decode(c, req);
            case 0xb4 -> GpioIoctls.decode(c, req);
            case 'E' -> EvdevIoctls.decode(c, req);
            case 0x3e -> CounterIoctls.decode(c, req);
            case 'W' -> WatchdogIoctls.decode(c, req);
            case 'R' -> RandomIoctls.decode(c, req);
            case 'i' -> LircIoctls.decode(c, req);
            case 'T' -> ModemIoctls.decode(c, req);
            case 0xaa -> UffdioIoctls.decode(c, req);
            default -> IoctlStructs.NOT_MINE;
        };
    }

    static void request(Call c, long req) {
        int style = c.opts().xlatStyle;
        if (style == Decoding.XLAT_RAW) {
            Print.hex(c, req);
            return;
        }
        if (style == Decoding.XLAT_VERBOSE) {
            Print.hex(c, req);
            c.out.append(" /* ");
            name(c, req);
            c.out.append(" */");
            return;
        }
        name(c, req);
    }

    /** The request's names ("A or B"), or _IOC(...) for a code of none. */
    private static void name(Call c, long req) {
        Xlat x = Xlats.IOCTL_NAMES();
        int at = c.out.length();
        long dir = req >>> 30, type = (req >> 8) & 0xff, nr = req & 0xff, size = (req >> 16) & 0x3fff;
        // OSS mixer requests are a family by number, named before the table's names as strace does
        if (type == 'M' && (dir == IOC_WRITE || dir == IOC_READ)) {
            c.out.append(dir == IOC_WRITE ? "MIXER_WRITE(" : "MIXER_READ(").append(nr).append(')');
        }
        if (type == 'E') EvdevIoctls.name(c.out, c.opts().xlatStyle, req);
        for (int i = 0; i < x.values.length; i++) {
            if (x.values[i] == req) {
                if (c.out.length() > at) c.out.append(" or ");
                int s = c.out.length();
                c.out.append(x.names[i]);
                c.described(Description.PLAIN, s, req, null); // strace prints request names as text
            }
        }
        if (c.out.length() > at) return;
        String d = switch ((int) dir) {
            case 0 -> "_IOC_NONE";
            case 1 -> "_IOC_WRITE";
            case 2 -> "_IOC_READ";
            default -> "_IOC_READ|_IOC_WRITE";
        };
        c.out.append("_IOC(").append(d).append(", ");
        Print.hex(c.out, type);
        c.out.append(", ");
        Print.hex(c.out, nr);
        c.out.append(", ");
        Print.hex(c.out, size);
        c.out.append(')');
    }

    private static void intAt(Call c, long addr) {
        ByteBuffer b = Structs.read(c, addr, 4);
        if (b == null) Print.ptr(c, addr);
        else c.out.append('[').append(b.getInt(0)).append(']');
    }

    private static void winsize(Call c, long addr) {
        ByteBuffer b = Structs.read(c, addr, 8);
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
