package jstrace.stack;

import static jstrace.nativ.Kernel.MEM;

/**
 * libunwind's remote unwinding through ptrace (libunwind-ptrace.so.0 on libunwind-x86_64.so.8, Debian
 * package libunwind8), the unwinder this strace 6.1 is built with: its _UPT accessors read the
 * stopped tracee's registers (PTRACE_PEEKUSER) and memory (PTRACE_PEEKDATA) from the calling thread,
 * which is always the tracer thread. Names are x86_64's: unw_init_remote is _Ux86_64_init_remote.
 */
final class Libunwind {
    /** Where the libraries are (the system's by soname); the property or variable names another libunwind-ptrace. */
    static final String PTRACE_LIBRARY = "libunwind-ptrace.so.0", ARCH_LIBRARY = "libunwind-x86_64.so.8";

    /** UNW_X86_64_RIP (libunwind-x86_64.h), UNW_ENOMEM, UNW_CACHE_GLOBAL. */
    static final int REG_IP = 16, ENOMEM = 2, CACHE_GLOBAL = 1;
    /** sizeof(unw_cursor_t): UNW_TDEP_CURSOR_LEN (127) words. */
    static final int CURSOR_SIZE = 127 * 8;

    private final long createAddrSpace, destroyAddrSpace, setCachingPolicy, flushCache, initRemote, step, getReg, getProcName,
            isSignalFrame, upCreate, upDestroy;
    /** The unw_addr_space_t of every walk, made of _UPT_accessors. */
    final long addressSpace;

    private Libunwind(NativeLibrary arch, NativeLibrary ptrace) throws NativeLibrary.Missing {
        createAddrSpace = arch.symbol("_Ux86_64_create_addr_space");
        destroyAddrSpace = arch.symbol("_Ux86_64_destroy_addr_space");
        setCachingPolicy = arch.symbol("_Ux86_64_set_caching_policy");
        flushCache = arch.symbol("_Ux86_64_flush_cache");
        initRemote = arch.symbol("_Ux86_64_init_remote");
        step = arch.symbol("_Ux86_64_step");
        getReg = arch.symbol("_Ux86_64_get_reg");
        getProcName = arch.symbol("_Ux86_64_get_proc_name");
        isSignalFrame = arch.symbol("_Ux86_64_is_signal_frame");
        upCreate = ptrace.symbol("_UPT_create");
        upDestroy = ptrace.symbol("_UPT_destroy");
        long accessors = ptrace.symbol("_UPT_accessors");
        addressSpace = NativeLibrary.call(createAddrSpace, accessors, 0);
        if (addressSpace == 0) throw new NativeLibrary.Missing("failed to create address space for stack tracing");
        NativeLibrary.callInt(setCachingPolicy, addressSpace, CACHE_GLOBAL);
    }

    /**
     * Opens the libraries: libunwind-x86_64 first and globally, as libunwind-ptrace takes its
     * _Ux86_64_ functions from it. {@code ptracePath} names libunwind-ptrace (null: the system's).
     */
    static Libunwind load(String ptracePath) throws NativeLibrary.Missing {
        NativeLibrary arch = NativeLibrary.open(ARCH_LIBRARY);
        NativeLibrary ptrace = NativeLibrary.open(ptracePath != null ? ptracePath : PTRACE_LIBRARY);
        return new Libunwind(arch, ptrace);
    }

    /** _UPT_create(tid): the accessors' state for one thread (0 on failure). */
    long create(int tid) {
        return NativeLibrary.call(upCreate, tid);
    }

    void destroy(long upt) {
        NativeLibrary.call(upDestroy, upt);
    }

    /** unw_destroy_addr_space: the session is over. */
    void close() {
        NativeLibrary.call(destroyAddrSpace, addressSpace);
    }

    /** unw_flush_cache(as, 0, 0): after the mappings changed. */
    void flush() {
        NativeLibrary.call(flushCache, addressSpace, 0, 0);
    }

    int initRemote(long cursor, long upt) {
        return NativeLibrary.callInt(initRemote, cursor, addressSpace, upt);
    }

    int step(long cursor) {
        return NativeLibrary.callInt(step, cursor);
    }

    boolean signalFrame(long cursor) {
        return NativeLibrary.callInt(isSignalFrame, cursor) > 0;
    }

    /** unw_get_reg(cursor, UNW_REG_IP, word): the frame's ip in {@code word}, or a negative error. */
    int ip(long cursor, long word) {
        return NativeLibrary.callInt(getReg, cursor, REG_IP, word);
    }

    /** unw_get_proc_name(cursor, buf, len, offset): 0, -UNW_ENOMEM when buf is too small, another error. */
    int procName(long cursor, long buf, long len, long offset) {
        return NativeLibrary.callInt(getProcName, cursor, buf, len, offset);
    }

    static String cString(long p) {
        return new String(MEM.getZeroTerminatedByteArray(p), java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
