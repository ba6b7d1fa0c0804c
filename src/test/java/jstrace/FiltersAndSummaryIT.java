package jstrace;

import static jstrace.SamplesIT.ROOT;
import static jstrace.SamplesIT.SAMPLES;
import static jstrace.SamplesIT.buildSamples;
import static jstrace.SamplesIT.jstrace;
import static jstrace.SamplesIT.onPath;
import static jstrace.SamplesIT.read;
import static jstrace.SamplesIT.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * -c tables, -P, -e read=/write= dumps, -e quiet= and --syscall-limit on real programs: the same
 * command under strace (when installed) and jstrace must print the same text, pids masked.
 */
class FiltersAndSummaryIT {
    @TempDir
    Path tmp;

    /** Runs both tracers with ARGS (then the command), output to files; returns {strace, jstrace} texts. */
    private List<String> both(String... args) throws Exception {
        assumeTrue(onPath("strace"), "strace is not installed");
        List<String> out = new ArrayList<>();
        for (String tool : List.of("strace", SamplesIT.JSTRACE.toString())) {
            Path f = tmp.resolve(tool.endsWith("strace") && !tool.contains("/") ? "s.txt" : "j.txt");
            List<String> cmd = new ArrayList<>(List.of(tool, "-o", f.toString()));
            cmd.addAll(Arrays.asList(args));
            SamplesIT.Result r = run(ROOT, null, cmd.toArray(String[]::new));
            assertEquals(0, r.status(), tool + ": " + r.stderr());
            out.add(mask(String.join("\n", read(f))));
        }
        return out;
    }

    private static String mask(String text) {
        // what varies in any trace: the API's masking (jstrace.output.Normalizer), then this test's pids
        return jstrace.output.Normalizer.maskVarying(SamplesIT.maskChildTimes(text.replaceAll("(?m)^\\d+ +", "")))
                .replaceAll("si_pid=\\d+", "si_pid=PID");
    }

    /** Numbers the table does not name are traced whatever the set, with -f's seccomp prefilter too. */
    @Test
    void unnamedCallsAreTracedWhateverTheSet() throws Exception {
        buildSamples();
        String sample = SAMPLES + "/unnamed";
        List<String> t = both("-e", "trace=getpid", sample).stream().map(FiltersAndSummaryIT::ownPid).toList();
        assertEquals(t.get(0), t.get(1));
        assertEquals("""
                syscall_0x190(0x1, 0x2, 0x3, 0x4, 0x5, 0x6) = -1 ENOSYS (Function not implemented)
                syscall_0x3e8(0x1, 0x2, 0x3, 0x4, 0x5, 0x6) = -1 ENOSYS (Function not implemented)
                getpid() = PID
                +++ exited with 0 +++""", t.get(1));
        // strace's own filter would skip the hole; jstrace's prefilter must change nothing
        Path f = tmp.resolve("f.txt");
        SamplesIT.Result r = jstrace(ROOT, "-f", "-o", f.toString(), "-e", "trace=getpid", sample);
        assertEquals(0, r.status(), r.stderr());
        assertEquals(t.get(1), ownPid(mask(String.join("\n", read(f)))));
    }

    private static String ownPid(String trace) {
        return trace.replaceAll("getpid\\(\\) += \\d+", "getpid() = PID");
    }

    /** -O 1s clamps every call's time to 0, which makes the whole table deterministic. */
    @Test
    void summaryTableWithEveryColumnIsStraces() throws Exception {
        buildSamples();
        List<String> t = both("-c", "-O", "1s", "-U", "time-percent,total-time,min-time,max-time,avg-time,calls,errors,name",
                SAMPLES + "/openmissing");
        assertEquals(t.get(0), t.get(1));
        assertTrue(t.get(1).contains("shortest  longest  usecs/call"), t.get(1));
    }

    @Test
    void summarySortedByNameAndCallsIsStraces() throws Exception {
        buildSamples();
        for (String sort : List.of("name", "calls", "errors", "nothing")) {
            List<String> t = both("-c", "-O", "1s", "-S", sort, SAMPLES + "/openmissing");
            assertEquals(t.get(0), t.get(1), "-S " + sort);
        }
    }

    /** Threads: -c -f counts the same calls and errors as strace -c -f (futex waits vary from run to run). */
    @Test
    void threadedSummaryCountsAreStraces() throws Exception {
        buildSamples();
        List<String> t = both("-c", "-f", "-O", "1s", "-S", "calls", "-e", "trace=!futex", SAMPLES + "/threads");
        assertEquals(t.get(0), t.get(1));
        assertTrue(t.get(1).contains("100       100 openat") || t.get(1).contains("101       100 openat"), t.get(1));
    }

    @Test
    void tracePathPrintsOnlyCallsOnThatFile() throws Exception {
        Path file = tmp.resolve("data.txt");
        Files.writeString(file, "some data\n");
        List<String> t = both("-P", file.toString(), "head", "-c", "100", file.toString());
        assertEquals(t.get(0), t.get(1));
        assertTrue(t.get(1).contains("read(3, \"some data\\n\", "), t.get(1));
        assertTrue(t.get(1).lines().noneMatch(l -> l.contains("ld.so.cache")), t.get(1));
    }

    @Test
    void traceFdsSelectsByDescriptor() throws Exception {
        Path file = tmp.resolve("data.txt");
        Files.writeString(file, "x\n");
        Path out = tmp.resolve("fds.txt");
        SamplesIT.Result r = jstrace(ROOT, "-o", out.toString(), "--trace-fds=1", "head", "-c", "100", file.toString());
        assertEquals(0, r.status(), r.stderr());
        List<String> lines = read(out);
        assertEquals(List.of("write(1, \"x\\n\", 2)                      = 2", "close(1)                                = 0",
                "+++ exited with 0 +++"),
                lines.stream().filter(l -> !l.startsWith("fstat(1") && !l.startsWith("newfstatat(1")).toList());
    }

    @Test
    void readAndWriteDumpsAreStraces() throws Exception {
        Path file = tmp.resolve("dump.txt");
        byte[] data = new byte[300];
        for (int i = 0; i < data.length; i++) data[i] = (byte) (i * 7);
        Files.write(file, data);
        List<String> t = both("-e", "trace=read,write", "-e", "read=3", "-e", "write=1", "-s", "8", "head", "-c", "1000", file.toString());
        assertEquals(t.get(0), t.get(1));
        assertTrue(t.get(1).contains(" | 00000  00 07 0e 15 1c 23 2a 31  38 3f 46 4d 54 5b 62 69  .....#*18?FMT[bi |"), t.get(1));
    }

    @Test
    void quietExitAndTimestampPrecisionsAreStraces() throws Exception {
        buildSamples();
        List<String> t = both("-e", "quiet=exit", SAMPLES + "/hello");
        assertEquals(t.get(0), t.get(1));
        assertTrue(!t.get(1).contains("+++ exited"), t.get(1));
        // the stamps themselves differ from run to run: compare their shapes
        for (String opt : List.of("--absolute-timestamps=unix,ms", "--relative-timestamps=ns", "--syscall-times=s", "-ttt")) {
            t = both(opt, SAMPLES + "/hello");
            assertEquals(t.get(0).replaceAll("\\d", "0"), t.get(1).replaceAll("\\d", "0"), opt);
        }
    }

    /** --syscall-limit (newer strace than 6.1): detach after N printed calls, the program runs on. */
    @Test
    void syscallLimitDetachesAndTheProgramFinishes() throws Exception {
        Path out = tmp.resolve("limit.txt");
        Path done = tmp.resolve("done");
        SamplesIT.Result r = jstrace(ROOT, "-f", "-o", out.toString(), "--syscall-limit=2", "-e", "trace=execve",
                "sh", "-c", "/bin/true; /bin/true; /bin/true; touch " + done);
        assertEquals(0, r.status(), r.stderr());
        assertTrue(r.stderr().contains("jstrace: System call limit has been reached, detaching tracees"), r.stderr());
        long execs = read(out).stream().filter(l -> l.contains("execve(")).count();
        assertEquals(2, execs, String.join("\n", read(out)));
        // the detached shell goes on after jstrace has ended: its last command's file says it finished
        Await.until(() -> Files.exists(done));
    }
}
