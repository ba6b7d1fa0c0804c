package jstrace.stack;

import static jstrace.nativ.Kernel.MEM;

/**
 * elfutils' libdwfl (libdw.so.1, Debian package libdw1), for -kk's source lines: a process's modules
 * as /proc/PID/maps lists them (dwfl_linux_proc_report), found with their debug information as
 * strace's libdw unwinder finds them (dwfl_linux_proc_find_elf, dwfl_standard_find_debuginfo), and
 * the line table entry of an address (dwfl_module_getsrc, dwfl_lineinfo). It reads the ELF files and
 * /proc only; the tracee's memory and registers stay libunwind's.
 */
final class Libdw {
    static final String LIBRARY = "libdw.so.1";

    private final long begin, end, reportBegin, procReport, reportEnd, addrModule, moduleGetSrc, lineInfo;
    /** The Dwfl_Callbacks every session uses: find_elf, find_debuginfo, section_address, debuginfo_path. */
    private final long callbacks;

    private Libdw(NativeLibrary dw) throws NativeLibrary.Missing {
        begin = dw.symbol("dwfl_begin");
        end = dw.symbol("dwfl_end");
        reportBegin = dw.symbol("dwfl_report_begin");
        procReport = dw.symbol("dwfl_linux_proc_report");
        reportEnd = dw.symbol("dwfl_report_end");
        addrModule = dw.symbol("dwfl_addrmodule");
        moduleGetSrc = dw.symbol("dwfl_module_getsrc");
        lineInfo = dw.symbol("dwfl_lineinfo");
        callbacks = MEM.allocateMemory(32, true); // kept for good: each Dwfl points at it
        MEM.putLong(callbacks, dw.symbol("dwfl_linux_proc_find_elf"));
        MEM.putLong(callbacks + 8, dw.symbol("dwfl_standard_find_debuginfo"));
    }

    static Libdw load(String path) throws NativeLibrary.Missing {
        return new Libdw(NativeLibrary.open(path != null ? path : LIBRARY));
    }

    /** A new session (Dwfl *), 0 on failure. */
    long open() {
        return NativeLibrary.call(begin, callbacks);
    }

    void close(long dwfl) {
        NativeLibrary.call(end, dwfl);
    }

    /** (Re)reads the modules of process {@code pid} from its maps; false when they could not be read. */
    boolean report(long dwfl, int pid) {
        NativeLibrary.call(reportBegin, dwfl);
        int r = NativeLibrary.callInt(procReport, dwfl, pid);
        return NativeLibrary.callInt(reportEnd, dwfl, 0, 0) == 0 && r == 0;
    }

    /**
     * The source file and line of {@code pc} where the module holding it has a line table: "file:line",
     * or null. {@code scratch} is 16 bytes of native memory.
     */
    String source(long dwfl, long pc, long scratch) {
        long mod = NativeLibrary.call(addrModule, dwfl, pc);
        if (mod == 0) return null;
        long line = NativeLibrary.call(moduleGetSrc, mod, pc);
        if (line == 0) return null;
        MEM.putInt(scratch, 0);
        long file = lineInfo(line, 0, scratch, 0, 0, 0);
        if (file == 0) return null;
        return Libunwind.cString(file) + ":" + MEM.getInt(scratch);
    }

    /** dwfl_lineinfo(line, addr, linep, colp, mtime, length): the file name, 0 for none (six arguments). */
    long lineInfo(long line, long addr, long linep, long colp, long mtime, long length) {
        return NativeLibrary.call(lineInfo, line, addr, linep, colp, mtime, length);
    }

    /** dwfl_module_getsrc for tests of {@link #lineInfo}. */
    long lineOf(long dwfl, long pc) {
        long mod = NativeLibrary.call(addrModule, dwfl, pc);
        return mod == 0 ? 0 : NativeLibrary.call(moduleGetSrc, mod, pc);
    }
}
