package jstrace.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jstrace.nativ.Kernel;
import jstrace.nativ.Scratch;
import jstrace.tracer.Tracee;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Decoders run on this JVM's own memory (a Tracee for our own pid): a decoder that throws leaves the
 * call printed with raw arguments, and the signal-set printer takes every size strace takes.
 */
class DecoderSafetyTest {
    static Scratch scratch;
    static Tracee self;
    static long mem;

    @BeforeAll
    static void setUp() {
        scratch = new Scratch();
        self = new Tracee((int) ProcessHandle.current().pid(), new Decoding(), scratch);
        mem = Kernel.MEM.allocateMemory(64, true);
    }

    @AfterAll
    static void tearDown() {
        Kernel.MEM.freeMemory(mem);
        scratch.close();
    }

    private static Call call(int nr, long... args) {
        Call c = self.call;
        c.reset(nr);
        System.arraycopy(args, 0, c.args, 0, args.length);
        return c;
    }

    private static final Generic.Decoder THROWS = c -> {
        Print.fd(c, c.args[0]);
        c.sep();
        Print.hex(c, 1234);
        throw new IndexOutOfBoundsException("a decoder bug");
    };

    @Test
    void aDecoderThatThrowsAtEntryLeavesTheArgumentsInHex() {
        Call c = call(0, 3, 0x1000, 10);
        int r = Generic.guarded(c, 3, THROWS);
        assertEquals("0x3, 0x1000, 0xa", c.out.toString());
        assertEquals(Call.DONE | Call.RET_HEX, r);
        assertEquals(3, c.description.describe(c.out).size());
        assertEquals("0x1000", c.description.describe(c.out).get(1).text());
    }

    @Test
    void aDecoderThatThrowsAtExitKeepsWhatTheEntryPrinted() {
        Call c = call(0, 3, 0x1000, 10);
        Print.fd(c, 3);
        c.sep();
        c.entryLength = c.out.length();
        c.exiting = true;
        int r = Generic.guarded(c, 3, call -> {
            Print.str(call, 0x1000);
            throw new IllegalStateException("a decoder bug");
        });
        assertEquals("3, 0x1000, 0xa", c.out.toString());
        assertEquals(Call.DONE | Call.RET_HEX, r);
        // an entry that printed every argument: nothing is added
        c = call(3, 3);
        Print.fd(c, 3);
        c.entryLength = c.out.length();
        c.exiting = true;
        Generic.guarded(c, 1, THROWS);
        assertEquals("3", c.out.toString());
    }

    private static String sigset(long size, int min, byte... bytes) {
        Kernel.MEM.putByteArray(mem, new byte[16], 0, 16);
        Kernel.MEM.putByteArray(mem, bytes, 0, bytes.length);
        Call c = call(127);
        SignalDecoders.sigsetAt(c, mem, size, min);
        return c.out.toString().replace("0x" + Long.toHexString(mem), "ADDR");
    }

    @Test
    void signalSetsOfEverySize() {
        // SIGHUP (bit 0) and SIGUSR1 (bit 9); SIGRTMIN+1 is bit 32
        byte[] hupUsr1Rt1 = {1, 2, 0, 0, 1, 0, 0, 0};
        assertEquals("[HUP USR1 RT_1]", sigset(8, 8, hupUsr1Rt1));
        // strace decodes only the kernel's 8 bytes, except for rt_sigpending (1 to 8)
        for (long size : new long[] {0, 1, 3, 4, 7, 9, 16, -1}) assertEquals("ADDR", sigset(size, 8, hupUsr1Rt1), "size " + size);
        assertEquals("[HUP]", sigset(1, 1, hupUsr1Rt1));
        assertEquals("[HUP USR1]", sigset(2, 1, hupUsr1Rt1));
        assertEquals("[HUP USR1]", sigset(4, 1, hupUsr1Rt1));
        assertEquals("[HUP USR1 RT_1]", sigset(5, 1, hupUsr1Rt1));
        assertEquals("ADDR", sigset(0, 1, hupUsr1Rt1));
        assertEquals("ADDR", sigset(9, 1, hupUsr1Rt1));
        // two thirds set or more: the complement, over the words given
        assertEquals("~[]", sigset(4, 1, (byte) -1, (byte) -1, (byte) -1, (byte) -1));
        assertEquals("~[HUP]", sigset(4, 1, (byte) 0xfe, (byte) 0xff, (byte) 0xff, (byte) 0xff));
        assertEquals("~[HUP XFSZ VTALRM PROF WINCH IO PWR SYS RTMIN]", sigset(3, 1, (byte) 0xfe, (byte) 0xff, (byte) 0xff));
        Call c = call(127);
        SignalDecoders.sigsetAt(c, 0, 8, 8);
        assertEquals("NULL", c.out.toString());
    }
}
