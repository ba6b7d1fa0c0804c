package jstrace.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jstrace.cli.UsageError;
import org.junit.jupiter.api.Test;

class QualifiersTest {
    static final int READ = 0, WRITE = 1, OPEN = 2, CLOSE = 3, STAT = 4, FSTAT = 5, MMAP = 9, EXECVE = 59,
            CONNECT = 42, OPENAT = 257, NEWFSTATAT = 262, STATFS = 137, CLONE = 56;

    private static Qualifiers q(String... e) {
        return Qualifiers.parse(List.of(e));
    }

    private static String error(String... e) {
        return assertThrows(UsageError.class, () -> q(e)).getMessage();
    }

    @Test
    void namesListsAndNegation() {
        boolean[] t = q("trace=openat,close").trace;
        assertTrue(t[OPENAT] && t[CLOSE]);
        assertFalse(t[READ] || t[OPEN]);
        t = q("!mmap,close").trace;
        assertFalse(t[MMAP] || t[CLOSE]);
        assertTrue(t[READ] && t[OPENAT]);
        assertTrue(q("trace=open@64").trace[OPEN]);
    }

    @Test
    void classesComeFromTheTable() {
        boolean[] file = q("trace=%file").trace;
        assertTrue(file[OPEN] && file[OPENAT] && file[STAT] && file[EXECVE]);
        assertFalse(file[READ] || file[MMAP]);
        assertTrue(q("trace=%network").trace[CONNECT]);
        assertTrue(q("trace=network").trace[CONNECT]);
        assertTrue(q("trace=%process").trace[CLONE]);
        boolean[] statLike = q("trace=%%stat").trace;
        assertTrue(statLike[STAT] && statLike[FSTAT] && statLike[NEWFSTATAT]);
        assertFalse(statLike[STATFS]);
        assertTrue(q("trace=%%statfs").trace[STATFS]);
    }

    @Test
    void regexAllNoneAndOptional() {
        boolean[] t = q("trace=/^(open|close)").trace;
        assertTrue(t[OPEN] && t[OPENAT] && t[CLOSE]);
        assertFalse(t[READ]);
        assertTrue(q("trace=all").trace[WRITE]);
        assertFalse(q("trace=none").trace[WRITE]);
        assertTrue(q("trace=?nosuchcall,read").trace[READ]);
    }

    @Test
    void laterTraceReplacesEarlier() {
        boolean[] t = q("trace=openat", "trace=close").trace;
        assertTrue(t[CLOSE]);
        assertFalse(t[OPENAT]);
    }

    @Test
    void signalsAndStatus() {
        boolean[] s = q("signal=none").signals;
        assertFalse(s[17]);
        s = q("signal=SIGCHLD,term,9").signals;
        assertTrue(s[17] && s[15] && s[9]);
        s = q("signal=!CHLD").signals;
        assertFalse(s[17]);
        assertTrue(s[2]);
        assertEquals(Qualifiers.SUCCESSFUL | Qualifiers.FAILED, q("status=successful,failed").status);
        assertEquals(Qualifiers.STATUS_ALL & ~Qualifiers.FAILED, q("status=!failed").status);
        assertNull(q().trace);
    }

    @Test
    void stracesMessages() {
        assertEquals("invalid system call 'opn'", error("trace=opn"));
        assertEquals("invalid system call '%foo'", error("trace=%foo"));
        assertEquals("invalid system call 'foo=bar'", error("foo=bar"));
        assertEquals("invalid system call ''", error("trace="));
        assertEquals("invalid signal 'foo'", error("signal=foo"));
        assertEquals("invalid status 'foo'", error("status=foo"));
    }

    @Test
    void quietReadWriteAndTraceFdSets() {
        Qualifiers q = q("quiet=attach,exit");
        assertTrue(q.quiet.contains(Qualifiers.QUIET_ATTACH) && q.quiet.contains(Qualifiers.QUIET_EXIT));
        assertFalse(q.quiet.contains(Qualifiers.QUIET_PATH_RESOLUTION));
        assertTrue(q("quiet=all").quiet.contains(Qualifiers.QUIET_THREAD_EXECVE));
        assertTrue(q("silent=superseded").quiet.contains(Qualifiers.QUIET_THREAD_EXECVE));
        assertFalse(q("quiet=!exit").quiet.contains(Qualifiers.QUIET_EXIT));
        assertTrue(q("quiet=!exit").quiet.contains(Qualifiers.QUIET_ATTACH));
        assertTrue(q("q=none").quiet != null && !q("q=none").quiet.contains(Qualifiers.QUIET_ATTACH));
        assertTrue(q("read=3,5").readFds.contains(5));
        assertFalse(q("read=3,5").readFds.contains(4));
        assertTrue(q("write=!1").writeFds.contains(2));
        assertFalse(q("write=!1").writeFds.contains(1));
        assertTrue(q("w=all").writeFds.contains(1000));
        assertTrue(q("trace=!!open").trace[OPEN]);
        assertFalse(q("trace=!!open").trace[CLOSE]);
        assertTrue(q("!!all").trace[CLOSE]);
        assertTrue(q("trace-fds=0").traceFds.contains(0));
        assertTrue(Qualifiers.quietLevel(1).contains(Qualifiers.QUIET_ATTACH));
        assertFalse(Qualifiers.quietLevel(1).contains(Qualifiers.QUIET_EXIT));
        assertTrue(Qualifiers.quietLevel(2).contains(Qualifiers.QUIET_EXIT));
        assertTrue(Qualifiers.quietLevel(3).contains(Qualifiers.QUIET_PATH_RESOLUTION));
    }

    @Test
    void statusWordsAreCaseInsensitiveAndDoubleNegationCancels() {
        assertEquals(Qualifiers.FAILED, q("status=FAILED").status);
        assertEquals(Qualifiers.FAILED, q("status=!!failed").status);
        assertEquals(0, q("status=none").status);
        assertEquals(Qualifiers.STATUS_ALL, q("status=all").status);
    }

    @Test
    void tokenSetMessages() {
        assertEquals("invalid quiet 'bogus'", error("quiet=bogus"));
        assertEquals("invalid descriptor 'x'", error("read=x"));
        assertEquals("invalid descriptor '-1'", error("write=-1"));
        assertEquals("invalid descriptor ''", error("read="));
        assertEquals("invalid descriptor ','", error("read=,"));
        assertEquals("invalid status 'ok'", error("status=successful,ok"));
    }

    @Test
    void syscallSetsAsStraceReadsThem() {
        // empty items do not exist; numbers are syscall numbers
        boolean[] t = q(",mmap,,close,").trace;
        assertTrue(t[MMAP] && t[CLOSE]);
        assertFalse(t[READ]);
        assertTrue(q("trace=42").trace[CONNECT]);
        assertEquals("invalid system call ','", error("trace=,"));
        assertEquals("invalid system call '!,,'", error("trace=!,,"));
        // the i386 and x32 personalities' names and numbers are valid, and select no named x86_64 call
        // (a number without a name is in every trace set, as in strace)
        t = q("trace=mmap2,_llseek@32").trace;
        for (int i = 0; i < t.length; i++) assertEquals(jstrace.table.SyscallTable.NAMES[i] == null, t[i], "nr " + i);
        assertTrue(q("trace=mmap,mmap2").trace[MMAP]);
        assertEquals("invalid system call 'mmap2@64'", error("trace=mmap2@64"));
        assertEquals("invalid system call '415'", error("trace=415"));
        q("trace=400"); // i386 only
        q("trace=512"); // x32 only
        assertEquals("invalid system call '2147483648'", error("trace=2147483648"));
        assertEquals("invalid system call '0x'", error("trace=0x"));
        assertEquals("incorrect personality designator 'foo' in qualification 'chdir@foo'", error("trace=?chdir@foo"));
        // "none" and "all" only stand alone; as an item, all is the legacy class of every call
        assertEquals("invalid system call 'none'", error("trace=1,none"));
        assertTrue(q("trace=chdir,all").trace[READ]);
        // legacy class names without '%', case matters; stat is the syscall, not %stat
        assertTrue(q("trace=network").trace[CONNECT]);
        assertEquals("invalid system call 'net'", error("trace=net"));
        assertEquals("invalid system call '%FILE'", error("trace=%FILE"));
        t = q("trace=stat").trace;
        assertTrue(t[STAT]);
        assertFalse(t[NEWFSTATAT]);
        // '?' makes an item that matches nothing valid
        assertTrue(q("trace=?32767,read").trace[READ]);
        assertEquals("invalid system call 'nonsense'", error("trace=?/non_syscall,nonsense"));
    }

    @Test
    void regularExpressionsArePosixExtended() {
        boolean[] t = q("trace=/^(open|close)$").trace;
        assertTrue(t[OPEN] && t[CLOSE]);
        assertFalse(t[OPENAT]);
        assertTrue(q("trace=/[[:digit:]]").trace[17]); // pread64
        assertEquals("regcomp: +id: Invalid preceding regular expression", error("trace=/+id"));
        assertEquals("regcomp: (id: Unmatched ( or \\(", error("trace=/(id"));
        q("trace=/mmap2"); // i386's mmap2 matches: valid
    }

    @Test
    void decodeFdsKindsAndSignalNumbers() {
        assertEquals(jstrace.decode.Decoding.FD_SOCKET | jstrace.decode.Decoding.FD_PIDFD,
                q("decode-fd=socket,,pidfd").decodeFds);
        assertEquals(jstrace.decode.Decoding.FD_ALL, q("decode-fds=all").decodeFds);
        assertEquals(0, q("decode-fds=none").decodeFds);
        assertEquals(jstrace.decode.Decoding.FD_EVENTFD | jstrace.decode.Decoding.FD_SIGNALFD,
                q("decode-fds=eventfd,signalfd").decodeFds);
        assertEquals("invalid decode-fds 'foo'", error("decode-fds=foo"));
        boolean[] s = q("signal=,hup,,rt_1,255").signals;
        assertTrue(s[1] && s[33]);
        assertEquals("invalid signal '256'", error("signal=256"));
        assertEquals("invalid signal ','", error("signals=,"));
    }

    @Test
    void namespaceTakesOnlyNew() {
        assertFalse(q("trace=all").newNamespaces);
        assertTrue(q("namespace=new").newNamespaces);
        assertEquals("invalid -e namespace= argument: 'old'", error("namespace=old"));
    }

    /** personalities.txt holds what the kernel's headers say (where they are installed). */
    @Test
    void otherPersonalitiesMatchTheKernelHeaders() throws Exception {
        java.nio.file.Path i386 = java.nio.file.Path.of("/usr/include/x86_64-linux-gnu/asm/unistd_32.h");
        java.nio.file.Path x32 = java.nio.file.Path.of("/usr/include/x86_64-linux-gnu/asm/unistd_x32.h");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(i386) && java.nio.file.Files.exists(x32));
        java.util.regex.Pattern def = java.util.regex.Pattern.compile(
                "#define __NR_(\\w+) (?:\\(__X32_SYSCALL_BIT \\+ )?(\\d+)\\)?");
        for (var f : List.of(i386, x32)) {
            int p = f == i386 ? 1 : 2;
            for (String line : java.nio.file.Files.readAllLines(f)) {
                var m = def.matcher(line);
                if (!m.matches()) continue;
                assertTrue(OtherPersonalities.name(p, m.group(1)), line);
                assertTrue(OtherPersonalities.number(p, Integer.parseInt(m.group(2))), line);
            }
        }
    }
}
