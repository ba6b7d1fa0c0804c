package jstrace.nativ;

/** Ending jstrace the way its tracee ended: by the same signal, without a core file of our own. */
public final class SelfSignal {
    private SelfSignal() {}

    private static final int PRLIMIT64 = 302, GETTID = 186, RLIMIT_CORE = 4, SIG_UNBLOCK = 1;

    /** Kills this process with {@code sig}; returns only if the signal did not terminate it. */
    public static void dieBy(int sig) {
        NativeBuffer b = new NativeBuffer(32);
        b.putLong(0, 0);
        b.putLong(8, 0);
        Kernel.syscall(PRLIMIT64, 0, RLIMIT_CORE, b.address, 0);
        b.putLong(0, 0); // struct kernel_sigaction { SIG_DFL }
        b.putLong(8, 0);
        b.putLong(16, 0);
        b.putLong(24, 0);
        Kernel.syscall(Sys.RT_SIGACTION, sig, b.address, 0, 8);
        b.putLong(0, 1L << (sig - 1));
        Kernel.syscall(Sys.RT_SIGPROCMASK, SIG_UNBLOCK, b.address, 0, 8);
        int pid = (int) Kernel.syscall(Sys.GETPID, 0);
        int tid = (int) Kernel.syscall(GETTID, 0);
        Kernel.syscall(Sys.TGKILL, pid, tid, sig);
    }
}
