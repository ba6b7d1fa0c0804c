package jstrace.filter;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import jstrace.cli.UsageError;
import jstrace.decode.Signals;
import jstrace.decode.SyscallClass;
import jstrace.table.SyscallTable;

/**
 * strace's -e expressions: [QUALIFIER=][!]VALUE[,VALUE...]. Syscall sets (trace, abbrev, verbose,
 * raw) accept names, all, none, ?name, /regex and %class; classes come from the generated table.
 * A later expression for the same qualifier replaces the earlier one, as in strace.
 */
public final class Qualifiers {
    /** Per syscall number; null = strace's default for that qualifier. */
    public boolean[] trace, abbrev, verbose, raw;
    /** Per signal number (1..64); null = all. */
    public boolean[] signals;
    /** STATUS_* bits to print; all by default. */
    public int status = STATUS_ALL;

    public static final int SUCCESSFUL = 1, FAILED = 2, UNFINISHED = 4, UNAVAILABLE = 8, DETACHED = 16,
            STATUS_ALL = 31;
    /** -e quiet= (null: not given); numbers are the QUIET_* kinds. */
    public NumberSet quiet;
    public static final int QUIET_ATTACH = 0, QUIET_EXIT = 1, QUIET_PATH_RESOLUTION = 2, QUIET_PERSONALITY = 3,
            QUIET_THREAD_EXECVE = 4;
    /** -e decode-pids=comm (-Y); -e decode-fds= as a -y level (-1: not given). */
    public boolean decodePids;
    public int decodeFds = -1;
    /** -e read=, -e write= (fds whose data is dumped), -e trace-fds= (null: not given). */
    public NumberSet readFds, writeFds, traceFds;
    /** -e inject= / -e fault=: per syscall number, what to do to it (null: nothing injected at all). */
    public Injection[] inject;

    public static Qualifiers parse(List<String> expressions) {
        Qualifiers q = new Qualifiers();
        for (String e : expressions) q.apply(e);
        return q;
    }

    private void apply(String expr) {
        int eq = expr.indexOf('=');
        String name = eq < 0 ? "trace" : expr.substring(0, eq);
        String value = eq < 0 ? expr : expr.substring(eq + 1);
        switch (name) {
            case "trace", "t" -> trace = syscallSet(eq < 0 ? expr : value);
            case "abbrev", "a" -> abbrev = syscallSet(value);
            case "verbose", "v" -> verbose = syscallSet(value);
            case "raw", "x" -> raw = syscallSet(value);
            case "signal", "signals", "s" -> signals = signalSet(value);
            case "status" -> status = statusSet(value);
            case "quiet", "silent", "silence", "q" -> quiet = NumberSet.parse(value, Qualifiers::quietKind, "quiet");
            case "read", "reads", "r" -> readFds = NumberSet.parse(value, NumberSet::uint, "descriptor");
            case "write", "writes", "w" -> writeFds = NumberSet.parse(value, NumberSet::uint, "descriptor");
            case "trace-fds", "trace-fd", "fd", "fds" -> traceFds = NumberSet.parse(value, NumberSet::uint, "descriptor");
            case "decode-pids" -> decodePids = NumberSet.parse(value, s -> s.equals("comm") ? 0 : s.equals("pidns") ? 1 : -1,
                    "decode-pids").contains(0);
            case "decode-fds" -> {
                NumberSet set = NumberSet.parse(value, s -> switch (s) {
                    case "path" -> 0;
                    case "socket" -> 1;
                    case "dev" -> 2;
                    case "pidfd" -> 3;
                    default -> -1;
                }, "decode-fds");
                // jstrace's levels: 1 paths (-y), 2 also socket and device details (-yy)
                decodeFds = set.contains(1) || set.contains(2) ? 2 : set.contains(0) ? 1 : 0;
            }
            case "inject", "fault" -> {
                if (inject == null) inject = new Injection[SyscallTable.MAX + 1];
                Injection.parse(value, name.equals("fault"), inject, m -> System.err.println("jstrace: " + m));
            }
            case "kvm" ->
                    throw new UsageError("-e " + name + "= is not implemented yet", false);
            default -> {
                // strace reads an unknown qualifier as a syscall list: "invalid system call 'x=y'"
                trace = syscallSet(expr);
            }
        }
    }

    /** A set of syscall numbers. */
    static boolean[] syscallSet(String spec) {
        int n = SyscallTable.MAX + 1;
        boolean[] set = new boolean[n];
        // each leading '!' inverts the rest, as in strace
        boolean negate = false;
        String list = spec;
        while (list.startsWith("!")) {
            negate = !negate;
            list = list.substring(1);
        }
        for (String item : list.split(",", -1)) {
            boolean optional = item.startsWith("?");
            String it = optional ? item.substring(1) : item;
            if (!add(set, it) && !optional) throw new UsageError("invalid system call '" + item + "'", false);
        }
        if (negate) {
            for (int i = 0; i < n; i++) set[i] = !set[i];
        }
        return set;
    }

    private static boolean add(boolean[] set, String it) {
        if (it.equals("all")) {
            java.util.Arrays.fill(set, true);
            return true;
        }
        if (it.equals("none")) return true;
        if (it.startsWith("/")) {
            Pattern p;
            try {
                p = Pattern.compile(it.substring(1));
            } catch (PatternSyntaxException e) {
                throw new UsageError("invalid regular expression '" + it.substring(1) + "'", false);
            }
            boolean any = false;
            for (int i = 0; i < set.length; i++) {
                String nm = SyscallTable.NAMES[i];
                if (nm != null && p.matcher(nm).find()) set[i] = any = true;
            }
            return any;
        }
        String cls = it.startsWith("%") ? it.substring(1) : it;
        int bit = classBit(cls);
        if (bit != 0) {
            for (int i = 0; i < set.length; i++) {
                if ((SyscallTable.CLASSES[i] & bit) != 0) set[i] = true;
            }
            return true;
        }
        String nm = it.endsWith("@64") ? it.substring(0, it.length() - 3) : it;
        boolean any = false;
        for (int i = 0; i < set.length; i++) {
            if (nm.equals(SyscallTable.NAMES[i])) set[i] = any = true;
        }
        return any;
    }

    /** strace's class names (with or without %): %file, %net/%network, %%stat, ... */
    private static int classBit(String name) {
        return switch (name) {
            case "file" -> SyscallClass.FILE;
            case "process" -> SyscallClass.PROCESS;
            case "net", "network" -> SyscallClass.NET;
            case "signal" -> SyscallClass.SIGNAL;
            case "ipc" -> SyscallClass.IPC;
            case "desc" -> SyscallClass.DESC;
            case "memory" -> SyscallClass.MEMORY;
            case "creds" -> SyscallClass.CREDS;
            case "clock" -> SyscallClass.CLOCK;
            case "stat" -> SyscallClass.STAT;
            case "lstat" -> SyscallClass.LSTAT;
            case "fstat" -> SyscallClass.FSTAT;
            case "%stat" -> SyscallClass.STAT_LIKE;
            case "statfs" -> SyscallClass.STATFS;
            case "fstatfs" -> SyscallClass.FSTATFS;
            case "%statfs" -> SyscallClass.STATFS_LIKE;
            case "pure" -> SyscallClass.PURE;
            default -> 0;
        };
    }

    static boolean[] signalSet(String spec) {
        boolean[] set = new boolean[65];
        boolean negate = spec.startsWith("!");
        for (String item : (negate ? spec.substring(1) : spec).split(",", -1)) {
            if (item.equals("all")) {
                java.util.Arrays.fill(set, true);
                continue;
            }
            if (item.equals("none")) continue;
            int sig = signalNumber(item);
            if (sig <= 0) throw new UsageError("invalid signal '" + item + "'", false);
            set[sig] = true;
        }
        if (negate) {
            for (int i = 0; i < set.length; i++) set[i] = !set[i];
        }
        return set;
    }

    /** A signal name, case-insensitive, with or without SIG; -1 if unknown. */
    static int signalByName(String s) {
        if (s.isEmpty() || Character.isDigit(s.charAt(0))) return -1;
        return signalNumber(s);
    }

    private static int signalNumber(String s) {
        if (!s.isEmpty() && Character.isDigit(s.charAt(0))) {
            try {
                int n = Integer.parseInt(s);
                return n >= 1 && n <= 64 ? n : -1;
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        String full = s.toUpperCase(java.util.Locale.ROOT);
        if (!full.startsWith("SIG")) full = "SIG" + full;
        for (int i = 1; i <= 64; i++) {
            if (full.equals(Signals.name(i))) return i;
        }
        return -1;
    }

    static int statusSet(String spec) {
        NumberSet set = NumberSet.parse(spec, Qualifiers::statusBit, "status");
        int bits = 0;
        for (int b = 0; b < 5; b++) {
            if (set.contains(b)) bits |= 1 << b;
        }
        return bits;
    }

    /** The bit number of a -e status= word (SUCCESSFUL is 1 << 0 ...), or -1. */
    private static int statusBit(String s) {
        return switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case "successful" -> 0;
            case "failed" -> 1;
            case "unfinished" -> 2;
            case "unavailable" -> 3;
            case "detached" -> 4;
            default -> -1;
        };
    }

    private static int quietKind(String s) {
        return switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case "attach" -> QUIET_ATTACH;
            case "exit", "exits" -> QUIET_EXIT;
            case "path-resolution" -> QUIET_PATH_RESOLUTION;
            case "personality" -> QUIET_PERSONALITY;
            case "superseded", "thread-execve" -> QUIET_THREAD_EXECVE;
            default -> -1;
        };
    }

    /** -q, -qq, -qqq as the quiet sets strace gives them. */
    public static NumberSet quietLevel(int q) {
        return NumberSet.parse(q == 1 ? "attach,personality" : q == 2 ? "exit,attach,personality" : "all",
                Qualifiers::quietKind, "quiet");
    }
}
