package jstrace.nativ;

import static jstrace.nativ.Kernel.MEM;

import java.io.IOException;
import jstrace.decode.Errno;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Starts a command stopped under ptrace without fork() in the JVM: the spawn stub forks with a raw
 * syscall and the child only runs raw syscalls until execve.
 *
 * <p>The child gets what the user's shell gave jstrace: the launcher's original environment block
 * (order included), its open fds (every other fd, the JVM's own, is closed), its signal mask and its
 * ignored signals. The launcher passes those facts as system properties (see scripts/jstrace).
 */
public final class Spawner {
    private Spawner() {}

    /** What to run and with what process state. */
    public record Request(byte[] path, List<byte[]> argv, List<byte[]> env, long sigmask, long ignored,
                          int[] keptFds, long seccompProgram, boolean noNewPrivs, boolean traceme, RunAs runAs,
                          int[] dups, byte[] cwd) {
        public Request(byte[] path, List<byte[]> argv, List<byte[]> env, long sigmask, long ignored,
                       int[] keptFds, long seccompProgram, boolean noNewPrivs, boolean traceme) {
            this(path, argv, env, sigmask, ignored, keptFds, seccompProgram, noNewPrivs, traceme, null);
        }

        public Request(byte[] path, List<byte[]> argv, List<byte[]> env, long sigmask, long ignored,
                       int[] keptFds, long seccompProgram, boolean noNewPrivs, boolean traceme, RunAs runAs) {
            this(path, argv, env, sigmask, ignored, keptFds, seccompProgram, noNewPrivs, traceme, runAs, new int[0], null);
        }

        /** The same request with fds moved into place ({from, to} pairs, dup2 in the child) and a working directory. */
        public Request redirected(int[] dups, byte[] cwd) {
            return new Request(path, argv, env, sigmask, ignored, keptFds, seccompProgram, noNewPrivs, traceme, runAs, dups, cwd);
        }
    }

    /**
     * -u: the credentials the child takes just before execve: supplementary groups (initgroups), real
     * and effective gid (setresgid, saved = effective) and uid (setresuid).
     */
    public record RunAs(int uid, int gid, int euid, int egid, int[] groups) {}

    /** The spawn parameter block: see src/main/asm/spawn.S for its layout. */
    private static final int BLOCK_SIZE = 192;

    /** Returns the child's pid; it is stopped by its own SIGSTOP, traced (TRACEME) when requested. */
    public static int spawn(Request r) {
        long block = MEM.allocateMemory(BLOCK_SIZE, true);
        MEM.setMemory(block, BLOCK_SIZE, (byte) 0);
        MEM.putLong(block, NativeBuffer.cString(r.path()));
        MEM.putLong(block + 8, pointerArray(r.argv()));
        MEM.putLong(block + 16, pointerArray(r.env()));
        MEM.putLong(block + 24, r.sigmask());
        MEM.putLong(block + 32, r.ignored());
        long[] ranges = closeRanges(r.keptFds());
        long rangeArray = MEM.allocateMemory(Math.max(8, ranges.length * 8L), true);
        for (int i = 0; i < ranges.length; i++) {
            MEM.putInt(rangeArray + 8L * i, (int) (ranges[i] >>> 32));
            MEM.putInt(rangeArray + 8L * i + 4, (int) ranges[i]);
        }
        MEM.putLong(block + 40, rangeArray);
        MEM.putLong(block + 48, ranges.length);
        MEM.putLong(block + 56, 1); // struct kernel_sigaction { .handler = SIG_IGN }
        MEM.putLong(block + 88, r.seccompProgram());
        MEM.putLong(block + 96, r.traceme() ? 1 : 0);
        MEM.putLong(block + 104, r.noNewPrivs() ? 1 : 0);
        RunAs u = r.runAs();
        if (u != null) {
            long groups = MEM.allocateMemory(Math.max(4, 4L * u.groups().length), true);
            for (int i = 0; i < u.groups().length; i++) MEM.putInt(groups + 4L * i, u.groups()[i]);
            MEM.putLong(block + 112, 1);
            MEM.putLong(block + 120, groups);
            MEM.putLong(block + 128, u.groups().length);
            MEM.putLong(block + 136, Integer.toUnsignedLong(u.gid()));
            MEM.putLong(block + 144, Integer.toUnsignedLong(u.egid()));
            MEM.putLong(block + 152, Integer.toUnsignedLong(u.uid()));
            MEM.putLong(block + 160, Integer.toUnsignedLong(u.euid()));
        }
        int[] dups = r.dups() == null ? new int[0] : r.dups();
        long pairs = MEM.allocateMemory(Math.max(8, 4L * dups.length), true);
        for (int i = 0; i < dups.length; i++) MEM.putInt(pairs + 4L * i, dups[i]);
        MEM.putLong(block + 168, pairs);
        MEM.putLong(block + 176, dups.length / 2);
        MEM.putLong(block + 184, r.cwd() == null ? 0 : NativeBuffer.cString(r.cwd()));
        long pid = Kernel.spawn(block);
        if (Kernel.failed(pid)) {
            throw new IllegalStateException("fork: " + Errno.message((int) -pid));
        }
        return (int) pid;
    }

    /**
     * Spawns a command that is not traced ({@code r.traceme()} false) and lets it go on past the spawn
     * stub's own SIGSTOP. Returns its pid; it is a child of the calling thread, which must reap it.
     */
    public static int startUntraced(Request r) {
        int pid = spawn(r);
        NativeBuffer status = new NativeBuffer(8);
        try {
            Wait.forPid(pid, status.address, WUNTRACED);
        } finally {
            status.free();
        }
        Kernel.syscall(Sys.KILL, pid, SIGCONT);
        return pid;
    }

    private static final int WUNTRACED = 2, SIGCONT = 18;

    /** Whether this process may install a seccomp filter without no_new_privs (CAP_SYS_ADMIN effective). */
    public static boolean mayFilterWithoutNoNewPrivs() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("CapEff:")) {
                    return (Long.parseUnsignedLong(line.substring(7).trim(), 16) & (1L << 21)) != 0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // unknown: assume not
        }
        return false;
    }

    /** fd ranges [first,last] (packed first<<32|last) covering every fd not in {@code kept}. */
    static long[] closeRanges(int[] kept) {
        TreeSet<Integer> keep = new TreeSet<>();
        for (int fd : kept) keep.add(fd);
        List<Long> out = new ArrayList<>();
        long next = 0;
        for (int fd : keep) {
            if (fd > next) out.add((next << 32) | (fd - 1));
            next = fd + 1L;
        }
        out.add((next << 32) | 0xffffffffL);
        long[] ranges = new long[out.size()];
        for (int i = 0; i < ranges.length; i++) ranges[i] = out.get(i);
        return ranges;
    }

    static long pointerArray(List<byte[]> strings) {
        long arr = MEM.allocateMemory(8L * (strings.size() + 1), true);
        for (int i = 0; i < strings.size(); i++) {
            MEM.putLong(arr + 8L * i, NativeBuffer.cString(strings.get(i)));
        }
        MEM.putLong(arr + 8L * strings.size(), 0);
        return arr;
    }

    /**
     * The environment block jstrace was given: the launcher's copy of its own /proc/PID/environ
     * (property jstrace.environ, a file in a private directory made for it alone: both are deleted
     * here, read or not, as the first thing jstrace does), else this process's own.
     */
    public static List<byte[]> originalEnvironment() {
        String copy = System.getProperty("jstrace.environ");
        byte[] block;
        try {
            if (copy != null && !copy.isEmpty()) {
                Path p = Path.of(copy);
                try {
                    block = Files.readAllBytes(p);
                } finally {
                    Files.deleteIfExists(p);
                    deleteEmptyDirectory(p.toAbsolutePath().getParent());
                }
            } else {
                block = Files.readAllBytes(Path.of("/proc/self/environ"));
            }
        } catch (IOException e) {
            block = new byte[0];
        }
        return split(block);
    }

    /** This process's environment as it started (/proc/self/environ, in its order). */
    public static List<byte[]> currentEnvironment() {
        try {
            return split(Files.readAllBytes(Path.of("/proc/self/environ")));
        } catch (IOException e) {
            return new ArrayList<>();
        }
    }

    private static List<byte[]> split(byte[] block) {
        List<byte[]> env = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < block.length; i++) {
            if (block[i] == 0) {
                if (i > start) env.add(java.util.Arrays.copyOfRange(block, start, i));
                start = i + 1;
            }
        }
        if (start < block.length) env.add(java.util.Arrays.copyOfRange(block, start, block.length));
        return env;
    }

    /** The launcher's directory (mktemp -d TMPDIR/jstrace.XXXXXX), once empty; never any other. */
    private static void deleteEmptyDirectory(Path dir) {
        if (dir == null || dir.getFileName() == null || !dir.getFileName().toString().startsWith("jstrace.")) return;
        try {
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // not empty: something else is in it, leave it
        }
    }

    /**
     * The fds to pass on: those the launcher's shell had open (property jstrace.fds; else 0, 1, 2) that
     * are still open and are not the JVM's own (files under java.home or beside jstrace's jar: the
     * launcher's directory-listing fd may have been reused by the JVM) nor {@code exclude} (our output).
     */
    public static int[] inheritedFds(int exclude) {
        String list = System.getProperty("jstrace.fds");
        int[] candidates = list == null || list.isBlank() ? new int[] {0, 1, 2}
                : numbers(list);
        String javaHome = System.getProperty("java.home");
        String appDir = null;
        try {
            appDir = Path.of(Spawner.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent().toString();
        } catch (Exception e) {
            // running from classes: no jar directory to exclude
        }
        List<Integer> kept = new ArrayList<>();
        for (int fd : candidates) {
            if (fd == exclude) continue;
            String target;
            try {
                target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            } catch (IOException e) {
                continue; // not open any more
            }
            if (javaHome != null && target.startsWith(javaHome + "/")) continue;
            if (appDir != null && target.startsWith(appDir + "/")) continue;
            kept.add(fd);
        }
        int[] fds = new int[kept.size()];
        for (int i = 0; i < fds.length; i++) fds[i] = kept.get(i);
        return fds;
    }

    /** The numbers of a list separated by spaces or commas (no regex: start-up time). */
    private static int[] numbers(String list) {
        List<Integer> out = new ArrayList<>();
        int n = -1;
        for (int i = 0; i <= list.length(); i++) {
            char ch = i < list.length() ? list.charAt(i) : ' ';
            if (ch >= '0' && ch <= '9') n = (n < 0 ? 0 : n * 10) + (ch - '0');
            else if (n >= 0) {
                out.add(n);
                n = -1;
            }
        }
        int[] r = new int[out.size()];
        for (int i = 0; i < r.length; i++) r[i] = out.get(i);
        return r;
    }

    /** A hex mask from a launcher property (SigBlk / SigIgn of its /proc/PID/status), else 0. */
    public static long maskProperty(String name) {
        String v = System.getProperty(name);
        return v == null || v.isBlank() ? 0 : Long.parseUnsignedLong(v.trim(), 16);
    }

    /**
     * The environment with strace's -E changes applied in order: "VAR=VAL" replaces the first entry
     * named VAR (an entry "VAR=..." or a bare "VAR") or is appended; "VAR" removes every such entry.
     */
    public static List<byte[]> withChanges(List<byte[]> env, List<String> changes) {
        if (changes.isEmpty()) return env;
        List<byte[]> out = new ArrayList<>(env);
        for (String change : changes) {
            byte[] c = change.getBytes(StandardCharsets.UTF_8);
            int eq = change.indexOf('=');
            int keyLen = eq < 0 ? c.length : change.substring(0, eq).getBytes(StandardCharsets.UTF_8).length;
            if (eq >= 0) {
                int i = 0;
                while (i < out.size() && !named(out.get(i), c, keyLen)) i++;
                if (i < out.size()) out.set(i, c);
                else out.add(c);
            } else {
                out.removeIf(e -> named(e, c, keyLen));
            }
        }
        return out;
    }

    /** Whether {@code entry} is the variable whose name is the first {@code keyLen} bytes of {@code key}. */
    private static boolean named(byte[] entry, byte[] key, int keyLen) {
        if (entry.length < keyLen || !java.util.Arrays.equals(entry, 0, keyLen, key, 0, keyLen)) return false;
        return entry.length == keyLen || entry[keyLen] == '=';
    }

    /** Looks up an environment variable in a raw environment block. */
    public static String getenv(List<byte[]> env, String name) {
        byte[] prefix = (name + "=").getBytes(StandardCharsets.UTF_8);
        for (byte[] e : env) {
            if (e.length >= prefix.length && java.util.Arrays.equals(e, 0, prefix.length, prefix, 0, prefix.length)) {
                return new String(e, prefix.length, e.length - prefix.length, StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
