package jstrace.api;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import jstrace.event.TraceEvent;

/**
 * Assertions on a trace for tests: each throws an AssertionError that names the offending calls as
 * strace prints them.
 */
public final class TraceAssertions {
    private TraceAssertions() {}

    private static String lines(List<TraceEvent.Syscall> calls) {
        return calls.stream().limit(20).map(c -> "  [" + c.pid() + "] " + c.line()).collect(Collectors.joining("\n"))
                + (calls.size() > 20 ? "\n  ... " + (calls.size() - 20) + " more" : "");
    }

    /** No call of these syscalls or classes ({@code "connect"}, {@code "%net"}). */
    public static void assertNoCall(TraceResult r, String... namesOrClasses) {
        List<TraceEvent.Syscall> c = r.calls(namesOrClasses);
        if (!c.isEmpty()) throw new AssertionError("expected no call to " + String.join(",", namesOrClasses) + ", got " + c.size() + ":\n" + lines(c));
    }

    /** At most {@code max} calls of these syscalls or classes. */
    public static void assertAtMostCalls(TraceResult r, int max, String... namesOrClasses) {
        List<TraceEvent.Syscall> c = r.calls(namesOrClasses);
        if (c.size() > max) {
            throw new AssertionError("expected at most " + max + " calls to " + String.join(",", namesOrClasses) + ", got "
                    + c.size() + ":\n" + lines(c));
        }
    }

    /** No file under {@code dir} was named in any call (opened, stat'ed, created, ...). */
    public static void assertNoFileUnder(TraceResult r, String dir) {
        List<TraceEvent.Syscall> c = r.callsUnder(dir);
        if (!c.isEmpty()) throw new AssertionError("expected no access under " + dir + ", got " + c.size() + ":\n" + lines(c));
    }

    /** Every open (open, openat, openat2, creat) of {@code path} succeeded, and there was at least one. */
    public static void assertOpenedSuccessfully(TraceResult r, String path) {
        List<TraceEvent.Syscall> opens = r.callsOnPath(path).stream()
                .filter(c -> List.of("open", "openat", "openat2", "creat").contains(c.name())).toList();
        if (opens.isEmpty()) throw new AssertionError(path + " was never opened");
        List<TraceEvent.Syscall> failed = opens.stream().filter(TraceEvent.Syscall::failed).toList();
        if (!failed.isEmpty()) throw new AssertionError("opens of " + path + " failed:\n" + lines(failed));
    }

    /** No call took longer than {@code limit} (as -T measures it). */
    public static void assertNoCallSlowerThan(TraceResult r, Duration limit, String... namesOrClasses) {
        List<TraceEvent.Syscall> all = namesOrClasses.length == 0 ? r.calls() : r.calls(namesOrClasses);
        List<TraceEvent.Syscall> slow = all.stream().filter(c -> c.finished() && c.durationNanos() > limit.toNanos()).toList();
        if (!slow.isEmpty()) {
            throw new AssertionError("calls slower than " + limit + ":\n" + slow.stream().limit(20)
                    .map(c -> "  [" + c.pid() + "] " + c.line() + " <" + c.durationNanos() / 1000 + " us>")
                    .collect(Collectors.joining("\n")));
        }
    }

    /** No call failed (optionally: of these syscalls or classes). */
    public static void assertNoFailures(TraceResult r, String... namesOrClasses) {
        List<TraceEvent.Syscall> all = namesOrClasses.length == 0 ? r.calls() : r.calls(namesOrClasses);
        List<TraceEvent.Syscall> failed = all.stream().filter(TraceEvent.Syscall::failed).toList();
        if (!failed.isEmpty()) throw new AssertionError(failed.size() + " calls failed:\n" + lines(failed));
    }
}
