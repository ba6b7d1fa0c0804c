package jstrace.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import jstrace.nativ.Kernel;
import jstrace.nativ.Scratch;
import jstrace.tracer.Tracee;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shared printers on this JVM's own memory, as strace's printstr_ex, printpathn and print_array
 * print: NULL before anything else, "..." exactly when strace adds it, the address when the call's
 * structures are not decoded (-e verbose=) or the call failed.
 */
class SharedPrintersTest {
    static Scratch scratch;
    static Tracee self;
    static Decoding decoding = new Decoding();
    static long mem;

    @BeforeAll
    static void setUp() {
        scratch = new Scratch();
        self = new Tracee((int) ProcessHandle.current().pid(), decoding, scratch);
        mem = Kernel.MEM.allocateMemory(256, true);
    }

    @AfterAll
    static void tearDown() {
        Kernel.MEM.freeMemory(mem);
        scratch.close();
    }

    private static Call call(int nr) {
        Call c = self.call;
        c.reset(nr);
        return c;
    }

    private static String text(Call c) {
        return c.out.toString().replace("0x" + Long.toHexString(mem), "ADDR");
    }

    private static void put(String s) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        Kernel.MEM.putByteArray(mem, new byte[256], 0, 256);
        Kernel.MEM.putByteArray(mem, b, 0, b.length);
    }

    private static String strn(long len) {
        Call c = call(0);
        Print.strn(c, mem, len);
        return text(c);
    }

    @Test
    void stringsWithALengthLimit() {
        decoding.maxStrlen = 4;
        try {
            put("abcdefgh");
            assertEquals("\"abcd\"...", strn(-1));
            assertEquals("\"abc\"...", strn(3)); // no NUL within the 3 bytes allowed
            assertEquals("\"abcd\"...", strn(100));
            put("abcd");
            assertEquals("\"abcd\"", strn(-1)); // the NUL is the byte after -s
            assertEquals("\"abcd\"...", strn(4));
            assertEquals("\"abcd\"", strn(5));
            put("ab");
            assertEquals("\"ab\"", strn(-1));
            assertEquals("\"\"", strn(0));
            Call c = call(0);
            Print.strn(c, 0, 10);
            assertEquals("NULL", text(c));
        } finally {
            decoding.maxStrlen = 32;
        }
    }

    @Test
    void pathsAreCutAfterNBytes() {
        put("/abcdef");
        Call c = call(80);
        Print.pathn(c, mem, 3);
        assertEquals("\"/ab\"...", text(c));
        c = call(80);
        Print.pathn(c, mem, 7);
        assertEquals("\"/abcdef\"", text(c));
        c = call(80);
        Print.path(c, mem);
        assertEquals("\"/abcdef\"", text(c));
    }

    @Test
    void arraysArePrintedAsPrintArrayDoes() {
        Kernel.MEM.putInt(mem, -1);
        Kernel.MEM.putInt(mem + 4, 5);
        Call c = call(116); // setgroups
        Structs.gidList(c, mem, 2);
        assertEquals("[-1, 5]", text(c));
        c = call(116);
        Structs.gidList(c, 0, 0);
        assertEquals("NULL", text(c));
        c = call(116);
        Structs.gidList(c, mem, 0);
        assertEquals("[]", text(c));
        c = call(116);
        Structs.gidList(c, mem, -1); // more than NGROUPS_MAX
        assertEquals("ADDR", text(c));
        // at the exit of a failed call, or without -e verbose= for the call, the address
        c = call(115); // getgroups
        c.exiting = true;
        c.failed = true;
        c.rval = -14;
        Structs.gidList(c, mem, 2);
        assertEquals("ADDR", text(c));
        decoding.verboseSet = new boolean[jstrace.table.SyscallTable.MAX + 1];
        try {
            c = call(116);
            Structs.gidList(c, mem, 2);
            assertEquals("ADDR", text(c));
        } finally {
            decoding.verboseSet = null;
        }
    }

    @Test
    void direntsOfAFailedCallAreItsAddress() {
        Call c = call(78); // getdents
        c.exiting = true;
        c.failed = true;
        c.rval = -9;
        Structs.dirents(c, 0, 0xdeadbeefL);
        assertEquals("NULL", text(c));
        c = call(78);
        c.exiting = true;
        c.rval = 0;
        Structs.dirents(c, mem, 256);
        assertEquals("ADDR /* 0 entries */", text(c));
    }
}
