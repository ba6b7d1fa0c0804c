package jstrace.decode;

import jstrace.table.Xlats;

/** fcntl: the command by name, its argument as the command defines it, decoded results. */
public final class FcntlDecoders {
    private FcntlDecoders() {}

    static final int F_DUPFD = 0, F_GETFD = 1, F_SETFD = 2, F_GETFL = 3, F_SETFL = 4, F_GETLK = 5,
            F_SETLK = 6, F_SETLKW = 7, F_SETOWN = 8, F_GETOWN = 9, F_SETSIG = 10, F_GETSIG = 11,
            F_SETLEASE = 1024, F_GETLEASE = 1025, F_NOTIFY = 1026, F_DUPFD_CLOEXEC = 1030,
            F_SETPIPE_SZ = 1031, F_GETPIPE_SZ = 1032, F_ADD_SEALS = 1033, F_GET_SEALS = 1034,
            F_OFD_GETLK = 36, F_OFD_SETLK = 37, F_OFD_SETLKW = 38, F_SETOWN_EX = 15, F_GETOWN_EX = 16;
    /** struct flock on x86_64: l_type, l_whence (shorts), l_start, l_len (8 bytes from offset 8), l_pid. */
    private static final int FLOCK_SIZE = 32;

    @Decodes("fcntl")
    public static int fcntl(Call c) {
        int cmd = (int) c.args[1];
        if (!c.exiting) {
            Print.fd(c, c.args[0]);
            c.sep();
            Print.xval(c.out, c.opts().xlatStyle, Xlats.FCNTLCMDS(), cmd, "F_???");
            switch (cmd) {
                case F_SETFD -> {
                    c.sep();
                    Print.flags(c, Xlats.FDFLAGS(), c.args[2]);
                }
                case F_SETFL -> {
                    c.sep();
                    FileDecoders.openFlags(c, c.args[2]);
                }
                case F_DUPFD, F_DUPFD_CLOEXEC -> {
                    c.sep();
                    Print.fd(c, c.args[2]);
                    return Call.DONE | Call.RET_FD;
                }
                case F_NOTIFY -> {
                    c.sep();
                    Print.flags(c, Xlats.NOTIFYFLAGS(), c.args[2]);
                }
                case F_SETLEASE -> {
                    c.sep();
                    Print.xval(c, Xlats.LOCKFCMDS(), c.args[2], "F_???");
                }
                case F_SETOWN -> {
                    c.sep();
                    Print.pidOrGroup(c, c.args[2]);
                }
                case F_SETPIPE_SZ, F_ADD_SEALS -> {
                    c.sep();
                    Print.sint(c, c.args[2]);
                }
                case F_SETSIG -> {
                    c.sep();
                    Signals.print(c, c.args[2]);
                }
                case F_SETLK, F_SETLKW, F_OFD_SETLK, F_OFD_SETLKW -> {
                    c.sep();
                    flock(c, c.args[2], false);
                }
                case F_SETOWN_EX -> {
                    c.sep();
                    ownerEx(c, c.args[2]);
                }
                case F_GETLK, F_OFD_GETLK, F_GETOWN_EX -> {
                    c.sep();
                    return 0;
                }
                case F_GETFD, F_GETFL, F_GETOWN, F_GETSIG, F_GETLEASE, F_GETPIPE_SZ, F_GET_SEALS -> { }
                default -> {
                    c.sep();
                    Print.ptr(c, c.args[2]);
                }
            }
            return switch (cmd) {
                case F_GETFD, F_GETFL, F_GETLEASE, F_GETSIG, F_GETOWN -> 0;
                default -> Call.DONE;
            };
        }
        if (cmd == F_GETLK || cmd == F_OFD_GETLK || cmd == F_GETOWN_EX) {
            if (c.failed) Print.ptr(c, c.args[2]);
            else if (cmd == F_GETOWN_EX) ownerEx(c, c.args[2]);
            else flock(c, c.args[2], true);
            return 0;
        }
        // the owner: a process, or as a negative number a process group
        if (cmd == F_GETOWN) return (int) c.rval < 0 ? Call.RET_PID | Call.PID_PGID : Call.RET_PID;
        if (cmd == F_GETLEASE) {
            if (c.failed) return 0;
            c.retText = Xlats.LOCKFCMDS().lookup(c.rval);
            return Call.RET_HEX | Call.RET_STR;
        }
        if (c.failed || c.rval == 0) return 0;
        if (cmd == F_GETSIG) {
            c.retText = Signals.name((int) c.rval);
            return Call.RET_STR;
        }
        StringBuilder text = new StringBuilder("flags ");
        if (cmd == F_GETFD) {
            Print.flags(text, c.opts().xlatStyle, Xlats.FDFLAGS(), c.rval);
        } else {
            // strace's sprint_open_modes: names whatever -X says
            FileDecoders.openFlags(text, Decoding.XLAT_ABBREV, c.rval & 0xffffffffL);
        }
        c.retText = text.toString();
        return Call.RET_HEX | Call.RET_STR;
    }

    /** A struct flock; the holder's process id only where the kernel wrote it (F_GETLK). */
    private static void flock(Call c, long addr, boolean getlk) {
        java.nio.ByteBuffer b = Structs.read(c, addr, FLOCK_SIZE);
        if (!Structs.readable(c, addr, b)) return;
        StringBuilder o = c.out;
        int style = c.opts().xlatStyle;
        o.append("{l_type=");
        Print.xval(o, style, Xlats.LOCKFCMDS(), b.getShort(0) & 0xffff, "F_???");
        o.append(", l_whence=");
        Print.xval(o, style, Xlats.WHENCE_CODES(), b.getShort(2) & 0xffff, "SEEK_???");
        o.append(", l_start=").append(b.getLong(8)).append(", l_len=").append(b.getLong(16));
        if (getlk) {
            o.append(", l_pid=");
            Print.pid(c, b.getInt(24));
        }
        o.append('}');
    }

    private static final int F_OWNER_TID = 0, F_OWNER_PID = 1, F_OWNER_PGRP = 2;

    /** struct f_owner_ex: the owner's id of the kind its type names (thread, process, process group). */
    private static void ownerEx(Call c, long addr) {
        java.nio.ByteBuffer b = Structs.read(c, addr, 8);
        if (!Structs.readable(c, addr, b)) return;
        int type = b.getInt(0), pid = b.getInt(4);
        c.out.append("{type=");
        Print.xval(c.out, c.opts().xlatStyle, Xlats.F_OWNER_TYPES(), type & 0xffffffffL, "F_OWNER_???");
        c.out.append(", pid=");
        switch (type) {
            case F_OWNER_TID -> Print.pid(c, pid, PidNamespaces.Kind.TID);
            case F_OWNER_PID -> Print.pid(c, pid);
            case F_OWNER_PGRP -> Print.pid(c, pid, PidNamespaces.Kind.PGID);
            default -> c.out.append(pid);
        }
        c.out.append('}');
    }
}
