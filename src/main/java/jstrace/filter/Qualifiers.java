package jstrace.filter;

import java.util.List;
import jstrace.cli.UsageError;
import jstrace.decode.Signals;
import jstrace.decode.SyscallClass;
import jstrace.table.SyscallTable;
import jstrace.table.SyscallTable32;

/**
 * strace's -e expressions: [QUALIFIER=][!]VALUE[,VALUE...]. Syscall sets (trace, abbrev, verbose,
 * raw) accept names, all, none, ?name, /regex and %class; classes come from the generated table.
 * A later expression for the same qualifier replaces the earlier one, as in strace.
 */
public final class Qualifiers {
    /** Per syscall number; null = strace's default for that qualifier. */
    public boolean[] trace, abbrev, verbose, raw;
    /** -e trace= of the i386 calls (int $0x80), by i386 number; null = all. */
    public boolean[] trace32;
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
    /** -e kvm=vcpu: KVM exit reasons after ioctl(KVM_RUN) (accepted; see README). */
    public boolean kvmVcpu;
    /** -e namespace=new: print the namespaces clone, clone3, unshare and setns entered. */
    public boolean newNamespaces;
    /** -e decode-pids=comm (-Y); -e decode-fds= as Decoding.FD_* bits (-1: not given). */
    public boolean decodePids;
    /** --decode-pids=pidns: pids of tracees in other PID namespaces also as jstrace's namespace numbers them. */
    public boolean pidnsTranslation;
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

    /** strace's -e names, each with the qualifier it sets (the first of a row is the canonical one). */
    private static final String[][] NAMES = {
            {"trace", "t"}, {"abbrev", "a"}, {"verbose", "v"}, {"raw", "x"}, {"signal", "signals", "s"},
            {"status"}, {"quiet", "silent", "silence", "q"}, {"read", "reads", "r"}, {"write", "writes", "w"},
            {"fault"}, {"inject"}, {"kvm"}, {"namespace"}, {"decode-fds", "decode-fd"}, {"decode-pids", "decode-pid"},
            {"secontext"}, {"trace-fds", "trace-fd", "fd", "fds"}};

    /**
     * One -e expression, [QUALIFIER=]VALUE: a known name followed by '=' selects the qualifier,
     * anything else is a syscall set (strace: "invalid system call 'x=y'"). Returns the canonical
     * name of the qualifier it set ("trace", "quiet", ...).
     */
    public String apply(String expr) {
        for (String[] row : NAMES) {
            for (String name : row) {
                if (expr.length() > name.length() && expr.startsWith(name) && expr.charAt(name.length()) == '=') {
                    qualify(row[0], expr.substring(name.length() + 1));
                    return row[0];
                }
            }
        }
        qualify("trace", expr);
        return "trace";
    }

    /** Sets qualifier {@code kind} (a name of {@link #apply}'s table, or a long option's) to {@code value}. */
    public void qualify(String kind, String value) {
        switch (kind) {
            case "trace", "t" -> {
                trace = withUnnamed(syscallSet(value), 0);
                trace32 = withUnnamed(syscallSet(value, 1), 1);
            }
            case "abbrev", "a" -> abbrev = syscallSet(value);
            case "verbose", "v" -> verbose = syscallSet(value);
            case "raw", "x" -> raw = syscallSet(value);
            case "signal", "signals", "s" -> signals = signalSet(value);
            case "status" -> status = statusSet(value);
            case "quiet", "silent", "silence", "q" -> quiet = NumberSet.parse(value, Qualifiers::quietKind, "quiet");
            case "read", "reads", "r" -> readFds = NumberSet.parse(value, NumberSet::uint, "descriptor");
            case "write", "writes", "w" -> writeFds = NumberSet.parse(value, NumberSet::uint, "descriptor");
            case "trace-fds", "trace-fd", "fd", "fds" -> traceFds = NumberSet.parse(value, NumberSet::uint, "descriptor");
            case "decode-pids", "decode-pid" -> {
                NumberSet set = NumberSet.parse(value, s -> s.equals("comm") ? 0 : s.equals("pidns") ? 1 : -1, "decode-pids");
                decodePids = set.contains(0);
                pidnsTranslation = set.contains(1);
            }
            case "decode-fds", "decode-fd" -> {
                NumberSet set = NumberSet.parse(value, s -> switch (s) {
                    case "path" -> 0;
                    case "socket" -> 1;
                    case "dev" -> 2;
                    case "pidfd" -> 3;
                    case "eventfd" -> 4;
                    case "signalfd" -> 5;
                    default -> -1;
                }, "decode-fds");
                int bits = 0;
                for (int b = 0; b < 6; b++) {
                    if (set.contains(b)) bits |= 1 << b;
                }
                decodeFds = bits;
            }
            case "inject", "fault" -> {
                if (inject == null) inject = new Injection[SyscallTable.MAX + 1];
                Injection.parse(value, kind.equals("fault"), inject, m -> System.err.println("jstrace: " + m));
            }
            case "kvm" -> {
                if (!value.equals("vcpu")) throw new UsageError("invalid -e kvm= argument: '" + value + "'", false);
                kvmVcpu = true;
            }
            case "namespace" -> {
                if (!value.equals("new")) throw new UsageError("invalid -e namespace= argument: '" + value + "'", false);
                newNamespaces = true;
            }
            case "secontext" ->
                    throw new UsageError("SELinux context printing (--secontext option) is not supported by this build of jstrace", false);
            default -> throw new IllegalArgumentException(kind);
        }
    }

    /**
     * A set of syscall numbers, as strace reads one: each leading '!' inverts the rest; "none" and
     * "all" alone; else comma-separated tokens (empty ones do not exist), each a number, a /regex
     * (POSIX extended), a class (%file, %%stat, legacy file, desc...), or a name, optionally with
     * '?' in front (no error when it matches nothing) and @64, @32 or @x32 after (one personality
     * only). Names and numbers of the i386 and x32 personalities are valid too, as in strace; the
     * set is of x86_64 numbers ({@link #syscallSet(String, int)} gives the i386 one).
     */
    public static boolean[] syscallSet(String spec) {
        return syscallSet(spec, 0);
    }

    /** The set of personality {@code target}'s numbers (0 x86_64, 1 i386) that {@code spec} names. */
    public static boolean[] syscallSet(String spec, int target) {
        int n = names(target).length;
        boolean[] set = new boolean[n];
        boolean negate = false;
        String list = spec;
        while (list.startsWith("!")) {
            negate = !negate;
            list = list.substring(1);
        }
        if (list.equals("none") || list.equals("all")) {
            if (list.equals("all") != negate) java.util.Arrays.fill(set, true);
            return set;
        }
        boolean done = false;
        for (String token : list.split(",")) {
            if (token.isEmpty()) continue;
            done = syscallToken(token, set, target);
            if (!done) throw new UsageError("invalid system call '" + token + "'", false);
        }
        if (!done) throw new UsageError("invalid system call '" + spec + "'", false);
        if (negate) {
            for (int i = 0; i < n; i++) set[i] = !set[i];
        }
        return set;
    }

    private static final String[] PERSONALITIES = {"64", "32", "x32"};

    /** One token of a syscall set; false when it names nothing (and has no '?'). */
    private static boolean syscallToken(String token, boolean[] set, int target) {
        boolean rc = false;
        String t = token;
        while (t.startsWith("?")) {
            t = t.substring(1);
            rc = true;
        }
        int at = t.lastIndexOf('@');
        if (at >= 0) {
            String designator = t.substring(at + 1);
            for (int p = 0; p < PERSONALITIES.length; p++) {
                if (PERSONALITIES[p].equals(designator)) return personality(t.substring(0, at), p, set, target) | rc;
            }
            throw new UsageError("incorrect personality designator '" + designator + "' in qualification '" + t + "'", true);
        }
        for (int p = 0; p < PERSONALITIES.length; p++) rc |= personality(t, p, set, target);
        return rc;
    }

    /**
     * A token for personality {@code p} (0 x86_64, 1 i386, 2 x32): marks what it names in {@code set}
     * when that is the set's personality ({@code target}); for another one it only says whether the
     * token names anything there (x32 calls are never traced, so x32 is never a target).
     */
    private static boolean personality(String t, int p, boolean[] set, int target) {
        if (p != target) {
            if (p != 2) return personality(t, p, new boolean[names(p).length], p);
            if (!t.isEmpty() && t.charAt(0) >= '0' && t.charAt(0) <= '9') {
                int nr = NumberSet.uint(t);
                return nr >= 0 && t.chars().allMatch(Character::isDigit) && OtherPersonalities.number(p, nr);
            }
            if (t.startsWith("/")) return regex(t.substring(1), p, null);
            return classBit(t) >= 0 || OtherPersonalities.name(p, t);
        }
        String[] names = names(p);
        if (!t.isEmpty() && t.charAt(0) >= '0' && t.charAt(0) <= '9') {
            int nr = NumberSet.uint(t);
            if (nr < 0 || !t.chars().allMatch(Character::isDigit)) return false;
            if (nr >= set.length || names[nr] == null) return false;
            set[nr] = true;
            return true;
        }
        if (t.startsWith("/")) return regex(t.substring(1), p, set);
        int bit = classBit(t);
        if (bit >= 0) {
            for (int i = 0; i < set.length; i++) {
                if (names[i] != null && (classes(p, i) & bit) == bit) set[i] = true;
            }
            return true;
        }
        boolean any = false;
        for (int i = 0; i < set.length; i++) {
            if (t.equals(names[i])) set[i] = any = true;
        }
        return any;
    }

    /** The names by number of personality {@code p}, 0 (x86_64) or 1 (i386). */
    /**
     * A trace set with every number the table has no name for added: strace traces (and prints raw,
     * as syscall_0x...) a call it does not know whatever -e trace= says, like one beyond its table.
     */
    private static boolean[] withUnnamed(boolean[] set, int target) {
        String[] names = names(target);
        for (int i = 0; i < set.length && i < names.length; i++) set[i] |= names[i] == null;
        return set;
    }

    private static String[] names(int p) {
        return p == 1 ? SyscallTable32.NAMES : SyscallTable.NAMES;
    }

    /**
     * The SyscallClass bits of call {@code nr} of personality {@code p}, 0 or 1: an i386 call has its
     * x86_64 namesake's (calls only i386 has, mmap2, socketcall, _llseek, stat64 ..., are in no class).
     */
    private static int classes(int p, int nr) {
        if (p == 0) return SyscallTable.CLASSES[nr];
        int nr64 = SyscallTable32.X86_64[nr];
        return nr64 >= 0 ? SyscallTable.CLASSES[nr64] : 0;
    }

    /** With {@code set} null, only whether personality {@code p}'s names match. */
    private static boolean regex(String expr, int p, boolean[] set) {
        jstrace.nativ.PosixRegex re;
        try {
            re = jstrace.nativ.PosixRegex.compile(expr);
        } catch (jstrace.nativ.PosixRegex.SyntaxError e) {
            throw new UsageError("regcomp: " + expr + ": " + e.getMessage(), false);
        }
        try {
            boolean any = false;
            if (set == null) {
                for (String name : OtherPersonalities.names(p)) any |= re.find(name);
                return any;
            }
            String[] names = names(p);
            for (int i = 0; i < set.length; i++) {
                String nm = names[i];
                if (nm != null && re.find(nm)) set[i] = any = true;
            }
            return any;
        } finally {
            re.free();
        }
    }

    /**
     * strace's class names (case matters): %desc ... %%statfs, and the legacy names without '%'
     * (all, desc, file, memory, process, signal, ipc, network); the class's bits, or -1.
     */
    private static int classBit(String name) {
        return switch (name) {
            case "%desc", "desc" -> SyscallClass.DESC;
            case "%file", "file" -> SyscallClass.FILE;
            case "%memory", "memory" -> SyscallClass.MEMORY;
            case "%process", "process" -> SyscallClass.PROCESS;
            case "%creds" -> SyscallClass.CREDS;
            case "%signal", "signal" -> SyscallClass.SIGNAL;
            case "%ipc", "ipc" -> SyscallClass.IPC;
            case "%net", "%network", "network" -> SyscallClass.NET;
            case "%stat" -> SyscallClass.STAT;
            case "%lstat" -> SyscallClass.LSTAT;
            case "%fstat" -> SyscallClass.FSTAT;
            case "%%stat" -> SyscallClass.STAT_LIKE;
            case "%statfs" -> SyscallClass.STATFS;
            case "%fstatfs" -> SyscallClass.FSTATFS;
            case "%%statfs" -> SyscallClass.STATFS_LIKE;
            case "%pure" -> SyscallClass.PURE;
            case "%clock" -> SyscallClass.CLOCK;
            case "all" -> 0;
            default -> -1;
        };
    }

    /** A set of signals (strace's qualify_tokens: names with or without SIG, any case; numbers 1..255). */
    static boolean[] signalSet(String spec) {
        NumberSet set = NumberSet.parse(spec, Qualifiers::signalNumber, "signal");
        boolean[] out = new boolean[65];
        for (int i = 1; i < out.length; i++) out[i] = set.contains(i);
        return out;
    }

    /** A signal name, case-insensitive, with or without SIG; -1 if unknown. */
    static int signalByName(String s) {
        if (s.isEmpty() || Character.isDigit(s.charAt(0))) return -1;
        return signalNumber(s);
    }

    private static int signalNumber(String s) {
        if (!s.isEmpty() && s.charAt(0) >= '0' && s.charAt(0) <= '9') {
            int n = NumberSet.uint(s);
            return n >= 0 && n <= 255 ? n : -1;
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
        // built, not parsed: parsing takes a lambda (see Main.MESSAGES)
        return q == 1 ? NumberSet.of(QUIET_ATTACH, QUIET_PERSONALITY)
                : q == 2 ? NumberSet.of(QUIET_EXIT, QUIET_ATTACH, QUIET_PERSONALITY) : NumberSet.all();
    }
}
