package jstrace.nativ;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpawnerTest {
    private static final long MAX = 0xffffffffL;

    private static long range(long first, long last) {
        return first << 32 | last;
    }

    @Test
    void keepStdio() {
        assertArrayEquals(new long[] {range(3, MAX)}, Spawner.closeRanges(new int[] {0, 1, 2}));
    }

    @Test
    void keepNothing() {
        assertArrayEquals(new long[] {range(0, MAX)}, Spawner.closeRanges(new int[0]));
    }

    @Test
    void keepOnlyZero() {
        assertArrayEquals(new long[] {range(1, MAX)}, Spawner.closeRanges(new int[] {0}));
    }

    @Test
    void keepWithGapsUnsortedAndDuplicated() {
        assertArrayEquals(new long[] {range(3, 4), range(6, 9), range(11, MAX)},
                Spawner.closeRanges(new int[] {10, 2, 0, 5, 1, 5, 2}));
        assertArrayEquals(new long[] {range(0, 0), range(2, MAX)}, Spawner.closeRanges(new int[] {1, 1}));
        assertArrayEquals(new long[] {range(0, 6), range(8, MAX)}, Spawner.closeRanges(new int[] {7}));
    }

    @Test
    void adjacentKeptFdsLeaveNoEmptyRange() {
        assertArrayEquals(new long[] {range(0, 3), range(7, MAX)}, Spawner.closeRanges(new int[] {4, 5, 6}));
    }

    @Test
    void highestFd() {
        // close_range takes unsigned ints: the last range must not wrap past 0xffffffff
        assertArrayEquals(new long[] {range(0, Integer.MAX_VALUE - 1L), range(Integer.MAX_VALUE + 1L, MAX)},
                Spawner.closeRanges(new int[] {Integer.MAX_VALUE}));
    }

    /** Every fd 0..299 not kept is in exactly one range; no kept fd is; ranges are ordered and disjoint. */
    @Test
    void randomKeptSetsAreCoveredExactly() {
        Random rnd = new Random(42);
        for (int round = 0; round < 500; round++) {
            int n = rnd.nextInt(12);
            int[] kept = new int[n];
            for (int i = 0; i < n; i++) kept[i] = rnd.nextInt(round % 2 == 0 ? 10 : 250);
            long[] ranges = Spawner.closeRanges(kept);
            TreeSet<Integer> keep = new TreeSet<>();
            for (int k : kept) keep.add(k);
            long prevLast = -1;
            for (long r : ranges) {
                long first = r >>> 32, last = r & MAX;
                assertTrue(first <= last, "empty range in " + Arrays.toString(kept));
                assertTrue(first > prevLast, "ranges out of order / overlapping for " + Arrays.toString(kept));
                prevLast = last;
            }
            assertEquals(MAX, ranges[ranges.length - 1] & MAX, "the last range ends at the largest fd");
            for (int fd = 0; fd < 300; fd++) {
                int covering = 0;
                for (long r : ranges) {
                    if (fd >= (r >>> 32) && fd <= (r & MAX)) covering++;
                }
                assertEquals(keep.contains(fd) ? 0 : 1, covering, "fd " + fd + " with kept " + Arrays.toString(kept));
            }
            // as few ranges as possible: one per gap before a kept fd, plus the tail
            int gaps = 0;
            int next = 0;
            for (int k : keep) {
                if (k > next) gaps++;
                next = k + 1;
            }
            assertEquals(gaps + 1, ranges.length, "ranges for " + Arrays.toString(kept));
        }
    }

    // ---- the spawn stub, untraced ------------------------------------------------------------

    @TempDir
    Path tmp;

    /**
     * spawn without PTRACE_TRACEME: the child stops itself with SIGSTOP, then (continued) execs the
     * command with exactly the given argv and environment, with every fd closed but the kept ones.
     */
    @Test
    void spawnRunsTheCommandWithItsEnvironmentAndOnlyTheKeptFds() throws Exception {
        Path out = tmp.resolve("out");
        String script = "echo \"$0|$1|$JSTRACE_T|$HOME\" > " + out + "; ls /proc/self/fd >> " + out + "; exit 7";
        List<byte[]> argv = List.of(b("sh"), b("-c"), b(script), b("zero"), b("one"));
        List<byte[]> env = List.of(b("JSTRACE_T=a b"), b("PATH=/usr/bin:/bin"));
        // keep nothing: the JVM's many fds (jars, sockets) must all be closed in the child
        Spawner.Request req = new Spawner.Request(b("/bin/sh"), argv, env, 0, 0, new int[0], 0, false, false);
        int pid = Spawner.spawn(req);
        assertTrue(pid > 0);
        NativeBuffer st = new NativeBuffer(8);
        assertEquals(pid, Kernel.syscall(Sys.WAIT4, pid, st.address, 2 /* WUNTRACED */, 0));
        assertTrue(Wait.stopped(st.getInt(0)), "stopped: 0x" + Integer.toHexString(st.getInt(0)));
        assertEquals(19 /* SIGSTOP */, Wait.stopSig(st.getInt(0)));
        assertEquals(0, Kernel.syscall(Sys.KILL, pid, 18 /* SIGCONT */));
        long r;
        do {
            r = Kernel.syscall(Sys.WAIT4, pid, st.address, 0, 0);
        } while (r == -4);
        assertEquals(pid, r);
        assertTrue(Wait.exited(st.getInt(0)), "exited: 0x" + Integer.toHexString(st.getInt(0)));
        assertEquals(7, Wait.exitCode(st.getInt(0)));
        List<String> lines = Files.readAllLines(out);
        // $0 and $1 from argv, our variable, and nothing of the JVM's environment (HOME is unset)
        assertEquals("zero|one|a b|", lines.get(0));
        List<String> fds = new ArrayList<>(lines.subList(1, lines.size()));
        // ls sees stdout (the redirection, opened as fd 0 or 1) and its own directory fd; nothing of ours
        for (String fd : fds) {
            assertTrue(Integer.parseInt(fd) <= 3, "fd " + fd + " leaked into the child: " + fds);
        }
    }

    @Test
    void spawnOfMissingProgramExitsOne() {
        Spawner.Request req = new Spawner.Request(b("/nonexistent/prog"), List.of(b("prog")), List.of(), 0, 0,
                new int[0], 0, false, false);
        int pid = Spawner.spawn(req);
        NativeBuffer st = new NativeBuffer(8);
        assertEquals(pid, Kernel.syscall(Sys.WAIT4, pid, st.address, 2 /* WUNTRACED */, 0));
        assertTrue(Wait.stopped(st.getInt(0)));
        Kernel.syscall(Sys.KILL, pid, 18);
        assertEquals(pid, Kernel.syscall(Sys.WAIT4, pid, st.address, 0, 0));
        assertTrue(Wait.exited(st.getInt(0)));
        assertEquals(1, Wait.exitCode(st.getInt(0)), "exit_group(1) after the failed execve");
    }

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
    private static List<byte[]> env(String... entries) {
        List<byte[]> out = new ArrayList<>();
        for (String e : entries) out.add(e.getBytes(StandardCharsets.UTF_8));
        return out;
    }

    private static List<String> strings(List<byte[]> env) {
        return env.stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList();
    }

    /** -E in strace's order: replace the first entry in place, append new ones, VAR removes all. */
    @Test
    void envChangesFollowStracesRules() {
        List<byte[]> base = env("A=1", "HOME=/root", "B", "A=2", "AB=3");
        assertEquals(List.of("A=9", "HOME=/root", "B", "A=2", "AB=3", "C=1"),
                strings(Spawner.withChanges(base, List.of("A=9", "C=1"))));
        assertEquals(List.of("HOME=/root", "B", "AB=3"), strings(Spawner.withChanges(base, List.of("A"))));
        // a bare "B" entry is the variable B: replaced, and removed
        assertEquals(List.of("A=1", "HOME=/root", "B=x", "A=2", "AB=3"), strings(Spawner.withChanges(base, List.of("B=x"))));
        assertEquals(List.of("A=1", "HOME=/root", "A=2", "AB=3"), strings(Spawner.withChanges(base, List.of("B"))));
        // later changes see earlier ones; "" and names absent change nothing
        assertEquals(List.of("HOME=/root", "B", "AB=3", "A=3"), strings(Spawner.withChanges(base, List.of("A", "A=3", "", "Z"))));
        assertEquals(List.of("A=1", "HOME=/root", "B", "A=2", "AB=3", "=x", "X=1=2"),
                strings(Spawner.withChanges(base, List.of("=x", "X=1=2"))));
        assertEquals(strings(base), strings(Spawner.withChanges(base, List.of())));
    }
}
