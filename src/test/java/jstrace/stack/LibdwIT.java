package jstrace.stack;

import static jstrace.nativ.Kernel.MEM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The libdw binding in this JVM: a library built here with -g is loaded, and the line of one of its
 * functions is looked up as -kk does. dwfl_lineinfo is the binding with six arguments: each of its
 * five out-pointers must be written (the sixth argument included), none left at its sentinel.
 */
class LibdwIT {
    @TempDir
    Path tmp;

    private static final long SENTINEL = 0x5a5a5a5a5a5a5a5aL;

    @Test
    void lineInfoFillsAllSixArguments() throws Exception {
        Libdw dw;
        try {
            dw = Libdw.load(null);
        } catch (NativeLibrary.Missing e) {
            assumeTrue(false, "libdw.so.1 cannot be loaded: install libdw1 (" + e.getMessage() + ")");
            return;
        }
        Path src = tmp.resolve("lineinfo.c"), lib = tmp.resolve("liblineinfo.so");
        Files.write(src, List.of("int twice(int x)", "{", "\treturn 2 * x;", "}"));
        Process gcc;
        try {
            gcc = new ProcessBuilder("gcc", "-g", "-O0", "-shared", "-fPIC", "-o", lib.toString(), src.toString())
                    .redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            assumeTrue(false, "gcc is not installed");
            return;
        }
        assertTrue(gcc.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, gcc.exitValue(), new String(gcc.getInputStream().readAllBytes()));
        long twice = NativeLibrary.open(lib.toString()).symbol("twice");
        long dwfl = dw.open();
        assertNotEquals(0, dwfl);
        long out = MEM.allocateMemory(40, true);
        try {
            assertTrue(dw.report(dwfl, (int) ProcessHandle.current().pid()), "dwfl_linux_proc_report of this JVM");
            long line = dw.lineOf(dwfl, twice);
            assertNotEquals(0, line, "no line table entry for twice()");
            for (int i = 0; i < 5; i++) MEM.putLong(out + 8 * i, SENTINEL);
            long file = dw.lineInfo(line, out, out + 8, out + 16, out + 24, out + 32);
            assertNotEquals(0, file);
            assertEquals(src.toString(), Libunwind.cString(file));
            assertTrue(Long.compareUnsigned(MEM.getLong(out), twice) <= 0, "the line's address is at or before the function's");
            int lineNo = MEM.getInt(out + 8);
            assertTrue(lineNo >= 1 && lineNo <= 2, "line " + lineNo);
            assertNotEquals((int) SENTINEL, MEM.getInt(out + 16), "column written (4th argument)");
            assertNotEquals(SENTINEL, MEM.getLong(out + 24), "mtime written (5th argument)");
            assertNotEquals(SENTINEL, MEM.getLong(out + 32), "length written (6th argument)");
            assertEquals(src + ":" + lineNo, dw.source(dwfl, twice, out));
        } finally {
            MEM.freeMemory(out);
            dw.close(dwfl);
        }
    }
}
