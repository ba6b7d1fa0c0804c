package jstrace;

import static jstrace.SamplesIT.ROOT;
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
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * -e inject= / -e fault= on real commands: the same command under strace (when installed) and
 * jstrace must print the same trace (pids and addresses masked), and the command must end the same
 * way (its output and exit status show that the tampering took effect).
 */
class TamperingIT {
    @TempDir
    Path tmp;
    private Path data;

    @BeforeEach
    void dataFile() throws Exception {
        data = tmp.resolve("data.txt");
        Files.writeString(data, "some data\n");
    }

    /** What one tracer run left: the masked trace, the command's stdout and stderr, the exit status. */
    record Run(String trace, String stdout, String stderr, int status) {}

    private Run trace(String tool, String... args) throws Exception {
        Path f = tmp.resolve(tool.contains("/") ? "j.txt" : "s.txt");
        List<String> cmd = new ArrayList<>(List.of(tool, "-o", f.toString()));
        cmd.addAll(Arrays.asList(args));
        SamplesIT.Result r = run(ROOT, null, cmd.toArray(String[]::new));
        return new Run(mask(String.join("\n", read(f))), r.stdout(),
                r.stderr().replace("jstrace: ", "strace: ").replaceAll("process \\d+", "process PID"), r.status());
    }

    /** strace's and jstrace's runs of ARGS, which must agree; returns jstrace's. */
    private Run both(String... args) throws Exception {
        assumeTrue(onPath("strace"), "strace is not installed");
        Run s = trace("strace", args);
        Run j = trace(SamplesIT.JSTRACE.toString(), args);
        assertEquals(s.trace, j.trace, String.join(" ", args));
        assertEquals(s.stdout, j.stdout, "stdout of " + String.join(" ", args));
        assertEquals(s.stderr, j.stderr, "stderr of " + String.join(" ", args));
        assertEquals(s.status, j.status, "status of " + String.join(" ", args));
        return j;
    }

    private static String mask(String text) {
        // what varies in any trace: the API's masking (jstrace.output.Normalizer), then this test's pids
        return jstrace.output.Normalizer.maskVarying(SamplesIT.maskChildTimes(text.replaceAll("(?m)^\\d+ +", "")))
                .replaceAll("si_pid=\\d+", "si_pid=PID")
                .replaceAll("set_tid_address\\((.*)\\) += \\d+", "set_tid_address($1) = PID");
    }

    @Test
    void errorAtTheThirdCall() throws Exception {
        Run r = both("-e", "trace=openat", "-e", "inject=openat:error=ENOENT:when=3", "cat", data.toString());
        assertTrue(r.trace.contains(" = -1 ENOENT (No such file or directory) (INJECTED)\n"), r.trace);
        assertEquals(1, r.trace.split("INJECTED", -1).length - 1, r.trace);
    }

    /** -P counts only the calls on that path: the command's own open fails, and cat says so. */
    @Test
    void failedOpenMakesCatFail() throws Exception {
        Run r = both("-P", data.toString(), "-e", "inject=openat:error=ENOSPC", "cat", data.toString());
        assertTrue(r.trace.startsWith("openat(AT_FDCWD, \"" + data + "\", O_RDONLY) = -1 ENOSPC (No space left on device) (INJECTED)"), r.trace);
        assertEquals(1, r.status);
        assertTrue(r.stderr.contains("No space left on device"), r.stderr);
    }

    @Test
    void faultFromTheSecondCallOn() throws Exception {
        Run r = both("-e", "trace=write", "-e", "fault=write:when=2+", "sh", "-c", "echo a; echo b; echo c");
        assertEquals("a\n", r.stdout);
        assertTrue(r.trace.contains("write(1, \"b\\n\", 2)                      = -1 ENOSYS (Function not implemented) (INJECTED)"), r.trace);
        assertTrue(r.status != 0);
    }

    @Test
    void rangesAndSteps() throws Exception {
        Run r = both("-e", "trace=openat", "-e", "inject=openat:error=EACCES:when=2..6+2", "cat", data.toString());
        assertEquals(3, r.trace.split("EACCES", -1).length - 1, r.trace);
        both("-e", "trace=openat", "--fault=openat:error=EPERM:when=3..4", "cat", data.toString());
    }

    @Test
    void retval() throws Exception {
        Run r = both("-e", "trace=getpid", "-e", "inject=getpid:retval=42", "sh", "-c", "echo $$");
        assertEquals("42\n", r.stdout);
        assertTrue(r.trace.startsWith("getpid()                                = 42 (INJECTED)"), r.trace);
        r = both("-e", "trace=getpid", "--inject=getpid:retval=0x7", "sh", "-c", "echo $$");
        assertEquals("7\n", r.stdout);
    }

    /** syscall=: a harmless call runs instead, and its result is replaced. */
    @Test
    void replacementSyscall() throws Exception {
        Run r = both("-e", "trace=getpid", "-e", "inject=getpid:syscall=getppid:error=EPERM", "sh", "-c", "echo $$");
        assertEquals("-1\n", r.stdout);
    }

    @Test
    void signalKillsTheCommand() throws Exception {
        Run r = both("-e", "trace=close", "-e", "inject=close:signal=USR1", "cat", data.toString());
        assertTrue(r.trace.contains("--- SIGUSR1 {si_signo=SIGUSR1, si_code=SI_KERNEL} ---\n+++ killed by SIGUSR1 +++"), r.trace);
        assertEquals(128 + 10, r.status);
        both("-e", "trace=close,openat", "-e", "inject=close:signal=10:error=EIO:when=2", "cat", data.toString());
    }

    @Test
    void delays() throws Exception {
        long t0 = System.nanoTime();
        Run r = trace(SamplesIT.JSTRACE.toString(), "-e", "trace=clock_nanosleep", "-e",
                "inject=clock_nanosleep:delay_exit=300ms", "sleep", "0.01");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms >= 300, "took " + ms + " ms");
        assertTrue(r.trace.startsWith("clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=0, tv_nsec=10000000}, 0xADDR) = 0 (DELAYED)"), r.trace);
        both("-e", "trace=clock_nanosleep", "-e", "inject=clock_nanosleep:delay_exit=100ms", "sleep", "0.01");
        both("-e", "trace=getpid", "-e", "inject=getpid:delay_enter=50ms:retval=7", "sh", "-c", "echo $$");
        // sleep uses clock_nanosleep: nothing to delay, the trace is unchanged
        both("-e", "inject=nanosleep:delay_exit=100ms", "sleep", "0.01");
    }

    /**
     * Two tracees held at once: each is resumed after its own delay, the tracer does not wait for one.
     * On the trace's own clock (-ttt): the second tracee's entry is printed while the first is still
     * held (holding one at a time would see it only after the first hold ends).
     */
    @Test
    void delaysOfSeveralTraceesOverlap() throws Exception {
        trace(SamplesIT.JSTRACE.toString(), "-f", "-ttt", "-T", "-e", "trace=clock_nanosleep", "-e",
                "inject=clock_nanosleep:delay_enter=2s", "sh", "-c", "sleep 0.01 & sleep 0.01; wait");
        List<String> lines = read(tmp.resolve("j.txt"));
        // per tracee: when its call was entered, and when it returned (entry + -T's time, which includes the hold)
        Map<String, Double> entered = new java.util.HashMap<>(), returned = new java.util.HashMap<>();
        java.util.regex.Pattern took = java.util.regex.Pattern.compile("\\(DELAYED\\) <([0-9.]+)>$");
        for (String l : lines) {
            String[] f = l.trim().split(" +", 3);
            if (f[2].startsWith("clock_nanosleep(")) entered.put(f[0], Double.parseDouble(f[1]));
            java.util.regex.Matcher m = took.matcher(f[2]);
            if (m.find() && entered.containsKey(f[0])) returned.put(f[0], entered.get(f[0]) + Double.parseDouble(m.group(1)));
        }
        String all = String.join("\n", lines);
        assertEquals(2, entered.size(), all);
        assertEquals(entered.keySet(), returned.keySet(), all);
        for (String pid : entered.keySet()) assertTrue(returned.get(pid) - entered.get(pid) >= 2.0, "held 2 s:\n" + all);
        // held at the same time: the later entry is seen while the earlier tracee is still held (holding
        // one at a time would see the second entry only after the first resumption), whatever the load
        double lastEntry = java.util.Collections.max(entered.values());
        String first = entered.entrySet().stream().min(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertTrue(lastEntry < returned.get(first), "held at the same time, not one after the other:\n" + all);
    }

    @Test
    void summaryCountsInjectedErrors() throws Exception {
        Run r = both("-c", "-O", "1s", "-S", "name", "-e", "fault=openat:when=2+", "cat", data.toString());
        assertTrue(r.trace.matches("(?s).*\\d+ +\\d+ openat\n.*"), r.trace);
    }

    /** With -f and a partial set the seccomp prefilter is on (when allowed): injected calls still stop. */
    @Test
    void followedWithFilter() throws Exception {
        String cmd = "cat " + data + "; cat " + data;
        Run r = both("-f", "-e", "trace=openat", "-e", "inject=openat:error=EACCES:when=3..4", "sh", "-c", cmd);
        assertEquals(4, r.trace.split("INJECTED", -1).length - 1, r.trace); // counted per process
        both("-f", "--seccomp-bpf", "-e", "trace=openat", "-e", "inject=openat:error=EACCES:when=3", "sh", "-c", cmd);
    }

    /** As in strace, only traced calls are tampered with. */
    @Test
    void untracedCallsAreLeftAlone() throws Exception {
        Run r = both("-e", "trace=read", "-e", "inject=openat:error=ENOENT", "cat", data.toString());
        assertEquals("some data\n", r.stdout);
        assertEquals(0, r.status);
    }

    /** poke_enter=: echo's buffer is changed before the kernel reads it; the trace shows what was written. */
    @Test
    void pokeEnterChangesWhatIsWritten() throws Exception {
        Run r = both("-e", "trace=write", "-e", "inject=write:poke_enter=@arg2=4a", "echo", "hello");
        assertEquals("Jello\n", r.stdout);
        assertTrue(r.trace.startsWith("write(1, \"Jello\\n\", 6)                  = 6 (INJECTED: args)\n"), r.trace);
        // with error=: written into, then skipped
        r = both("-e", "trace=write", "-e", "inject=write:poke_enter=@arg2=4a:error=EIO:when=1", "echo", "hello");
        assertEquals("", r.stdout);
        assertTrue(r.trace.startsWith("write(1, \"Jello\\n\", 6)                  = -1 EIO (Input/output error) (INJECTED: args, retval)\n"), r.trace);
        // the JSON record says so too
        Path json = tmp.resolve("poke.json");
        run(ROOT, null, SamplesIT.JSTRACE.toString(), "--json=" + json, "-o", "/dev/null", "-e", "trace=write", "-e",
                "inject=write:poke_enter=@arg2=4a", "echo", "hello");
        String line = read(json).stream().filter(l -> l.contains("\"name\":\"write\"")).findFirst().orElse("");
        assertTrue(line.contains("\"result\":\"6 (INJECTED: args)\"") && line.contains("\"poked\":true") && !line.contains("\"injected\""), line);
    }

    /** The sample's message is in a read-only page, which process_vm_writev refuses: PTRACE_POKEDATA writes it. */
    @Test
    void pokeIntoReadOnlyMemory() throws Exception {
        SamplesIT.buildSamples();
        Run r = both("-e", "inject=write:poke_enter=@arg2=4a4b", SamplesIT.SAMPLES + "/hello");
        assertEquals("JKllo\n", r.stdout);
        assertTrue(r.trace.contains("\nwrite(1, \"JKllo\\n\", 6)                  = 6 (INJECTED: args)\n"), r.trace);
    }

    /** poke_exit=: written after the kernel filled the buffer, so the program and the trace see the new bytes. */
    @Test
    void pokeExitChangesWhatIsRead() throws Exception {
        Run r = both("-P", data.toString(), "-e", "trace=read", "-e", "inject=read:poke_exit=@arg2=4c4f4f4b", "head", "-c", "100", data.toString());
        assertEquals("LOOK data\n", r.stdout);
        assertTrue(r.trace.startsWith("read(3, \"LOOK data\\n\", 100)             = 10 (INJECTED: args)\n"), r.trace);
        // getcwd's result is its buffer: a NUL poked in shortens the path pwd prints, the return value stays
        assumeTrue(Files.isExecutable(Path.of("/bin/pwd")), "no /bin/pwd");
        r = both("-e", "trace=getcwd", "-e", "inject=getcwd:poke_exit=@arg1=2f746d7000", "/bin/pwd");
        assertEquals("/tmp\n", r.stdout);
        assertTrue(r.trace.startsWith("getcwd(\"/tmp\", 4096)                    = " + (ROOT.toString().length() + 1) + " (INJECTED: args)\n"), r.trace);
    }

    /** Arguments the call lacks, or addresses that cannot be written: strace's messages, the call left alone. */
    @Test
    void pokesThatCannotBeDone() throws Exception {
        for (String inject : List.of("inject=write:poke_enter=@arg7=00", "inject=write:poke_exit=@arg3=00",
                "inject=write:poke_enter=@arg2=00,@arg3=11:when=1", "inject=write:poke_enter=,")) {
            Run r = both("-e", "trace=write", "-e", inject, "echo", "hello");
            assertEquals(inject.contains("@arg2") ? "\0ello\n" : "hello\n", r.stdout, inject);
            assertEquals(inject.contains("@arg2"), r.trace.contains("(INJECTED: args)"), r.trace);
        }
    }

    @Test
    void parseErrorsAreStraces() throws Exception {
        assumeTrue(onPath("strace"), "strace is not installed");
        for (String e : List.of("inject=open:foo=1", "inject=open", "inject=open:error=EBOGUS",
                "inject=open:error=ENOENT:when=0", "inject=open:error=1:when=3..2", "fault=open:retval=1",
                "inject=bogus:error=1", "inject=", "inject=open:syscall=open:error=1", "inject=open:retval=-1",
                "inject=write:poke_enter=@arg9=00", "inject=write:poke_enter=@arg2=0", "inject=write:poke_exit=@arg2=zz",
                "inject=write:poke_enter=@arg2=00,@arg2=11", "inject=write:poke_enter=@arg2=" + "00".repeat(1025),
                "fault=write:poke_enter=@arg1=00")) {
            SamplesIT.Result s = run(ROOT, null, "strace", "-e", e, "true");
            SamplesIT.Result j = run(ROOT, null, SamplesIT.JSTRACE.toString(), "-e", e, "true");
            assertEquals(s.status(), j.status(), e);
            String firstS = s.stderr().lines().findFirst().orElse("");
            String firstJ = j.stderr().lines().findFirst().orElse("");
            assertEquals(firstS, firstJ.replace("jstrace: ", "strace: "), e);
        }
    }
}
