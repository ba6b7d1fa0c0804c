package jstrace.decode;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import jstrace.table.Xlats;

/** struct stat (x86_64 layout) as strace prints it: abbreviated, or in full with -v. */
public final class StatStructs {
    private StatStructs() {}

    private static final int STAT_SIZE = 144;
    static final int S_IFMT = 0170000, S_IFCHR = 0020000, S_IFBLK = 0060000;

    @PrintsStruct("stat")
    public static void stat(Call c, long addr) {
        byte[] raw = new byte[STAT_SIZE];
        if (c.mem().read(addr, raw, STAT_SIZE) != STAT_SIZE) {
            Print.ptr(c, addr);
            return;
        }
        ByteBuffer b = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        long dev = b.getLong(0), ino = b.getLong(8), nlink = b.getLong(16);
        int mode = b.getInt(24), uid = b.getInt(28), gid = b.getInt(32);
        long rdev = b.getLong(40), size = b.getLong(48), blksize = b.getLong(56), blocks = b.getLong(64);
        StringBuilder o = c.out;
        boolean full = !c.abbrev();
        o.append('{');
        if (full) {
            o.append("st_dev=");
            makedev(o, dev);
            o.append(", st_ino=").append(Long.toUnsignedString(ino)).append(", ");
        }
        o.append("st_mode=");
        mode(c, mode);
        if (full) {
            o.append(", st_nlink=").append(Long.toUnsignedString(nlink))
                    .append(", st_uid=").append(Integer.toUnsignedString(uid))
                    .append(", st_gid=").append(Integer.toUnsignedString(gid))
                    .append(", st_blksize=").append(blksize)
                    .append(", st_blocks=").append(blocks);
        }
        int type = mode & S_IFMT;
        if (type == S_IFCHR || type == S_IFBLK) {
            o.append(", st_rdev=");
            makedev(o, rdev);
        } else {
            o.append(", st_size=").append(size);
        }
        if (full) {
            time(o, "st_atime", b.getLong(72), b.getLong(80));
            time(o, "st_mtime", b.getLong(88), b.getLong(96));
            time(o, "st_ctime", b.getLong(104), b.getLong(112));
            o.append('}');
        } else {
            o.append(", ...}");
        }
    }

    /**
     * S_IFREG|0644: the file type by name, then the permission bits; a type without a name: the octal
     * number alone; -X raw: the number, -X verbose: the number with the decoded form in a comment.
     */
    public static void mode(Call c, long mode) {
        int m = (int) mode;
        int style = c.opts().xlatStyle;
        String type = (m & S_IFMT) != 0 ? Xlats.MODETYPES().lookup(m & S_IFMT) : "";
        StringBuilder o = c.out;
        if (type == null || style != Decoding.XLAT_ABBREV) Print.mode(o, m & 0xffffffffL);
        if (type == null || style == Decoding.XLAT_RAW) return;
        if (style == Decoding.XLAT_VERBOSE) o.append(" /* ");
        if (!type.isEmpty()) o.append(type).append('|');
        if ((m & 04000) != 0) o.append("S_ISUID|");
        if ((m & 02000) != 0) o.append("S_ISGID|");
        if ((m & 01000) != 0) o.append("S_ISVTX|");
        Print.mode(o, m & 0777);
        if (style == Decoding.XLAT_VERBOSE) o.append(" */");
    }

    /** A dev_t argument: makedev(0x1, 0x3); -X raw: 0x103, -X verbose: 0x103 /* makedev(0x1, 0x3) *&#47;. */
    public static void dev(Call c, long dev) {
        int style = c.opts().xlatStyle;
        if (style != Decoding.XLAT_ABBREV) Print.hex(c.out, dev);
        if (style == Decoding.XLAT_RAW) return;
        if (style == Decoding.XLAT_VERBOSE) c.out.append(" /* ");
        makedev(c.out, dev);
        if (style == Decoding.XLAT_VERBOSE) c.out.append(" */");
    }

    /** makedev(0x1, 0x3), with Linux's dev_t encoding. */
    public static void makedev(StringBuilder o, long dev) {
        long major = ((dev >>> 8) & 0xfff) | ((dev >>> 32) & ~0xfffL);
        long minor = (dev & 0xff) | ((dev >>> 12) & ~0xffL);
        o.append("makedev(");
        Print.hex(o, major);
        o.append(", ");
        Print.hex(o, minor);
        o.append(')');
    }

    /** st_atime=1700000000 /* 2023-11-14T22:13:20.123456789+0000 *&#47;, st_atime_nsec=123456789 */
    static void time(StringBuilder o, String name, long sec, long nsec) {
        o.append(", ").append(name).append('=').append(sec);
        dateComment(o, sec, nsec);
        o.append(", ").append(name).append("_nsec=").append(nsec);
    }

    /** " /* 2023-11-14T22:13:20.123456789+0000 *&#47;" in the local time zone (nanoseconds only if any). */
    public static void dateComment(StringBuilder o, long sec, long nsec) {
        long second;
        try {
            second = Math.addExact(sec, Math.floorDiv(nsec, 1_000_000_000L)); // the second the nanoseconds fall in
        } catch (ArithmeticException e) {
            return; // no calendar date for it: the number alone, as strace when localtime() fails
        }
        dateComment(o, second, nsec, 9);
    }

    /** " /* 2023-11-14T22:13:20[.frac]+0000 *&#47;" in local time, the fraction {@code width} digits when not zero. */
    static void dateComment(StringBuilder o, long sec, long frac, int width) {
        int at = o.length();
        o.append(" /* ");
        if (CivilTime.appendDate(o, sec, frac, width)) {
            o.append(" */");
        } else {
            o.setLength(at);
        }
    }

    /** struct statfs: every field, the type by its magic name. */
    @PrintsStruct("statfs")
    public static void statfs(Call c, long addr) {
        ByteBuffer b = Structs.read(c, addr, 120);
        if (b == null) {
            Print.ptr(c, addr);
            return;
        }
        StringBuilder o = c.out;
        o.append("{f_type=");
        Print.xval(o, c.opts().xlatStyle, Xlats.FSMAGIC(), b.getLong(0), "???");
        o.append(", f_bsize=").append(b.getLong(8))
                .append(", f_blocks=").append(Long.toUnsignedString(b.getLong(16)))
                .append(", f_bfree=").append(Long.toUnsignedString(b.getLong(24)))
                .append(", f_bavail=").append(Long.toUnsignedString(b.getLong(32)))
                .append(", f_files=").append(Long.toUnsignedString(b.getLong(40)))
                .append(", f_ffree=").append(Long.toUnsignedString(b.getLong(48)))
                .append(", f_fsid={val=[");
        Print.hex(o, Integer.toUnsignedLong(b.getInt(56)));
        o.append(", ");
        Print.hex(o, Integer.toUnsignedLong(b.getInt(60)));
        o.append("]}, f_namelen=").append(b.getLong(64))
                .append(", f_frsize=").append(b.getLong(72))
                .append(", f_flags=");
        Print.flags(o, c.opts().xlatStyle, Xlats.STATFS_FLAGS(), b.getLong(80));
        o.append('}');
    }
}
