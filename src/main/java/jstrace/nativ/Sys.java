package jstrace.nativ;

/** x86_64 syscall numbers the tracer itself makes (from asm/unistd_64.h). */
public final class Sys {
    private Sys() {}

    public static final int READ = 0, WRITE = 1, OPEN = 2, CLOSE = 3, GETPID = 39, KILL = 62,
            WAIT4 = 61, FCNTL = 72, PTRACE = 101, TGKILL = 234, PROCESS_VM_READV = 310, PROCESS_VM_WRITEV = 311,
            RT_SIGACTION = 13, RT_SIGPROCMASK = 14, READLINK = 89, GETUID = 102, SETRLIMIT = 160,
            PRCTL = 157, EXIT_GROUP = 231, CLOCK_GETTIME = 228, OPENAT = 257, MMAP = 9, MPROTECT = 10;
}
