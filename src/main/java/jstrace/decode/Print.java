package jstrace.decode;

/**
 * Shared argument printers: the pieces every decoder is made of, each printing exactly what strace
 * prints for that kind of value.
 */
public final class Print {
    private Print() {}

    private static final int PATH_MAX = 4096;

    // ---- numbers ----------------------------------------------------------------------------

    // Each printer that takes the Call records what it wrote in c.description (see Description).

    public static void sint(Call c, long v) {
        int s = c.out.length();
        c.out.append((int) v);
        c.described(Description.NUMBER, s, (int) v, null);
    }

    public static void uint(Call c, long v) {
        int s = c.out.length();
        c.out.append(Integer.toUnsignedString((int) v));
        c.described(Description.NUMBER, s, v & 0xffffffffL, null);
    }

    public static void slong(Call c, long v) {
        int s = c.out.length();
        c.out.append(v);
        c.described(Description.NUMBER, s, v, null);
    }

    public static void ulong(Call c, long v) {
        int s = c.out.length();
        c.out.append(Long.toUnsignedString(v));
        c.described(Description.NUMBER, s, v, null);
    }

    /** %#lx: "0" for zero, else 0x... */
    public static void hex(Call c, long v) {
        int s = c.out.length();
        hex(c.out, v);
        c.described(Description.NUMBER, s, v, null);
    }

    public static void hex(StringBuilder sb, long v) {
        if (v == 0) sb.append('0');
        else sb.append("0x").append(Long.toHexString(v));
    }

    /** %#o: "0" for zero, else 0... */
    public static void oct(Call c, long v) {
        int s = c.out.length();
        oct(c.out, v);
        c.described(Description.NUMBER, s, v, null);
    }

    public static void oct(StringBuilder sb, long v) {
        if (v == 0) sb.append('0');
        else sb.append('0').append(Long.toOctalString(v));
    }

    /** An address: NULL or 0x... */
    public static void ptr(Call c, long addr) {
        int s = c.out.length();
        ptr(c.out, addr);
        c.described(Description.ADDRESS, s, addr, null);
    }

    public static void ptr(StringBuilder sb, long addr) {
        if (addr == 0) sb.append("NULL");
        else sb.append("0x").append(Long.toHexString(addr));
    }

    /** A process (thread group) id argument; with -Y followed by its command name. */
    public static void pid(Call c, long v) {
        pid(c, v, PidNamespaces.Kind.TGID);
    }

    /**
     * An id of {@code kind} (a thread, process, process group or session id); with -Y followed by
     * its command name, with --pidns-translation by its number in jstrace's namespace.
     */
    public static void pid(Call c, long v, PidNamespaces.Kind kind) {
        int s = c.out.length();
        c.out.append((int) v);
        if (c.opts().decodePids && (kind == PidNamespaces.Kind.TID || kind == PidNamespaces.Kind.TGID)) comm(c.out, (int) v);
        c.described(Description.NUMBER, s, (int) v, null);
        PidNamespaces.comment(c.out, c, v, kind);
    }

    /** kill's and wait4's pid: a process id when positive, a process group id when below -1. */
    public static void pidOrGroup(Call c, long v) {
        int id = (int) v;
        if (id < -1) {
            int s = c.out.length();
            c.out.append(id);
            c.described(Description.NUMBER, s, id, null);
            PidNamespaces.comment(c.out, c, -id, PidNamespaces.Kind.PGID);
        } else {
            pid(c, v);
        }
    }

    /** "<comm>" of a live process (-Y); nothing for pid 0, negative pids or a process that is gone. */
    public static void comm(StringBuilder sb, int pid) {
        String name = commName(pid);
        if (name != null) sb.append('<').append(name).append('>');
    }

    /** A live process's command name (/proc/PID/comm), or null for pid 0, negative pids or a process that is gone. */
    public static String commName(int pid) {
        if (pid <= 0) return null;
        try {
            byte[] b = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(PidNamespaces.procDir(pid), "comm"));
            int n = b.length > 0 && b[b.length - 1] == '\n' ? b.length - 1 : b.length;
            return new String(b, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (java.io.IOException e) {
            return null; // gone: the number alone, as strace prints it
        }
    }

    /** A uid/gid: 32-bit, -1 printed as -1. */
    public static void id(Call c, long v) {
        int i = (int) v;
        int s = c.out.length();
        if (i == -1) c.out.append(-1);
        else c.out.append(Integer.toUnsignedString(i));
        c.described(Description.NUMBER, s, i == -1 ? -1 : v & 0xffffffffL, null);
    }

    /** A permission mode (open, chmod, mkdir, umask): %#03o, so 0 prints as 000. */
    public static void mode(Call c, long v) {
        int s = c.out.length();
        mode(c.out, v & 0xffffffffL);
        c.described(Description.NUMBER, s, v & 0xffffffffL, null);
    }

    public static void mode(StringBuilder sb, long v) {
        String o = Long.toOctalString(v);
        sb.append(o.length() < 2 ? "00" : "0").append(o);
    }

    // ---- file descriptors -------------------------------------------------------------------

    public static void fd(Call c, long v) {
        int fd = (int) v;
        int s = c.out.length();
        c.out.append(fd);
        if (fd >= 0 && c.opts().decodeFds != 0) FdDetails.append(c.out, c.tracee, fd, c.opts());
        c.described(Description.FD, s, fd, null);
    }

    public static void dirfd(Call c, long v) {
        if ((int) v == -100) {
            int s = c.out.length();
            int style = c.opts().xlatStyle;
            if (style != Decoding.XLAT_ABBREV) c.out.append(-100);
            if (style == Decoding.XLAT_VERBOSE) c.out.append(" /* AT_FDCWD */");
            else if (style == Decoding.XLAT_ABBREV) c.out.append("AT_FDCWD");
            if ((c.opts().decodeFds & Decoding.FD_PATH) != 0) {
                byte[] cwd = c.tracee.linkBytes("cwd");
                if (cwd != null) {
                    c.out.append('<');
                    appendEscapedFdPath(c, cwd);
                    c.out.append('>');
                }
            }
            c.described(Description.FD, s, -100, null);
        } else {
            fd(c, v);
        }
    }

    /** -y paths: strace's string quoting without the quotes, with '<' and '>' escaped too. */
    static void appendEscapedFdPath(Call c, byte[] path) {
        quote(c.out, path, path.length, c.opts().hexStrings, "<>", false);
    }

    // ---- strings ----------------------------------------------------------------------------

    private static final ThreadLocal<byte[]> SCRATCH = new ThreadLocal<>() { // not a lambda: see jstrace.Main.MESSAGES
        @Override
        protected byte[] initialValue() {
            return new byte[PATH_MAX + 1];
        }
    };

    private static byte[] scratch(int n) {
        byte[] b = SCRATCH.get();
        if (b.length < n) {
            b = new byte[n];
            SCRATCH.set(b);
        }
        return b;
    }

    /** A path: NUL-terminated, never cut by -s (at most PATH_MAX - 1 bytes, then "..."), as strace's printpath. */
    public static void path(Call c, long addr) {
        pathn(c, addr, PATH_MAX - 1);
    }

    /**
     * A path of at most {@code n} bytes (strace's printpathn): NULL, the address when unreadable, else
     * the quoted bytes up to the NUL, with "..." when there is no NUL within {@code n} + 1 bytes.
     */
    public static void pathn(Call c, long addr, int n) {
        if (addr == 0) {
            ptr(c, 0);
            return;
        }
        int max = Math.min(n, PATH_MAX - 1);
        int s = c.out.length();
        byte[] b = scratch(max + 1);
        int len = c.mem().readString(addr, b, max + 1);
        if (len < 0) {
            ptr(c, addr);
            return;
        }
        quote(c.out, b, Math.min(len, max), c.opts().hexStrings);
        if (len > max) c.out.append("...");
        c.described(Description.STRING, s, addr, null);
    }

    /** A NUL-terminated string, cut at -s with "..." after the quotes. */
    public static void str(Call c, long addr) {
        strn(c, addr, -1);
    }

    /**
     * A NUL-terminated string of at most {@code len} bytes (unsigned; -1: no limit but -s), as
     * strace's printstr_ex with QUOTE_0_TERMINATED: at most -s bytes are printed, and "..." follows
     * when no NUL was found within the bytes fetched (min(len, -s + 1)).
     */
    public static void strn(Call c, long addr, long len) {
        if (addr == 0) {
            ptr(c, 0);
            return;
        }
        int s = c.out.length();
        int max = c.opts().maxStrlen;
        int size = Long.compareUnsigned(len, max + 1L) < 0 ? (int) len : max + 1;
        byte[] b = scratch(size + 1);
        int n = size == 0 ? 0 : c.mem().readString(addr, b, size);
        if (n < 0) {
            ptr(c, addr);
            return;
        }
        quote(c.out, b, Math.min(n, max), c.opts().hexStrings);
        if (n == size && len != 0) c.out.append("...");
        c.described(Description.STRING, s, addr, null);
    }

    /** A buffer of {@code len} bytes, cut at -s with "..." after the quotes. */
    public static void buf(Call c, long addr, long len) {
        bufStyled(c, addr, len, false);
    }

    /** A buffer always printed in hex (getrandom). */
    public static void hexBuf(Call c, long addr, long len) {
        bufStyled(c, addr, len, true);
    }

    private static void bufStyled(Call c, long addr, long len, boolean forceHex) {
        if (addr == 0) {
            ptr(c, 0);
            return;
        }
        int s = c.out.length();
        int max = c.opts().maxStrlen;
        long want = Long.compareUnsigned(len, max + 1L) < 0 ? len : max + 1L;
        byte[] b = scratch((int) want + 1);
        int n = c.mem().read(addr, b, (int) want);
        if (n < want) {
            ptr(c, addr);
            return;
        }
        int size = (int) Math.min(want, max);
        quote(c.out, b, size, forceHex ? 2 : c.opts().hexStrings);
        if (Long.compareUnsigned(len, max) > 0) c.out.append("...");
        c.described(Description.STRING, s, addr, null);
    }

    /**
     * strace's string_quote: C escapes, octal for other unprintable bytes (3 digits when an octal
     * digit follows within the printed part; \\xHH with --strings-in-hex=non-ascii-chars), or the
     * whole string as \\x.. when -x finds a non-ASCII byte (-xx: always).
     */
    public static void quote(StringBuilder sb, byte[] s, int size, int hexStyle) {
        quote(sb, s, size, hexStyle, null, true);
    }

    /** string_quote with extra characters to escape (as octal) and optional surrounding quotes. */
    public static void quote(StringBuilder sb, byte[] s, int size, int hexStyle, String escape, boolean quotes) {
        boolean useHex = hexStyle == Decoding.HEX_ALL;
        if (hexStyle == Decoding.HEX_NON_ASCII) {
            for (int i = 0; i < size; i++) {
                int ch = s[i] & 0xff;
                if (ch > 0x7e || (ch < ' ' && (ch < 9 || ch > 13))) {
                    useHex = true;
                    break;
                }
            }
        }
        if (quotes) sb.append('"');
        if (useHex) {
            for (int i = 0; i < size; i++) {
                int ch = s[i] & 0xff;
                sb.append("\\x").append(Character.forDigit(ch >> 4, 16)).append(Character.forDigit(ch & 0xf, 16));
            }
            if (quotes) sb.append('"');
            return;
        }
        for (int i = 0; i < size; i++) {
            int ch = s[i] & 0xff;
            switch (ch) {
                case '"': case '\\': sb.append('\\').append((char) ch); break;
                case '\f': sb.append("\\f"); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                case '\t': sb.append("\\t"); break;
                case 0x0b: sb.append("\\v"); break;
                default:
                    if (ch >= ' ' && ch < 0x7f && (escape == null || escape.indexOf(ch) < 0)) {
                        sb.append((char) ch);
                    } else if (hexStyle == Decoding.HEX_NON_ASCII_CHARS) {
                        sb.append("\\x").append(Character.forDigit(ch >> 4, 16)).append(Character.forDigit(ch & 0xf, 16));
                    } else {
                        int after = i + 1 < size ? s[i + 1] & 0xff : -1;
                        boolean pad = after >= '0' && after <= '7';
                        sb.append('\\');
                        if (pad || ch >= 64) sb.append((char) ('0' + (ch >> 6)));
                        if (pad || ch >= 8) sb.append((char) ('0' + ((ch >> 3) & 7)));
                        sb.append((char) ('0' + (ch & 7)));
                    }
            }
        }
        if (quotes) sb.append('"');
    }

    // ---- constants --------------------------------------------------------------------------

    /**
     * IPC_CREAT|IPC_EXCL|0640: flag bits above the permission bits by name, then the permissions
     * (%#03o); {@code hugeShift} > 0 (shmget) shows the huge page size bits as N<<SHM_HUGE_SHIFT.
     */
    public static void flagsMode(Call c, Xlat x, long v, int hugeShift) {
        int s = c.out.length();
        long flags = v & ~0777L & 0xffffffffL;
        long huge = hugeShift > 0 ? flags & (0x3fL << hugeShift) : 0;
        flags &= ~huge;
        if (flags != 0) flags(c.out, c.opts().xlatStyle, x, flags);
        if (huge != 0) {
            if (flags != 0) c.out.append('|');
            c.out.append(huge >>> hugeShift).append("<<");
            int style = c.opts().xlatStyle;
            if (style == Decoding.XLAT_ABBREV) c.out.append("SHM_HUGE_SHIFT");
            else c.out.append(hugeShift).append(style == Decoding.XLAT_VERBOSE ? " /* SHM_HUGE_SHIFT */" : "");
        }
        if (flags != 0 || huge != 0) c.out.append('|');
        mode(c.out, v & 0777);
        c.described(Description.FLAGS, s, v, x);
    }

    /**
     * A flag set: known bits in table order joined by '|', unknown bits as 0x...; when no bit has a
     * name, 0x... with the table's comment for unknown bits (strace's printflags with its dflt).
     */
    public static void flags(Call c, Xlat x, long v) {
        flags(c, x, v, x.unknown);
    }

    public static void flags(StringBuilder sb, int style, Xlat x, long v) {
        flags(sb, style, x, v, x.unknown);
    }

    /** A flag set; when no bit has a name, 0x... followed by a comment {@code dflt} (as strace's printflags). */
    public static void flags(Call c, Xlat x, long v, String dflt) {
        int s = c.out.length();
        flags(c.out, c.opts().xlatStyle, x, v, dflt);
        c.described(Description.FLAGS, s, v, x);
    }

    public static void flags(StringBuilder sb, int style, Xlat x, long v, String dflt) {
        if (style == Decoding.XLAT_RAW) {
            hex(sb, v);
            return;
        }
        int start = sb.length();
        if (style == Decoding.XLAT_VERBOSE) {
            hex(sb, v);
            if (v == 0 && x.indexOf(0) < 0) return;
            sb.append(" /* ");
        }
        int body = sb.length();
        if (v == 0) {
            String zero = x.lookup(0);
            sb.append(zero != null ? zero : "0");
        } else {
            long rest = v;
            for (int i = 0; i < x.values.length; i++) {
                long bit = x.values[i];
                if (bit != 0 && (rest & bit) == bit) {
                    if (sb.length() > body) sb.append('|');
                    sb.append(x.names[i]);
                    rest &= ~bit;
                    if (rest == 0) break;
                }
            }
            if (rest != 0) {
                if (sb.length() > body) sb.append('|');
                else if (style == Decoding.XLAT_VERBOSE || dflt != null) {
                    sb.setLength(start);
                    hex(sb, v);
                    if (dflt != null && !dflt.isEmpty()) sb.append(" /* ").append(dflt).append(" */");
                    return;
                }
                hex(sb, rest);
            }
        }
        if (style == Decoding.XLAT_VERBOSE) sb.append(" */");
    }

    /**
     * A value whose bits under {@code typeMask} name one thing (an access mode, a socket type, a
     * sync type) and whose other bits are flags: TYPE|FLAG|FLAG, as strace prints open, socket, statx.
     */
    public static void typeAndFlags(Call c, Xlat types, long typeMask, Xlat flags, long v, String dflt) {
        int style = c.opts().xlatStyle;
        int s = c.out.length();
        if (style == Decoding.XLAT_RAW) {
            hex(c.out, v);
        } else {
            xval(c.out, style, types, v & typeMask, dflt);
            long rest = v & ~typeMask;
            if (rest != 0) {
                c.out.append('|');
                flags(c.out, style, flags, rest);
            }
        }
        c.described(Description.FLAGS, s, v, flags);
    }

    /** The name of syscall {@code nr}, or syscall_0x... as strace names unknown numbers. */
    public static String syscallName(int nr) {
        return name(nr >= 0 && nr <= jstrace.table.SyscallTable.MAX ? jstrace.table.SyscallTable.NAMES[nr] : null, nr);
    }

    /** The name of i386 call {@code nr} (int $0x80), likewise. */
    public static String syscallName32(int nr) {
        return name(nr >= 0 && nr <= jstrace.table.SyscallTable32.MAX ? jstrace.table.SyscallTable32.NAMES[nr] : null, nr);
    }

    private static String name(String known, int nr) {
        return known != null ? known : "syscall_0x" + Integer.toHexString(nr);
    }

    /** One value of an enumeration: its name, or 0x... with a comment naming the set. */
    public static void xval(Call c, Xlat x, long v) {
        int s = c.out.length();
        xval(c.out, c.opts().xlatStyle, x, v, null);
        c.described(Description.CONSTANT, s, v, x);
    }

    /** One value of an enumeration, {@code dflt} naming an unknown one ("MTD_FILE_MODE_???"). */
    public static void xval(Call c, Xlat x, long v, String dflt) {
        int s = c.out.length();
        xval(c.out, c.opts().xlatStyle, x, v, dflt);
        c.described(Description.CONSTANT, s, v, x);
    }

    public static void xval(StringBuilder sb, int style, Xlat x, long v, String dflt) {
        String n = x.lookup(v);
        if (style == Decoding.XLAT_RAW) {
            hex(sb, v);
            return;
        }
        if (n == null) {
            hex(sb, v);
            String unknown = dflt != null ? dflt : unknownName(x);
            if (!unknown.isEmpty()) sb.append(" /* ").append(unknown).append(" */");
            return;
        }
        if (style == Decoding.XLAT_VERBOSE) {
            hex(sb, v);
            sb.append(" /* ").append(n).append(" */");
            return;
        }
        sb.append(n);
    }

    /** "PREFIX_???" from the first entry of a table, as strace names unknown values. */
    static String unknownName(Xlat x) {
        if (x.unknown != null) return x.unknown;
        if (x.names.length == 0) return "???";
        String first = x.names[0];
        int u = first.indexOf('_');
        return (u > 0 ? first.substring(0, u + 1) : first) + "???";
    }
}
