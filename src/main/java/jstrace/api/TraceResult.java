package jstrace.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jstrace.decode.Description;
import jstrace.event.TraceEvent;
import jstrace.filter.Qualifiers;

/**
 * A finished trace: the command's exit status, its captured output, and every event as an
 * immutable value ({@link TraceEvent}: calls are {@link TraceEvent.Syscall}), with the queries a test
 * asks of them. Calls are in the order they returned.
 */
public final class TraceResult {
    private final int exitStatus;
    private final List<TraceEvent> events;
    private final String stdout, stderr;
    private final List<String> messages;

    TraceResult(int exitStatus, List<TraceEvent> events, String stdout, String stderr, List<String> messages) {
        this.exitStatus = exitStatus;
        this.events = List.copyOf(events);
        this.stdout = stdout;
        this.stderr = stderr;
        this.messages = messages;
    }

    /** The command's exit status; 128+N when it was killed by signal N (as a shell reports it). */
    public int exitStatus() {
        return exitStatus < 0 ? 128 - exitStatus : exitStatus;
    }

    /** The signal that killed the command, or 0. */
    public int killedBy() {
        return exitStatus < 0 ? -exitStatus : 0;
    }

    /** What the command wrote to stdout (null when redirected or inherited). */
    public String stdout() {
        return stdout;
    }

    /** What the command wrote to stderr (null when redirected or inherited). */
    public String stderr() {
        return stderr;
    }

    /** jstrace's own messages ("Process N attached", notices). */
    public List<String> messages() {
        return messages;
    }

    /** Every event, in order. */
    public List<TraceEvent> events() {
        return events;
    }

    /** Every call, in the order they returned. */
    public List<TraceEvent.Syscall> calls() {
        List<TraceEvent.Syscall> out = new ArrayList<>();
        for (TraceEvent e : events) if (e instanceof TraceEvent.Syscall s) out.add(s);
        return out;
    }

    /** The calls of these syscalls, or of a class as -e trace= names them ({@code "%file"}, {@code "%net"}). */
    public List<TraceEvent.Syscall> calls(String... namesOrClasses) {
        boolean[] set = syscallSet(namesOrClasses);
        List<TraceEvent.Syscall> out = new ArrayList<>();
        for (TraceEvent.Syscall s : calls()) if (s.number() >= 0 && s.number() < set.length && set[s.number()]) out.add(s);
        return out;
    }

    /** The set -e trace=LIST means, by syscall number. */
    static boolean[] syscallSet(String... namesOrClasses) {
        Qualifiers q = Qualifiers.parse(List.of("trace=" + String.join(",", namesOrClasses)));
        return q.trace;
    }

    /** Calls that failed (returned -1 with an errno). */
    public List<TraceEvent.Syscall> failedCalls() {
        return calls().stream().filter(TraceEvent.Syscall::failed).toList();
    }

    /** Calls with {@code path} among their string arguments (exactly, as the tracee passed it). */
    public List<TraceEvent.Syscall> callsOnPath(String path) {
        return calls().stream().filter(s -> paths(s).contains(path)).toList();
    }

    /** Calls with {@code path} or a file under it among their string arguments. */
    public List<TraceEvent.Syscall> callsUnder(String dir) {
        String prefix = dir.endsWith("/") ? dir : dir + "/";
        return calls().stream().filter(s -> paths(s).stream().anyMatch(p -> p.equals(dir) || p.startsWith(prefix))).toList();
    }

    /** Calls with fd {@code fd} among their arguments. */
    public List<TraceEvent.Syscall> callsOnFd(int fd) {
        return calls().stream().filter(s -> s.decodedArguments().stream()
                .anyMatch(a -> a.kind().equals("fd") && a.value() != null && a.value() == fd)).toList();
    }

    /** Calls of one thread. */
    public List<TraceEvent.Syscall> callsOf(int tid) {
        return calls().stream().filter(s -> s.pid() == tid).toList();
    }

    /** The processes (thread group ids) that made calls, in order of their first call. */
    public Set<Integer> processes() {
        Set<Integer> out = new LinkedHashSet<>();
        for (TraceEvent.Syscall s : calls()) out.add(s.tgid());
        return out;
    }

    /** The strings a call's arguments show (paths, names), as the tracee's bytes read as UTF-8. */
    public static List<String> paths(TraceEvent.Syscall s) {
        List<String> out = new ArrayList<>();
        for (Description.Argument a : s.decodedArguments()) {
            if (!a.kind().equals("string") || !a.text().startsWith("\"")) continue;
            java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
            jstrace.output.Json.unquote(a.text(), 0, b);
            out.add(b.toString(java.nio.charset.StandardCharsets.UTF_8));
        }
        return out;
    }

    /** A call as strace prints it: {@code openat(AT_FDCWD, "/etc/passwd", O_RDONLY) = 3}. */
    public static String line(TraceEvent.Syscall s) {
        return s.line();
    }

    /** The trace as text, one line per call or event, pids as P1, P2 ... and what varies masked (see {@link Golden}). */
    public List<String> normalized() {
        return Golden.normalize(this);
    }

    /** Per syscall (in order of first use): calls, errors, total and maximum duration (ns, as -T measures). */
    public Map<String, SyscallStats> summary() {
        Map<String, long[]> acc = new LinkedHashMap<>();
        for (TraceEvent.Syscall s : calls()) {
            long[] a = acc.computeIfAbsent(s.name(), k -> new long[4]);
            a[0]++;
            if (s.failed()) a[1]++;
            a[2] += s.durationNanos();
            a[3] = Math.max(a[3], s.durationNanos());
        }
        Map<String, SyscallStats> out = new LinkedHashMap<>();
        acc.forEach((k, a) -> out.put(k, new SyscallStats(k, a[0], a[1], a[2], a[3])));
        return out;
    }

    /** One row of {@link #summary()}. */
    public record SyscallStats(String name, long calls, long errors, long totalNanos, long maxNanos) {}
}
