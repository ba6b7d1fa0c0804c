package jstrace.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import jstrace.cli.UsageError;
import jstrace.table.SyscallTable;
import org.junit.jupiter.api.Test;

/** The -e inject= / -e fault= parser and WHEN counting, against strace 6.1's rules and messages. */
class InjectionTest {
    static final int READ = 0, WRITE = 1, OPEN = 2, CLOSE = 3, GETPID = 39, GETPPID = 110, OPENAT = 257;

    private final List<String> warnings = new ArrayList<>();

    private Injection[] parse(String expr, boolean fault) {
        Injection[] t = new Injection[SyscallTable.MAX + 1];
        Injection.parse(expr, fault, t, warnings::add);
        return t;
    }

    private Injection one(String expr) {
        return parse(expr, false)[OPEN];
    }

    private static String error(String expr, boolean fault) {
        return assertThrows(UsageError.class,
                () -> Injection.parse(expr, fault, new Injection[SyscallTable.MAX + 1], m -> {})).getMessage();
    }

    /** Which of calls 1..n fire. */
    private static String fired(Injection in, int n) {
        Injection[] table = new Injection[SyscallTable.MAX + 1];
        table[OPEN] = in;
        int[] counters = Injection.counters(table);
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            if (in.fires(counters, OPEN)) b.append(b.length() == 0 ? "" : ",").append(i);
        }
        return b.toString();
    }

    @Test
    void actions() {
        Injection in = one("open:error=ENOSPC");
        assertEquals(28, in.error);
        assertFalse(in.hasRetval);
        assertEquals(2, one("open:error=2").error);
        assertEquals(2, one("open:error=enoent").error); // names are case-insensitive
        in = one("open:retval=42");
        assertTrue(in.hasRetval);
        assertEquals(42, in.retval);
        assertEquals(0x10, one("open:retval=0x10").retval);
        assertEquals(8, one("open:retval=010").retval);
        assertEquals(10, one("open:signal=USR1").signal);
        assertEquals(10, one("open:signal=sigusr1").signal);
        assertEquals(9, one("open:signal=9").signal);
        assertEquals(GETPPID, one("open:syscall=getppid:retval=1").syscall);
        assertEquals(100_000_000L, one("open:delay_exit=100ms").delayExitNs);
        assertEquals(5_000L, one("open:delay_enter=5").delayEnterNs); // microseconds by default
        assertEquals(2_000_000_000L, one("open:delay_enter=2s").delayEnterNs);
        assertEquals(38, parse("open", true)[OPEN].error); // fault=: ENOSYS by default
        assertEquals(1, parse("open:error=EPERM", true)[OPEN].error);
    }

    @Test
    void setsAreSyscallSets() {
        Injection[] t = parse("open,close:error=EIO", false);
        assertTrue(t[OPEN] != null && t[CLOSE] != null);
        assertNull(t[READ]);
        t = parse("%file:error=EIO", false);
        assertTrue(t[OPEN] != null && t[OPENAT] != null);
        assertNull(t[WRITE]);
        assertNull(parse("!open:error=EIO", false)[OPEN]);
        assertTrue(parse("!open:error=EIO", false)[READ] != null);
    }

    @Test
    void whenCounts() {
        assertEquals("1,2,3,4,5,6", fired(one("open:error=1"), 6));
        assertEquals("3", fired(one("open:error=1:when=3"), 8));
        assertEquals("3,4,5,6,7,8", fired(one("open:error=1:when=3+"), 8));
        assertEquals("2,5,8", fired(one("open:error=1:when=2+3"), 9));
        assertEquals("2,3,4", fired(one("open:error=1:when=2..4"), 9));
        assertEquals("2,4,6", fired(one("open:error=1:when=2..7+2"), 9));
        assertEquals("2,4,6", fired(one("open:error=1:when=2..6+2"), 9));
        assertEquals("1", fired(one("open:error=1:when=1..1"), 3));
    }

    @Test
    void invalidArguments() {
        for (String bad : List.of("open", "open:foo=1", "open:error=EBOGUS", "open:error=0", "open:error=4096",
                "open:when=0:error=1", "open:when=x:error=1", "open:when=3..2:error=1", "open:when=3+0:error=1",
                "open:when=1..65535:error=1", "open:when=65536:error=1", "open:when=2.3:error=1",
                "open:error=1:error=2", "open:error=1:retval=2", "open:retval=x", "open:retval=18446744073709551616",
                "open:signal=0", "open:signal=FOO", "open:signal=65", "open:signal=1:signal=2",
                "open:syscall=open:error=1", "open:syscall=bogus:error=1", "open:syscall=getpid",
                "open:delay_enter=1x", "open:delay_exit=-1", "open:delay_exit=1:delay_exit=2")) {
            assertEquals("invalid inject argument '" + bad + "'", error(bad, false), bad);
        }
        assertEquals("invalid fault argument 'open:retval=1'", error("open:retval=1", true));
        assertEquals("invalid fault argument 'open:signal=USR1'", error("open:signal=USR1", true));
        assertEquals("invalid system call 'bogus'", error("bogus:error=1", false));
        assertEquals("invalid system call ''", error(":error=1", false));
        assertEquals("invalid system call ''", error("", false));
        // tokens are read before the set
        assertEquals("invalid inject argument 'bogus:foo'", error("bogus:foo", false));
    }

    private static String pokes(Injection in) {
        StringBuilder b = new StringBuilder();
        for (Injection.Poke p : in.pokes) {
            b.append(b.length() == 0 ? "" : " ").append(p.atEntry() ? "enter" : "exit").append(" @arg").append(p.arg()).append('=');
            for (byte d : p.data()) b.append(String.format("%02x", d & 0xff));
        }
        return b.toString();
    }

    /** poke_enter= / poke_exit=: kept in the order strace writes them, the last given first. */
    @Test
    void pokes() {
        Injection in = one("open:poke_enter=@arg1=0000DEADBEEF,@arg3=ff:poke_exit=@arg1=01");
        assertEquals("exit @arg1=01 enter @arg3=ff enter @arg1=0000deadbeef", pokes(in));
        assertTrue(in.pokesAtEntry && in.pokesAtExit);
        assertFalse(in.tampersResult());
        // empty items are skipped; "poke_enter=," is an injection that writes nothing
        assertEquals("enter @arg2=00", pokes(one("open:poke_enter=,@arg2=00,")));
        in = one("open:poke_enter=,");
        assertTrue(in.pokesAtEntry);
        assertEquals("", pokes(in));
        assertEquals("enter @arg7=" + "ab".repeat(1024), pokes(one("open:poke_enter=@arg7=" + "ab".repeat(1024))));
        // each byte is sscanf("%2hhx")'s
        assertEquals("enter @arg2=ff68", pokes(one("open:poke_enter=@arg2=-168")));
        assertEquals("enter @arg2=0168", pokes(one("open:poke_enter=@arg2=1g68")));
        assertEquals("enter @arg2=0068", pokes(one("open:poke_enter=@arg2=0x68")));
        assertEquals("enter @arg2=1668", pokes(one("open:poke_enter=@arg2= 168")));
        assertEquals("enter @arg2=6868", pokes(one("open:poke_enter=@arg2=  68")));
        assertEquals("enter @arg2=0168", pokes(one("open:poke_enter=@arg2=+168")));
        assertEquals("enter @arg2=fa", pokes(one("open:poke_enter=@arg2=-6")));
    }

    @Test
    void invalidPokes() {
        for (String bad : List.of("open:poke_enter=", "open:poke_enter=@arg9=00", "open:poke_enter=@arg0=00",
                "open:poke_enter=@arg12=00", "open:poke_enter=arg2=00", "open:poke_enter=@arg2", "open:poke_enter=@arg2=",
                "open:poke_enter=@arg2=0", "open:poke_enter=@arg2=zz", "open:poke_enter=@arg2=x1", "open:poke_enter=@arg2=1\u00e9",
                "open:poke_enter=@arg2=00,@arg2=11", "open:poke_enter=@arg1=00:poke_enter=@arg2=00",
                "open:poke_exit=@arg1=00:poke_exit=@arg2=00", "open:poke_enter=@arg2=" + "ab".repeat(1025),
                "open:poke_enter=@arg2=\u0661\u0662")) {
            assertEquals("invalid inject argument '" + bad + "'", error(bad, false), bad);
        }
        assertEquals("invalid fault argument 'open:poke_enter=@arg1=00'", error("open:poke_enter=@arg1=00", true));
        // the same argument at entry and at exit is fine
        assertEquals("exit @arg1=01 enter @arg1=00", pokes(one("open:poke_enter=@arg1=00:poke_exit=@arg1=01")));
    }

    @Test
    void retvalWarningsAreStraces() {
        one("open:retval=-1");
        one("open:retval=-5000");
        one("open:retval=4294967295");
        one("open:retval=7");
        assertEquals(List.of("Inadvertent injection of error 1 is possible for retval=18446744073709551615",
                "Injected return value 18446744073709546616 will be clipped to 4294962296 in compat personality",
                "Inadvertent injection of error 1 is possible in compat personality for retval=4294967295"), warnings);
    }

    @Test
    void laterExpressionsReplaceEarlierOnes() {
        Qualifiers q = Qualifiers.parse(List.of("inject=open,close:error=EIO", "fault=close:when=2", "trace=all"));
        assertEquals(5, q.inject[OPEN].error);
        assertEquals(38, q.inject[CLOSE].error);
        assertEquals(2, q.inject[CLOSE].first);
        assertNull(Qualifiers.parse(List.of("trace=open")).inject);
    }
}
