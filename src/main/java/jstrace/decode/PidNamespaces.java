package jstrace.decode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import jstrace.nativ.Kernel;
import jstrace.nativ.NativeBuffer;

/**
 * --decode-pids=pidns (--pidns-translation): a pid a tracee in another PID namespace names, as
 * jstrace's namespace numbers it. /proc (jstrace's) lists every task with its ids in each namespace
 * it is visible in (the NSpid, NStgid, NSpgid and NSsid lines of its status, outermost first); the
 * task a tracee's id means is the one whose id at the tracee's depth is that id and whose namespace
 * at that depth is the tracee's. Found ids are cached and checked again before use (pids are reused).
 *
 * /proc itself may belong to an outer namespace (jstrace run by {@code unshare -p} without a new
 * /proc): its directories are then named by the outer numbers, not by the pids ptrace gives
 * jstrace, so every /proc path of a tracee goes through {@link #procDir}.
 */
public final class PidNamespaces {
    private PidNamespaces() {}

    /** Which id of a task a number is, and the line of /proc/PID/status that lists it per namespace. */
    public enum Kind {
        TID("NSpid:"), TGID("NStgid:"), PGID("NSpgid:"), SID("NSsid:");

        final String statusLine;

        Kind(String statusLine) {
            this.statusLine = statusLine;
        }
    }

    private static final int SYS_CLOSE = 3, SYS_IOCTL = 16, SYS_OPENAT = 257, AT_FDCWD = -100,
            O_RDONLY_CLOEXEC = 02000000;
    /** linux/nsfs.h: NS_GET_PARENT = _IO(NSIO 0xb7, 0x2), an fd of the parent PID namespace. */
    private static final long NS_GET_PARENT = 0xb702;

    /** (namespace, kind, id) to the /proc path of the task found for it last time. */
    private static final Map<String, String> found = new HashMap<>();
    /** jstrace's pid to /proc's directory of it, when /proc is an outer namespace's. */
    private static final Map<Integer, String> procDirs = new HashMap<>();
    /** Index of jstrace's own namespace in /proc's NS* lists (0: /proc is jstrace's); -1 until read. */
    private static volatile int ownDepth = -1;
    private static String ownNamespace;

    private static int ownDepth() {
        int d = ownDepth;
        if (d < 0) {
            synchronized (PidNamespaces.class) {
                ownNamespace = namespace("/proc/self");
                int[] self = ids("/proc/self", Kind.TID);
                ownDepth = d = self == null ? 0 : self.length - 1;
            }
        }
        return d;
    }

    /** Whether /proc numbers tasks as jstrace does (else a task's directory is found by a scan of /proc). */
    public static boolean procIsOwn() {
        return ownDepth() == 0;
    }

    /**
     * The /proc directory of the task jstrace (ptrace, wait) calls {@code tid}: "/proc/TID" when /proc
     * is jstrace's, else the outer number found by the tasks' NSpid lines; "/proc/TID" when none is found.
     */
    public static String procDir(int tid) {
        if (ownDepth() == 0) return "/proc/" + tid;
        synchronized (PidNamespaces.class) {
            String cached = procDirs.get(tid);
            if (cached != null) {
                int[] ids = ids(cached, Kind.TID);
                if (ids != null && ids.length > ownDepth && ids[ownDepth] == tid) return cached;
                procDirs.remove(tid);
            }
            Task task = scan(ownNamespace, ownDepth, tid, Kind.TID);
            if (task == null) return "/proc/" + tid;
            String dir = "/proc/" + task.ids[0]; // a thread's own directory, outside its group's task/
            procDirs.put(tid, dir);
            return dir;
        }
    }

    /**
     * The id {@code id} (of {@code kind}) that the tracee {@code tid} sees, in jstrace's namespace;
     * {@code id} itself when the tracee shares jstrace's namespace; 0 when no such task exists.
     */
    public static synchronized int translate(int tid, int id, Kind kind) {
        if (id <= 0) return 0;
        int base = ownDepth();
        String tracee = procDir(tid);
        String ns = namespace(tracee);
        if (ns == null) return 0;
        if (ns.equals(ownNamespace)) return id;
        int[] own = ids(tracee, Kind.TID);
        if (own == null) return 0;
        int depth = own.length - 1; // index of the tracee's namespace in /proc's lists
        String key = ns + ' ' + kind + ' ' + id;
        String cached = found.get(key);
        if (cached != null) {
            int[] ids = match(cached, ns, depth, id, kind);
            if (ids != null) return ids[base];
            found.remove(key);
        }
        Task task = scan(ns, depth, id, kind);
        if (task == null) return 0;
        found.put(key, task.dir);
        return task.ids.length <= base ? 0 : task.ids[base];
    }

    /** A task's /proc path and its ids of the kind looked for, outermost namespace first. */
    private record Task(String dir, int[] ids) {}

    /** The task whose id of {@code kind} at {@code depth}, in namespace {@code ns}, is {@code id}; or null. */
    private static Task scan(String ns, int depth, int id, Kind kind) {
        String[] procs = new java.io.File("/proc").list();
        if (procs == null) return null;
        for (String p : procs) {
            if (p.isEmpty() || p.charAt(0) < '0' || p.charAt(0) > '9') continue;
            String[] tasks = kind == Kind.TID ? new java.io.File("/proc/" + p + "/task").list() : null;
            for (String dir : tasks != null ? prefixed("/proc/" + p + "/task/", tasks) : new String[] {"/proc/" + p}) {
                int[] ids = match(dir, ns, depth, id, kind);
                if (ids != null) return new Task(dir, ids);
            }
        }
        return null;
    }

    private static String[] prefixed(String prefix, String[] names) {
        String[] out = new String[names.length];
        for (int i = 0; i < names.length; i++) out[i] = prefix + names[i];
        return out;
    }

    /** The task at {@code dir}'s ids of {@code kind}, if its id at {@code depth} in {@code ns} is {@code id}; else null. */
    private static int[] match(String dir, String ns, int depth, int id, Kind kind) {
        int[] ids = ids(dir, kind);
        if (ids == null || ids.length <= depth || ids[depth] != id) return null;
        int[] tids = kind == Kind.TID ? ids : ids(dir, Kind.TID);
        if (tids == null || tids.length <= depth) return null;
        return ns.equals(ancestor(dir, tids.length - 1 - depth)) ? ids : null;
    }

    /** "pid:[INODE]" of the PID namespace of the task at {@code dir}, or null if it is gone. */
    private static String namespace(String dir) {
        try {
            return Files.readSymbolicLink(Path.of(dir, "ns", "pid")).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    /** The namespace {@code up} levels above the task's own (0: its own), by NS_GET_PARENT. */
    private static String ancestor(String dir, int up) {
        if (up == 0) return namespace(dir);
        long path = NativeBuffer.cString((dir + "/ns/pid").getBytes(StandardCharsets.UTF_8));
        long fd = Kernel.syscall(SYS_OPENAT, AT_FDCWD, path, O_RDONLY_CLOEXEC);
        Kernel.MEM.freeMemory(path);
        if (Kernel.failed(fd)) return null;
        for (int i = 0; i < up; i++) {
            long parent = Kernel.syscall(SYS_IOCTL, fd, NS_GET_PARENT);
            Kernel.syscall(SYS_CLOSE, fd);
            if (Kernel.failed(parent)) return null;
            fd = parent;
        }
        String ns;
        try {
            ns = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
        } catch (IOException e) {
            ns = null;
        }
        Kernel.syscall(SYS_CLOSE, fd);
        return ns;
    }

    /** The ids of {@code kind} in the task's status, outermost namespace first; null if it is gone. */
    private static int[] ids(String dir, Kind kind) {
        String status;
        try {
            status = new String(Files.readAllBytes(Path.of(dir, "status")), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return null;
        }
        int at = status.startsWith(kind.statusLine) ? 0 : status.indexOf("\n" + kind.statusLine) + 1;
        if (at <= 0 && !status.startsWith(kind.statusLine)) return null;
        int end = status.indexOf('\n', at);
        // the numbers, separated by tabs (split("\\s+") would compile a regex on the start-up path)
        String line = status.substring(at + kind.statusLine.length(), end < 0 ? status.length() : end);
        int[] out = new int[line.length() / 2 + 1];
        int n = 0;
        for (int i = 0; i < line.length(); ) {
            if (Character.isWhitespace(line.charAt(i))) {
                i++;
                continue;
            }
            int from = i;
            while (i < line.length() && !Character.isWhitespace(line.charAt(i))) i++;
            try {
                out[n++] = Integer.parseInt(line, from, i, 10);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return n == 0 ? null : java.util.Arrays.copyOf(out, n);
    }

    /** " /* N in strace's PID NS *&#47;" (strace's words) after a pid the tracee sees otherwise than jstrace. */
    static void comment(StringBuilder out, Call c, long value, Kind kind) {
        if (c.opts().pidnsTranslation) comment(out, c.pid, value, kind);
    }

    /** The same comment after an id the tracee {@code tid} sees. */
    static void comment(StringBuilder out, int tid, long value, Kind kind) {
        int id = (int) value, ours = translate(tid, id, kind);
        if (ours != 0 && ours != id) out.append(" /* ").append(ours).append(" in strace's PID NS */");
    }
}
