package jstrace.nativ;

import static jstrace.nativ.Kernel.syscall;

/** ptrace(2) requests, options and events (from linux/ptrace.h), and thin wrappers. */
public final class Ptrace {
    private Ptrace() {}

    public static final int TRACEME = 0, PEEKDATA = 2, PEEKUSER = 3, POKEDATA = 5, POKEUSER = 6, CONT = 7, KILL = 8, ATTACH = 16, DETACH = 17,
            SYSCALL = 24, SETOPTIONS = 0x4200, GETEVENTMSG = 0x4201, GETSIGINFO = 0x4202,
            SEIZE = 0x4206, INTERRUPT = 0x4207, LISTEN = 0x4208, GET_SYSCALL_INFO = 0x420e;

    public static final int O_TRACESYSGOOD = 1, O_TRACEFORK = 2, O_TRACEVFORK = 4, O_TRACECLONE = 8,
            O_TRACEEXEC = 0x10, O_TRACEVFORKDONE = 0x20, O_TRACEEXIT = 0x40, O_TRACESECCOMP = 0x80,
            O_EXITKILL = 0x100000;

    public static final int EVENT_FORK = 1, EVENT_VFORK = 2, EVENT_CLONE = 3, EVENT_EXEC = 4,
            EVENT_VFORK_DONE = 5, EVENT_EXIT = 6, EVENT_SECCOMP = 7, EVENT_STOP = 128;

    /** Offsets in struct user (user_regs_struct first) of rax and orig_rax, for PTRACE_POKEUSER. */
    public static final int USER_RAX = 8 * 10, USER_ORIG_RAX = 8 * 15;

    /** ptrace_syscall_info.op values. */
    public static final int INFO_NONE = 0, INFO_ENTRY = 1, INFO_EXIT = 2, INFO_SECCOMP = 3;

    public static long ptrace(int request, int pid, long addr, long data) {
        return syscall(Sys.PTRACE, request, pid, addr, data);
    }

    /** Resumes a stopped tracee: PTRACE_SYSCALL (or CONT) delivering {@code sig}. */
    public static long resume(int request, int pid, int sig) {
        return ptrace(request, pid, 0, sig);
    }
}
