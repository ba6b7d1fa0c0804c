package jstrace.stack;

import static jstrace.nativ.Kernel.MEM;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * -k: the stack of a stopped tracee as strace 6.1 built with libunwind prints it, one line per frame
 * from the innermost: {@code " > MODULE(SYMBOL+0xOFF) [0xADDR]"}, where MODULE is the file mapped at
 * the frame's address, SYMBOL the function libunwind names there (its offset in it) and ADDR the
 * address's offset in the file; {@code " > MODULE() [0xADDR]"} when no symbol is known. With -kk
 * the frames that have a symbol also get the "FILE:LINE" of the address where the module has debug
 * information (libdw), as strace 7's -kk prints it.
 *
 * <p>Used by the tracer thread only (libunwind's ptrace calls run on it). Per process it keeps the
 * file mappings (/proc/PID/maps) and libdw's module list; both are read again after any call that
 * may change mappings ({@link #mappingsChanged}, strace's global mapping generation), and libunwind's
 * cache is flushed then. Per thread it keeps libunwind's ptrace state, renewed after an exec.
 */
public final class Unwinder implements AutoCloseable {
    /** strace's default for --stack-trace-frame-limit. */
    public static final int DEFAULT_FRAME_LIMIT = 256;

    /** The unwinding library could not be loaded: the message says which and how to install it. */
    public static final class Unavailable extends Exception {
        Unavailable(String message) {
            super(message);
        }
    }

    private final Libunwind unwind;
    private final Libdw dw;
    private final int frameLimit;
    private final java.util.function.Consumer<String> notices;
    /** Bumped by every call that may have changed some process's mappings. */
    private long generation = 1;
    private final Map<Integer, Long> threads = new HashMap<>();
    private final Map<Integer, Mappings> mappings = new HashMap<>();
    /** Per process: its Dwfl and the generation its modules were reported in. */
    private final Map<Integer, long[]> dwfls = new HashMap<>();
    private final long cursor = MEM.allocateMemory(Libunwind.CURSOR_SIZE, true);
    /** unw_get_reg's word (+0), unw_get_proc_name's offset (+8), dwfl_lineinfo's line (+16). */
    private final long words = MEM.allocateMemory(32, true);
    private long name;
    private int nameSize = 256;
    private Demangler demangler;

    private Unwinder(Libunwind unwind, Libdw dw, int frameLimit, java.util.function.Consumer<String> notices) {
        this.unwind = unwind;
        this.dw = dw;
        this.frameLimit = frameLimit;
        this.notices = notices;
        this.name = MEM.allocateMemory(nameSize, false);
    }

    /**
     * Loads libunwind (and with {@code sourceLines} libdw). The system property jstrace.libunwind
     * (or the variable JSTRACE_LIBUNWIND) names another libunwind-ptrace.so.0, jstrace.libdw
     * (JSTRACE_LIBDW) another libdw.so.1.
     */
    public static Unwinder open(boolean sourceLines, int frameLimit, java.util.function.Consumer<String> notices)
            throws Unavailable {
        Libunwind u;
        try {
            u = Libunwind.load(setting("jstrace.libunwind", "JSTRACE_LIBUNWIND"));
        } catch (NativeLibrary.Missing | UnsatisfiedLinkError e) {
            throw new Unavailable("Stack traces (-k/--stack-traces option) need " + Libunwind.PTRACE_LIBRARY
                    + " (Debian package libunwind8): " + e.getMessage());
        }
        Libdw d = null;
        if (sourceLines) {
            try {
                d = Libdw.load(setting("jstrace.libdw", "JSTRACE_LIBDW"));
            } catch (NativeLibrary.Missing | UnsatisfiedLinkError e) {
                throw new Unavailable("Stack traces with source line information (-kk/--stack-trace=source option) need "
                        + Libdw.LIBRARY + " (Debian package libdw1): " + e.getMessage());
            }
        }
        return new Unwinder(u, d, frameLimit, notices);
    }

    /**
     * {@link #open}, with the failure turned into {@code failure}'s exception (the CLI's one-line
     * fatal error): callers then name no class of this package on their start-up path.
     */
    public static Unwinder open(boolean sourceLines, int frameLimit, java.util.function.Consumer<String> notices,
            java.util.function.Function<String, ? extends RuntimeException> failure) {
        try {
            return open(sourceLines, frameLimit, notices);
        } catch (Unavailable e) {
            throw failure.apply(e.getMessage());
        }
    }

    private static String setting(String property, String variable) {
        String v = System.getProperty(property);
        if (v == null || v.isEmpty()) v = System.getenv(variable);
        return v == null || v.isEmpty() ? null : v;
    }

    /** A call that may change mappings (mmap, munmap, mprotect, brk, mremap, execve...) returned. */
    public void mappingsChanged() {
        generation++;
    }

    /** Thread {@code tid} exec'd (or took over its leader's pid by exec'ing): its libunwind state is stale. */
    public void execed(int tid) {
        gone(tid);
    }

    /** Thread {@code tid} is no longer traced; when it was its process's leader the process's state goes too. */
    public void gone(int tid) {
        Long upt = threads.remove(tid);
        if (upt != null) unwind.destroy(upt);
        mappings.remove(tid);
        long[] d = dwfls.remove(tid);
        if (d != null) dw.close(d[0]);
    }

    /**
     * The stack of stopped thread {@code tid} of process {@code tgid}, as strace prints it, innermost
     * frame first; empty when its mappings cannot be read. {@code queued} picks the form strace
     * 6.1 gives a stack it captured at a call's entry to print later (execve, exit): an unknown symbol
     * then shows as "(+0x0)" instead of "()".
     */
    public List<String> walk(int tid, int tgid, boolean queued) {
        Mappings m = mappings.get(tgid);
        if (m == null || m.generation != generation) {
            m = Mappings.read(tid, generation);
            if (m == null) {
                mappings.remove(tgid);
                return List.of();
            }
            mappings.put(tgid, m);
            unwind.flush();
        }
        Long upt = threads.get(tid);
        if (upt == null) {
            long u = unwind.create(tid);
            if (u == 0) {
                notices.accept("_UPT_create: cannot unwind the stack of process " + tid);
                return List.of();
            }
            threads.put(tid, upt = u);
        }
        if (unwind.initRemote(cursor, upt) < 0) {
            notices.accept("cannot initialize libunwind for process " + tid);
            return List.of();
        }
        List<String> out = new ArrayList<>();
        boolean exact = true; // the innermost frame's pc, and one a signal interrupted, are not return addresses
        int depth;
        for (depth = 0; depth < frameLimit; depth++) {
            if (unwind.ip(cursor, words) < 0) {
                notices.accept("cannot walk the stack of process " + tid);
                break;
            }
            long ip = MEM.getLong(words);
            int i = m.find(ip);
            if (i < 0 || !m.executable(i)) {
                // outside every executable file mapping (libunwind reports ip 0 after set_tid_address)
                if (ip != 0) out.add(" > unexpected_backtracing_error [0x" + Long.toHexString(ip) + "]");
                break;
            }
            String symbol = procName();
            long offset = symbol.isEmpty() ? 0 : MEM.getLong(words + 8);
            StringBuilder line = new StringBuilder(96).append(" > ").append(m.path(i));
            String address = Long.toHexString(m.fileOffset(i, ip));
            if (!symbol.isEmpty() || queued) {
                line.append('(').append(demangle(symbol)).append("+0x").append(Long.toHexString(offset)).append(") [0x")
                        .append(address).append(']');
                String source = symbol.isEmpty() ? null : source(tgid, tid, exact ? ip : ip - 1);
                if (source != null) line.append(' ').append(source);
            } else {
                line.append("() [0x").append(address).append(']');
            }
            out.add(line.toString());
            exact = unwind.signalFrame(cursor);
            if (unwind.step(cursor) <= 0) break;
        }
        if (depth >= frameLimit) out.add(" > too many stack frames");
        return out;
    }

    /** unw_get_proc_name into a buffer grown until the name fits; "" when libunwind knows none. */
    private String procName() {
        while (true) {
            int r = unwind.procName(cursor, name, nameSize, words + 8);
            if (r == 0) return Libunwind.cString(name);
            if (r != -Libunwind.ENOMEM) return "";
            MEM.freeMemory(name);
            nameSize *= 2;
            name = MEM.allocateMemory(nameSize, false);
        }
    }

    /** C++ names as strace built with demangling prints them; others as they are. */
    private String demangle(String symbol) {
        if (!symbol.startsWith("_Z")) return symbol;
        if (demangler == null) demangler = Demangler.load();
        return demangler.demangle(symbol);
    }

    /** -kk: "FILE:LINE" of {@code pc} in process {@code tgid}, or null. */
    private String source(int tgid, int tid, long pc) {
        if (dw == null) return null;
        long[] d = dwfls.get(tgid);
        if (d == null) {
            long dwfl = dw.open();
            if (dwfl == 0) return null;
            d = new long[] {dwfl, 0};
            dwfls.put(tgid, d);
        }
        if (d[1] != generation) {
            dw.report(d[0], tid);
            d[1] = generation;
        }
        return dw.source(d[0], pc, words + 16);
    }

    @Override
    public void close() {
        for (long upt : threads.values()) unwind.destroy(upt);
        threads.clear();
        for (long[] d : dwfls.values()) dw.close(d[0]);
        dwfls.clear();
        mappings.clear();
        unwind.close();
        MEM.freeMemory(cursor);
        MEM.freeMemory(words);
        MEM.freeMemory(name);
    }
}
