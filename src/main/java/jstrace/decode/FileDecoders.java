package jstrace.decode;

import jstrace.table.Xlats;

/** open-family decoders: the access mode first, then the flags; the mode only when a file may be created. memfd_create. */
public final class FileDecoders {
    private FileDecoders() {}

    static final int O_ACCMODE = 3, O_CREAT = 0100, O_TMPFILE_BIT = 020000000;

    @Decodes("open")
    public static int open(Call c) {
        Print.path(c, c.args[0]);
        c.sep();
        openFlagsAndMode(c, c.args[1], c.args[2]);
        return Call.DONE | Call.RET_FD;
    }

    @Decodes("openat")
    public static int openat(Call c) {
        Print.dirfd(c, c.args[0]);
        c.sep();
        Print.path(c, c.args[1]);
        c.sep();
        openFlagsAndMode(c, c.args[2], c.args[3]);
        return Call.DONE | Call.RET_FD;
    }

    @Decodes("creat")
    public static int creat(Call c) {
        Print.path(c, c.args[0]);
        c.sep();
        Print.mode(c, c.args[1]);
        return Call.DONE | Call.RET_FD;
    }

    /**
     * sendfile's offset as strace prints it: read at entry, and " => [new]" after it when the call
     * moved it (succeeded, copied something). NULL or an unreadable offset ends the call at entry.
     */
    @Decodes("sendfile")
    public static int sendfile(Call c) {
        if (!c.exiting) {
            Print.fd(c, c.args[0]);
            c.sep();
            Print.fd(c, c.args[1]);
            c.sep();
            if (offset(c)) return 0;
        } else if (!c.failed && c.rval != 0) {
            c.out.append(" => ");
            offset(c);
        }
        c.sep();
        Print.ulong(c, c.args[3]);
        return Call.DONE;
    }

    /** [OFFSET] (true), or NULL / the address when it cannot be read (false). */
    private static boolean offset(Call c) {
        java.nio.ByteBuffer b = c.args[2] == 0 ? null : Structs.read(c, c.args[2], 8);
        if (b == null) {
            Print.ptr(c, c.args[2]);
            return false;
        }
        c.out.append('[').append(Long.toUnsignedString(b.getLong(0))).append(']');
        return true;
    }

    @Decodes("mknod")
    public static int mknod(Call c) {
        mknodArgs(c, 0);
        return Call.DONE;
    }

    @Decodes("mknodat")
    public static int mknodat(Call c) {
        Print.dirfd(c, c.args[0]);
        c.sep();
        mknodArgs(c, 1);
        return Call.DONE;
    }

    /** Path, mode and, only for a character or block device, the device number (the kernel ignores it otherwise). */
    private static void mknodArgs(Call c, int first) {
        Print.path(c, c.args[first]);
        c.sep();
        long mode = c.args[first + 1] & 0xffff;
        StatStructs.mode(c, mode);
        long type = mode & StatStructs.S_IFMT;
        if (type == StatStructs.S_IFCHR || type == StatStructs.S_IFBLK) {
            c.sep();
            StatStructs.dev(c, c.args[first + 2] & 0xffffffffL);
        }
    }

    private static final int FAN_NOFD = -1;

    /** fanotify_mark: a dirfd of -1 is FAN_NOFD (the path alone names the object). */
    @Decodes("fanotify_mark")
    public static int fanotifyMark(Call c) {
        Print.fd(c, c.args[0]);
        c.sep();
        Print.flags(c, Xlats.FAN_MARK_FLAGS(), c.args[1]);
        c.sep();
        Print.flags(c, Xlats.FAN_EVENT_FLAGS(), c.args[2]);
        c.sep();
        if ((int) c.args[3] == FAN_NOFD) {
            int style = c.opts().xlatStyle;
            if (style == Decoding.XLAT_ABBREV) c.out.append("FAN_NOFD");
            else c.out.append(FAN_NOFD).append(style == Decoding.XLAT_VERBOSE ? " /* FAN_NOFD */" : "");
        } else {
            Print.dirfd(c, c.args[3]);
        }
        c.sep();
        Print.path(c, c.args[4]);
        return Call.DONE;
    }

    private static void openFlagsAndMode(Call c, long flags, long mode) {
        openFlags(c, flags);
        if ((flags & (O_CREAT | O_TMPFILE_BIT)) != 0) {
            c.sep();
            Print.mode(c, mode);
        }
    }

    /** O_RDONLY|O_CLOEXEC: the access mode by name, then the other flags. */
    public static void openFlags(Call c, long flags) {
        int s = c.out.length();
        openFlags(c, c.out, flags & 0xffffffffL);
        c.described(Description.FLAGS, s, flags & 0xffffffffL, Xlats.OPEN_FLAGS());
    }

    /** Open flags into {@code o}; -X verbose: the number with the whole set in one comment, 0xc2 /* O_RDWR|O_CREAT|O_EXCL *&#47;. */
    static void openFlags(Call c, StringBuilder o, long flags) {
        openFlags(o, c.opts().xlatStyle, flags);
    }

    static void openFlags(StringBuilder o, int style, long flags) {
        if (style == Decoding.XLAT_RAW) {
            Print.hex(o, flags);
            return;
        }
        if (style == Decoding.XLAT_VERBOSE) {
            Print.hex(o, flags);
            o.append(" /* ");
        }
        Print.xval(o, Decoding.XLAT_ABBREV, Xlats.OPEN_ACCESS_MODES(), flags & O_ACCMODE, "O_???");
        long rest = flags & ~(long) O_ACCMODE;
        if (rest != 0) {
            o.append('|');
            // After the access mode, unnamed bits are bare hex (strace's sprintflags_ex with a prefix).
            Print.flags(o, Decoding.XLAT_ABBREV, Xlats.OPEN_FLAGS(), rest, null);
        }
        if (style == Decoding.XLAT_VERBOSE) o.append(" */");
    }

    /** The kernel's limit for a memfd name (255 less "memfd:"), plus one byte to see it is longer. */
    private static final int MFD_NAME_MAX_LEN = 255 - 6;
    private static final int MFD_HUGE_SHIFT = 26;
    private static final long MFD_HUGE_MASK = 0x3fL << MFD_HUGE_SHIFT;

    /** memfd_create: the huge page size bits as N<<MFD_HUGE_SHIFT; the flags in hex first unless -X abbrev. */
    @Decodes("memfd_create")
    public static int memfdCreate(Call c) {
        Print.strn(c, c.args[0], MFD_NAME_MAX_LEN + 1);
        c.sep();
        long flags = c.args[1] & 0xffffffffL;
        int style = c.opts().xlatStyle;
        StringBuilder o = c.out;
        if (flags == 0 || style != Decoding.XLAT_ABBREV) Print.hex(o, flags);
        if (flags == 0 || style == Decoding.XLAT_RAW) return Call.DONE | Call.RET_FD;
        if (style == Decoding.XLAT_VERBOSE) o.append(" /* ");
        long huge = flags & MFD_HUGE_MASK, rest = flags & ~MFD_HUGE_MASK;
        if (rest != 0 || huge == 0) Print.flags(o, Decoding.XLAT_ABBREV, Xlats.MEMFD_CREATE_FLAGS(), rest);
        if (huge != 0) {
            if (rest != 0) o.append('|');
            o.append(huge >>> MFD_HUGE_SHIFT).append("<<MFD_HUGE_SHIFT");
        }
        if (style == Decoding.XLAT_VERBOSE) o.append(" */");
        return Call.DONE | Call.RET_FD;
    }
}
