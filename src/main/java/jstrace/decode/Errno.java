package jstrace.decode;

import jstrace.table.Xlats;

/** errno names and the messages strace prints after them (syscall-tables/xlat/errnos.xlat). */
public final class Errno {
    private Errno() {}

    public static final int ENOENT = 2, EINTR = 4, ECHILD = 10, EACCES = 13, ENOSYS = 38,
            ERESTARTSYS = 512, ERESTARTNOINTR = 513, ERESTARTNOHAND = 514, ERESTART_RESTARTBLOCK = 516;

    public static String name(int errno) {
        return Xlats.ERRNOS().lookup(errno);
    }

    public static String message(int errno) {
        int i = Xlats.ERRNOS().indexOf(errno);
        return i >= 0 && Xlats.ERRNOS().texts != null && Xlats.ERRNOS().texts[i] != null
                ? Xlats.ERRNOS().texts[i] : "Unknown error " + errno;
    }

    /** The kernel-internal restart codes strace prints as "= ? NAME (text)". */
    public static boolean isRestart(int errno) {
        return errno == ERESTARTSYS || errno == ERESTARTNOINTR || errno == ERESTARTNOHAND
                || errno == ERESTART_RESTARTBLOCK;
    }
}
