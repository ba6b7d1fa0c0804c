package jstrace.nativ;

/** wait4(2) and the status macros of sys/wait.h. */
public final class Wait {
    private Wait() {}

    public static final int WNOHANG = 1, WALL = 0x40000000, NOTHREAD = 0x20000000;

    public static boolean exited(int s) { return (s & 0x7f) == 0; }
    public static int exitCode(int s) { return (s >> 8) & 0xff; }
    public static boolean signaled(int s) { return ((byte) ((s & 0x7f) + 1) >> 1) > 0; }
    public static int termSig(int s) { return s & 0x7f; }
    public static boolean coreDumped(int s) { return (s & 0x80) != 0; }
    public static boolean stopped(int s) { return (s & 0xff) == 0x7f; }
    public static int stopSig(int s) { return (s >> 8) & 0xff; }
    /** wait4(pid, status, options, NULL), again while a signal interrupts it; returns its result. */
    public static long forPid(int pid, long status, int options) {
        long r;
        while ((r = Kernel.syscall(Sys.WAIT4, pid, status, options, 0)) == -jstrace.decode.Errno.EINTR) {
            // again
        }
        return r;
    }

    /** The PTRACE_EVENT_* of a ptrace-event stop, 0 otherwise. */
    public static int event(int s) { return s >>> 16; }
}
