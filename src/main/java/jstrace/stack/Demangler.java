package jstrace.stack;

import static jstrace.nativ.Kernel.MEM;

/**
 * C++ symbol names ("_Z...") demangled with parameters, as strace built with stack-demangle prints
 * them, by the C++ runtime's __cxa_demangle (libstdc++.so.6); without it names stay mangled.
 * Loaded at the first mangled name.
 */
final class Demangler {
    private final long demangle, free;

    private Demangler(long demangle, long free) {
        this.demangle = demangle;
        this.free = free;
    }

    static Demangler load() {
        try {
            NativeLibrary cxx = NativeLibrary.open("libstdc++.so.6");
            long free = com.kenai.jffi.Library.getDefault().getSymbolAddress("free");
            return new Demangler(cxx.symbol("__cxa_demangle"), free);
        } catch (NativeLibrary.Missing | UnsatisfiedLinkError e) {
            return new Demangler(0, 0);
        }
    }

    String demangle(String mangled) {
        if (demangle == 0 || free == 0) return mangled;
        long in = jstrace.nativ.NativeBuffer.cString(mangled.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        long status = MEM.allocateMemory(4, true);
        try {
            long out = NativeLibrary.call(demangle, in, 0, 0, status);
            if (out == 0 || MEM.getInt(status) != 0) return mangled;
            String s = Libunwind.cString(out);
            NativeLibrary.call(free, out);
            return s;
        } finally {
            MEM.freeMemory(in);
            MEM.freeMemory(status);
        }
    }
}
