package jstrace.decode;

/** strace's syscall classes (-e trace=%file ...), as bits of the generated table's class column. */
public final class SyscallClass {
    private SyscallClass() {}

    public static final int DESC = 1, FILE = 1 << 1, IPC = 1 << 2, NET = 1 << 3, PROCESS = 1 << 4,
            SIGNAL = 1 << 5, MEMORY = 1 << 6, CREDS = 1 << 7, CLOCK = 1 << 8, PURE = 1 << 9,
            STAT = 1 << 10, LSTAT = 1 << 11, FSTAT = 1 << 12, STAT_LIKE = 1 << 13, STATFS = 1 << 14,
            FSTATFS = 1 << 15, STATFS_LIKE = 1 << 16, NEVER_FAILS = 1 << 17,
            // not trace classes: the calls whose data -e read= / -e write= dump
            READS_DATA = 1 << 18, WRITES_DATA = 1 << 19;
}
