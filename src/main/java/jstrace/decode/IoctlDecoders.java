package jstrace.decode;

import jstrace.decode.ioctl.*;
import jstrace.table.Xlats;

/** ioctl: the request by name (every name of the code, "A or B"), or _IOC(...), and its argument. */
public final class IoctlDecoders {
    private IoctlDecoders() {}

    /** _IOC_DIR values. */
    private static final long IOC_WRITE = 1, IOC_READ = 2;

    @Decodes("ioctl")
    public static int ioctl(Call c) {
        long req = c.args[1] & 0xffffffffL;
        if (!c.exiting) {
            Print.fd(c, c.args[0]);
            c.sep();
            request(c, req);
        }
        // families whose structs are decoded by their own classes (FsIoctls, EvdevIoctls, ...): entry and exit
        int decoded = structFamily(c, req);
        if (decoded != IoctlStructs.NOT_MINE) return decoded;
        int r = family((int) req).decode(c, (int) req, c.args[2]);
        if (r == IoctlFamily.AT_EXIT && !c.exiting) return 0;
        // strace's rule for a request no decoder prints: the argument in hex, whatever it points to
        if ((r & IoctlFamily.PRINTED) == 0) {
            c.sep();
            Print.hex(c, c.args[2]);
        }
        return (r & ~(IoctlFamily.PRINTED | IoctlFamily.DEFAULT_ARG)) | (c.exiting ? 0 : Call.DONE);
    }

    /** The struct decoder of the request's family (by its type byte), or NOT_MINE: then {@link #family} decides. */
    private static int structFamily(Call c, long req) {
        return switch ((int) (req >> 8) & 0xff) {
            case 0x03 -> HdioIoctls.decode(c, req);
            case '=' -> PtpIoctls.decode(c, req);
            case '"' -> SgIoIoctls.decode(c, req);
            case 'f' -> FsIoctls.decode(c, req);
            case 0xb4 -> GpioIoctls.decode(c, req);
            case 'E' -> EvdevIoctls.decode(c, req);
            case 0x3e -> CounterIoctls.decode(c, req);
            case 'W' -> WatchdogIoctls.decode(c, req);
            case 'R' -> RandomIoctls.decode(c, req);
            case 'i' -> LircIoctls.decode(c, req);
            case 'T' -> ModemIoctls.decode(c, req);
            case 0xaa -> UffdioIoctls.decode(c, req);
            case 'V' -> V4l2Ioctls.decode(c, req);
            case '!' -> SeccompIoctls.decode(c, req);
            default -> IoctlStructs.NOT_MINE;
        };
    }

    /** The decoder of the request's family, by its _IOC_TYPE byte (strace's ioctl_decode): one line a family. */
    private static IoctlFamily family(int req) {
        return switch ((req >> 8) & 0xff) {
            case 0x12 -> BlockIoctl::decode;
            case '"' -> ScsiIoctl::decode;
            case '$' -> PerfIoctl::decode;
            case 'I' -> InotifyIoctl::decode;
            case 'K' -> KdIoctl::decode;
            case 'L' -> LoopIoctl::decode;
            case 'M' -> MtdIoctl::decode;
            case 'O', 'o' -> UbiIoctl::decode;
            case 'T' -> TermIoctl::decode;
            case 'W' -> WatchdogIoctl::decode;
            case 'X' -> FsXIoctl::decode;
            case 'p' -> RtcIoctl::decode;
            case 0x94 -> Fs94Ioctl::decode;
            case 0xa4 -> TeeIoctl::decode;
            case 0xae -> KvmIoctl::decode;
            case 0xfd -> DmIoctl::decode;
            case 0xb7 -> NsfsIoctl::decode;
            default -> NO_DECODER;
        };
    }

    /** The index of the first entry of {@code values} (sorted) not below {@code v}. */
    static int first(long[] values, long v) {
        int lo = 0, hi = values.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (values[mid] < v) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /**
     * strace's names for families of requests by number (ioctl_decode_command_number), printed before
     * the table's names of the code: MIXER_READ(n), HIDIOCGRAWNAME(len), ...
     */
    private static void numberedName(Call c, long req) {
        long dir = req >>> 30, type = (req >> 8) & 0xff, nr = req & 0xff, size = (req >> 16) & 0x3fff;
        String name = null;
        long n = size;
        switch ((int) type) {
            case '!' -> {
                if (dir == IOC_READ && nr == 2 && size == 8) {
                    c.out.append("SECCOMP_IOCTL_NOTIF_ID_VALID_WRONG_DIR");
                    return;
                }
            }
            case 'H' -> name = dir == IOC_READ ? switch ((int) nr) {
                case 0x04 -> "HIDIOCGRAWNAME";
                case 0x05 -> "HIDIOCGRAWPHYS";
                case 0x06 -> "HIDIOCSFEATURE";
                case 0x08 -> "HIDIOCGRAWUNIQ";
                case 0x12 -> "HIDIOCGPHYS";
                default -> null;
            } : dir == (IOC_READ | IOC_WRITE) ? switch ((int) nr) {
                case 0x06 -> "HIDIOCSFEATURE";
                case 0x07 -> "HIDIOCGFEATURE";
                default -> null;
            } : null;
            case 'M' -> {
                name = dir == IOC_WRITE ? "MIXER_WRITE" : dir == IOC_READ ? "MIXER_READ" : null;
                n = nr;
            }
            case 'U' -> name = dir == IOC_READ && nr == 0x2c ? "UI_GET_SYSNAME" : null;
            case 'j' -> name = dir == IOC_READ && nr == 0x13 ? "JSIOCGNAME" : null;
            case 'k' -> name = dir == IOC_WRITE && nr == 0 ? "SPI_IOC_MESSAGE" : null;
            default -> { }
        }
        if (name != null) c.out.append(name).append('(').append(n).append(')');
    }

    private static final IoctlFamily NO_DECODER = (c, code, arg) -> IoctlFamily.DEFAULT_ARG;

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
        numberedName(c, req);
        if (((req >> 8) & 0xff) == 'E') EvdevIoctls.name(c.out, c.opts().xlatStyle, req);
        // the table is sorted by code (IoctlNamesTest checks): the first entry of the code, then its others
        int i = first(x.values, req);
        for (; i < x.values.length && x.values[i] == req; i++) {
            if (c.out.length() > at) c.out.append(" or ");
            int s = c.out.length();
            c.out.append(x.names[i]);
            c.described(Description.PLAIN, s, req, null); // strace prints request names as text
        }
        if (c.out.length() > at) return;
        long dir = req >>> 30, type = (req >> 8) & 0xff, nr = req & 0xff, size = (req >> 16) & 0x3fff;
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
}
