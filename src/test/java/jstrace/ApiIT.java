package jstrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import jstrace.api.Golden;
import jstrace.api.Trace;
import jstrace.api.TraceAssertions;
import jstrace.api.TraceException;
import jstrace.api.TraceResult;
import jstrace.event.TraceEvent;
import jstrace.junit.JstraceExtension;
import jstrace.junit.Tracing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The library API (jstrace.api) and the JUnit extension (jstrace.junit), in this JVM. */
@ExtendWith(JstraceExtension.class)
class ApiIT {
    static final Path ROOT = SamplesIT.ROOT;

    @TempDir
    Path tmp;

    static String sample(String name) throws Exception {
        SamplesIT.buildSamples();
        return ROOT.resolve(SamplesIT.SAMPLES).resolve(name).toString();
    }

    @Test
    void runsACommandAndKeepsItsEvents(Tracing tracing) throws Exception {
        TraceResult r = tracing.run(Trace.command("sh", "-c", "cat /etc/hostname; echo err >&2; exit 3").followForks());
        assertEquals(3, r.exitStatus());
        assertEquals(Files.readString(Path.of("/etc/hostname")), r.stdout());
        assertEquals("err\n", r.stderr());
        assertEquals(2, r.processes().size(), r.processes().toString());
        TraceEvent.Syscall open = r.callsOnPath("/etc/hostname").stream().filter(c -> c.name().equals("openat")).findFirst().orElseThrow();
        assertTrue(TraceResult.line(open).matches("openat\\(AT_FDCWD, \"/etc/hostname\", O_RDONLY\\) = \\d+"), open.line());
        assertFalse(r.callsOnFd((int) open.returnValue()).isEmpty());
        assertFalse(r.calls("%file").isEmpty());
        assertTrue(r.calls("%net").isEmpty());
        assertEquals(r.calls("openat").size(), r.summary().get("openat").calls());
        TraceAssertions.assertNoCall(r, "%net");
        TraceAssertions.assertOpenedSuccessfully(r, "/etc/hostname");
        TraceAssertions.assertAtMostCalls(r, 1000, "openat");
        TraceAssertions.assertNoCallSlowerThan(r, Duration.ofSeconds(30));
        AssertionError e = assertThrows(AssertionError.class, () -> TraceAssertions.assertNoFileUnder(r, "/etc"));
        assertTrue(e.getMessage().contains("/etc/hostname"), e.getMessage());
        assertThrows(AssertionError.class, () -> TraceAssertions.assertAtMostCalls(r, 0, "openat"));
    }

    @Test
    void optionsDirectoryEnvironmentAndStreaming() throws Exception {
        Files.writeString(tmp.resolve("in.txt"), "hello\n");
        AtomicInteger seen = new AtomicInteger();
        TraceResult r = Trace.command("sh", "-c", "cat; echo $GREETING; ls")
                .options("-f", "-e", "trace=read,write", "-s", "3").directory(tmp).stdin(tmp.resolve("in.txt"))
                .env("GREETING", "hi").onEvent(e -> seen.incrementAndGet()).keepEvents(true).run();
        assertEquals(0, r.exitStatus());
        assertEquals("hello\nhi\nin.txt\n", r.stdout());
        assertEquals(r.events().size(), seen.get());
        assertTrue(r.calls().stream().allMatch(c -> c.name().equals("read") || c.name().equals("write")));
        assertTrue(r.calls("write").stream().anyMatch(c -> c.arguments().contains("\"in.\"...")), r.calls("write").toString());
        // streaming only: nothing kept
        AtomicInteger calls = new AtomicInteger();
        TraceResult s = Trace.command("/bin/true").keepEvents(false)
                .onEvent(e -> { if (e instanceof TraceEvent.Syscall) calls.incrementAndGet(); }).run();
        assertTrue(s.events().isEmpty());
        assertTrue(calls.get() > 5);
    }

    @Test
    void badInputIsATraceException() {
        TraceException e = assertThrows(TraceException.class, () -> Trace.command("/no/such/program").run());
        assertTrue(e.getMessage().contains("/no/such/program"), e.getMessage());
        assertThrows(TraceException.class, () -> Trace.command("true").options("-e", "trace=nosuchcall").run());
    }

    /** Traces in parallel, each on its own tracer thread, as JUnit's parallel mode runs tests. */
    @Test
    void parallelTraces() throws Exception {
        String forktree = sample("forktree");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<TraceResult>> runs = new ArrayList<>();
            for (int n = 0; n < 4; n++) {
                boolean forks = n % 2 == 0;
                runs.add(pool.submit(() -> forks ? Trace.command(forktree).followForks().run()
                        : Trace.command("sh", "-c", "exit 7").run()));
            }
            int i = 0;
            for (Future<TraceResult> f : runs) {
                TraceResult r = f.get();
                if (i++ % 2 == 0) {
                    assertEquals(0, r.exitStatus());
                    // the forking sample: every process it made is in its own trace, and only there
                    long created = r.events().stream().filter(e -> e instanceof TraceEvent.TaskCreated).count();
                    assertEquals(created + 1, r.processes().size());
                    assertTrue(created > 100, "created " + created);
                } else {
                    assertEquals(7, r.exitStatus());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A golden file: equal on every run, and a changed program fails with a readable diff. */
    @Test
    void goldenTraces() throws Exception {
        Path golden = tmp.resolve("exit3.golden");
        String exit3 = sample("exit3");
        TraceResult first = Trace.command(exit3).followForks().run();
        Files.write(golden, Golden.normalize(first));
        assertTrue(Files.readAllLines(golden).get(0).startsWith("P1 execve("), Files.readString(golden));
        assertTrue(Files.readString(golden).contains("P1 +++ exited with 3 +++"));
        Golden.assertMatches(Trace.command(exit3).followForks().run(), golden);
        // another program: the diff names the lines
        AssertionError e = assertThrows(AssertionError.class, () -> Golden.assertMatches(Trace.command(sample("getpid")).run(), golden));
        assertTrue(e.getMessage().contains("-") && e.getMessage().contains("+") && e.getMessage().contains("exited with 3"), e.getMessage());
        // pids in process-tree order however the processes interleave
        List<String> a = Golden.normalize(Trace.command("sh", "-c", "/bin/true & /bin/true & wait").followForks().run());
        assertTrue(a.stream().anyMatch(l -> l.startsWith("P2 ")) && a.stream().anyMatch(l -> l.startsWith("P3 ")), a.toString());
        assertTrue(a.stream().noneMatch(l -> l.matches(".*\\b\\d{4,7}\\b.*<.*") ), a.toString());
    }

    /** The extension skips where ptrace cannot work: here simulated with a ptrace_scope of 3. */
    @Test
    void skipsWhenPtraceIsRefused() throws Exception {
        Path scope = Files.writeString(tmp.resolve("ptrace_scope"), "3\n");
        String before = System.getProperty("jstrace.ptraceScopeFile");
        try {
            System.setProperty("jstrace.ptraceScopeFile", scope.toString());
            String reason = JstraceExtension.unavailableReason();
            assertNotNull(reason);
            assertTrue(reason.contains("ptrace_scope is 3"), reason);
            Files.writeString(scope, "1\n");
            assertNull(JstraceExtension.unavailableReason());
        } finally {
            if (before == null) System.clearProperty("jstrace.ptraceScopeFile");
            else System.setProperty("jstrace.ptraceScopeFile", before);
        }
    }

    /** Attaching to a process another tracer holds is refused with a clear message. */
    @Test
    void attachToATracedProcessFails() throws Exception {
        assumeStrace();
        Process sleeper = new ProcessBuilder("strace", "-o", "/dev/null", "sleep", "30").start();
        try {
            Await.until(() -> childOf(sleeper.pid()) != null);
            long pid = childOf(sleeper.pid());
            TraceException e = assertThrows(TraceException.class, () -> Trace.attach((int) pid).run());
            assertTrue(e.getMessage().contains("attach"), e.getMessage());
        } finally {
            sleeper.destroy();
            sleeper.children().forEach(ProcessHandle::destroy);
        }
    }

    static void assumeStrace() {
        org.junit.jupiter.api.Assumptions.assumeTrue(SamplesIT.onPath("strace"), "strace is not installed");
    }

    /** A child of {@code pid} whose name is sleep, once it is being traced. */
    static Long childOf(long pid) {
        return ProcessHandle.of(pid).flatMap(p -> p.children().findFirst()).map(ProcessHandle::pid).filter(c -> {
            try {
                return Files.readString(Path.of("/proc/" + c + "/comm")).trim().equals("sleep")
                        && Files.readAllLines(Path.of("/proc/" + c + "/status")).stream()
                        .anyMatch(l -> l.startsWith("TracerPid:") && !l.endsWith("\t0"));
            } catch (Exception e) {
                return false;
            }
        }).orElse(null);
    }
}
