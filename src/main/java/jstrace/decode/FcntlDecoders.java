package jstrace.decode;

import jstrace.table.Xlats;

/** fcntl: the command by name, its argument as the command defines it, decoded results. */
public final class FcntlDecoders {
    private FcntlDecoders() {}

    static final int F_DUPFD = 0, F_GETFD = 1, F_SETFD = 2, F_GETFL = 3, F_SETFL = 4, F_GETLK = 5,
            F_SETLK = 6, F_SETLKW = 7, F_SETOWN = 8, F_GETOWN = 9, F_SETSIG = 10, F_GETSIG = 11,
            F_SETLEASE = 1024, F_GETLEASE = 1025, F_NOTIFY = 1026, F_DUPFD_CLOEXEC = 1030,
            F_SETPIPE_SZ = 1031, F_GETPIPE_SZ = 1032, F_ADD_SEALS = 1033, F_GET_SEALS = 1034;

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
                case F_SETOWN, F_SETPIPE_SZ, F_SETLEASE, F_NOTIFY, F_ADD_SEALS -> {
                    c.sep();
                    Print.sint(c, c.args[2]);
                }
                case F_SETSIG -> {
                    c.sep();
                    Signals.print(c, c.args[2]);
                }
                case F_GETFD, F_GETFL, F_GETOWN, F_GETSIG, F_GETLEASE, F_GETPIPE_SZ, F_GET_SEALS -> { }
                default -> {
                    c.sep();
                    Print.ptr(c, c.args[2]);
                }
            }
            return switch (cmd) {
                case F_GETFD, F_GETFL -> 0;
                default -> Call.DONE;
            };
        }
        if (c.failed || c.rval == 0) return 0;
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
}
