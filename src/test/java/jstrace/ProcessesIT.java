package jstrace;

import static jstrace.SamplesIT.ROOT;
import static jstrace.SamplesIT.SAMPLES;
import static jstrace.SamplesIT.buildSamples;
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
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Process trees under -f: an exec from a non-leader thread, and a bounded fork bomb under -c -f. */
class ProcessesIT {
    @TempDir
    Path tmp;

    private List<String> trace(String tool, String... args) throws Exception {
        Path f = tmp.resolve(tool.contains("/") ? "j.txt" : "s.txt");
        List<String> cmd = new ArrayList<>(List.of(tool, "-o", f.toString()));
        cmd.addAll(Arrays.asList(args));
        SamplesIT.Result r = run(ROOT, null, cmd.toArray(String[]::new));
        assertEquals(0, r.status(), tool + ": " + r.stderr());
        return read(f);
    }

    /** A thread execs: the leader's call ends "= ?", then "+++ superseded by execve in pid TID +++". */
    @Test
    void execFromAThreadSupersedesTheLeader() throws Exception {
        buildSamples();
        String[] args = {"-f", "-e", "trace=execve,pause,exit_group", SAMPLES + "/threadexec"};
        List<String> j = trace(SamplesIT.JSTRACE.toString(), args);
        String text = String.join("\n", j);
        assertTrue(text.matches("(?s).*\\d+ +\\+\\+\\+ superseded by execve in pid \\d+ \\+\\+\\+\n\\d+ +<\\.\\.\\. execve resumed>\\) += 0.*"), text);
        assumeTrue(onPath("strace"), "strace is not installed");
        List<String> s = trace("strace", args);
        assertEquals(mask(s), mask(j));
    }

    /**
     * -qqq hides the "superseded" line, so the pids carry the story: the leader's pause ends "= ?" under its
     * own pid (the exit event, PTRACE_O_TRACEEXIT), and the exec'ing thread's execve resumes under the
     * leader's pid, which it has taken over.
     */
    @Test
    void execFromAThreadResumesUnderTheLeadersPid() throws Exception {
        buildSamples();
        List<String> j = trace(SamplesIT.JSTRACE.toString(), "-f", "-qqq", "-e", "trace=execve,pause",
                SAMPLES + "/threadexec");
        String text = String.join("\n", j);
        String leader = j.get(0).split(" ")[0];
        assertTrue(j.stream().anyMatch(l -> l.matches(leader + " +<\\.\\.\\. pause resumed>\\) += \\?")), text);
        assertTrue(j.stream().anyMatch(l -> l.matches(leader + " +<\\.\\.\\. execve resumed>\\) += 0")), text);
    }

    /**
     * -ff: the exec'ing thread's own file ends its open execve line with " <pid changed to N ...>" (strace's
     * ending), and the leader's file gets the superseded notice and the execve's end.
     */
    @Test
    void execFromAThreadEndsItsOwnFileWithThePidChange() throws Exception {
        buildSamples();
        Path base = tmp.resolve("ff");
        SamplesIT.Result r = run(ROOT, null, SamplesIT.JSTRACE.toString(), "-ff", "-qq", "-e", "trace=execve,pause",
                "-o", base.toString(), SAMPLES + "/threadexec");
        assertEquals(0, r.status(), r.stderr());
        List<Path> files;
        try (var s = Files.list(tmp)) {
            files = s.filter(p -> p.getFileName().toString().startsWith("ff.")).sorted().toList();
        }
        assertEquals(2, files.size(), files.toString());
        Path leaderFile = null, threadFile = null;
        for (Path p : files) {
            if (String.join("\n", read(p)).contains("superseded")) leaderFile = p;
            else threadFile = p;
        }
        assertTrue(leaderFile != null && threadFile != null, files.toString());
        String leaderPid = leaderFile.getFileName().toString().substring(3);
        String threadPid = threadFile.getFileName().toString().substring(3);
        List<String> t = read(threadFile);
        assertEquals(1, t.size(), String.join("\n", t));
        assertTrue(t.get(0).matches("execve\\(\"/bin/true\", \\[\"true\"\\], NULL <pid changed to " + leaderPid
                + " \\.\\.\\.>"), t.get(0));
        List<String> l = read(leaderFile);
        assertTrue(l.contains("+++ superseded by execve in pid " + threadPid + " +++"), String.join("\n", l));
        assertTrue(l.get(l.size() - 1).matches("<\\.\\.\\. execve resumed>\\) += 0"), String.join("\n", l));
    }

    /** -C -f: the summary listener gets every event, the trace keeps the thread-exec lines. */
    @Test
    void summaryWithTraceKeepsTheThreadExecLines() throws Exception {
        buildSamples();
        String[] args = {"-C", "-f", "-e", "trace=execve,pause,exit_group", SAMPLES + "/threadexec"};
        List<String> lines = trace(SamplesIT.JSTRACE.toString(), args);
        String text = String.join("\n", lines);
        assertTrue(text.matches("(?s).*\\d+ +\\+\\+\\+ superseded by execve in pid \\d+ \\+\\+\\+\n\\d+ +<\\.\\.\\. execve resumed>\\) += 0.*"), text);
        assertEquals(1, lines.stream().filter(l -> l.endsWith(" total")).count(), "one summary table: " + text);
    }

    /** The table is printed once however the trace ends (here: detached at the syscall limit). */
    @Test
    void summaryOnceAtTheSyscallLimit() throws Exception {
        List<String> t = trace(SamplesIT.JSTRACE.toString(), "-c", "--syscall-limit=3", "/bin/true");
        assertEquals(1, t.stream().filter(l -> l.endsWith(" total")).count(), String.join("\n", t));
    }

    /**
     * Without -f, a child made with clone(CLONE_PTRACE) is traced by us all the same: jstrace lets it
     * go ("Detached unknown pid N", as strace), so the parent's wait for it returns.
     */
    @Test
    void aCloneTracedChildIsLetGoWithoutFollow() throws Exception {
        buildSamples();
        Path f = tmp.resolve("clone.txt");
        SamplesIT.Result r = run(ROOT, null, SamplesIT.JSTRACE.toString(), "-o", f.toString(), "-e", "trace=none",
                "--quiet=personality", SAMPLES + "/cloneptrace");
        assertEquals(0, r.status(), r.stderr());
        assertEquals("child terminated\n", r.stdout());
        assertTrue(r.stderr().matches("jstrace: Detached unknown pid \\d+\n"), r.stderr());
        List<String> j = read(f);
        assertTrue(j.get(0).startsWith("--- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_KILLED, si_pid="), j.get(0));
        // -o FILE with a command implies -e quiet=attach: not a word
        r = run(ROOT, null, SamplesIT.JSTRACE.toString(), "-o", f.toString(), "-e", "trace=none", SAMPLES + "/cloneptrace");
        assertEquals(0, r.status(), r.stderr());
        assertEquals("", r.stderr());
        assumeTrue(onPath("strace"), "strace is not installed");
        Path g = tmp.resolve("clone-strace.txt");
        SamplesIT.Result s = run(ROOT, null, "strace", "-o", g.toString(), "-e", "trace=none", "--quiet=personality",
                SAMPLES + "/cloneptrace");
        assertEquals(mask(read(g)), mask(j));
        assertEquals(s.stderr().replaceAll("\\d+", "N").replace("strace:", "jstrace:"),
                run(ROOT, null, SamplesIT.JSTRACE.toString(), "-o", f.toString(), "-e", "trace=none", "--quiet=personality",
                        SAMPLES + "/cloneptrace").stderr().replaceAll("\\d+", "N"));
    }

    /**
     * A child made with clone(CLONE_PARENT) by an unfollowed tracee is the tracer's child: its exit is
     * reaped and reported as strace does ("Exit of unknown pid N ignored"), unless -e quiet=exit (-qq).
     */
    @Test
    void anUntracedChildOfOursExitsAsUnknown() throws Exception {
        buildSamples();
        SamplesIT.Result r = run(ROOT, null, SamplesIT.JSTRACE.toString(), "-e", "trace=none", "-q", SAMPLES + "/cloneparent");
        assertEquals(0, r.status(), r.stderr());
        String child = r.stdout().trim();
        assertEquals("jstrace: Exit of unknown pid " + child + " ignored\n+++ exited with 0 +++\n", r.stderr());
        r = run(ROOT, null, SamplesIT.JSTRACE.toString(), "-e", "trace=none", "-qq", SAMPLES + "/cloneparent");
        assertEquals("", r.stderr());
        assumeTrue(onPath("strace"), "strace is not installed");
        SamplesIT.Result s = run(ROOT, null, "strace", "-e", "trace=none", "-q", SAMPLES + "/cloneparent");
        assertEquals(s.stderr().replace(s.stdout().trim(), "N").replaceAll("(?m)^\\S*strace: ", "jstrace: "),
                run(ROOT, null, SamplesIT.JSTRACE.toString(), "-e", "trace=none", "-q", SAMPLES + "/cloneparent").stderr()
                        .replaceAll("pid \\d+", "pid N"));
    }

    private static List<String> mask(List<String> lines) {
        return lines.stream().map(l -> l.replaceAll("^\\d+(<[^>]*>)? +", "").replaceAll("\\d{3,}", "N")
                .replaceAll("0x[0-9a-f]+N?[0-9a-fN]*", "0xADDR")).toList();
    }

    /**
     * 255 processes: per syscall, the successful calls counted by jstrace -c -f are strace's (failed
     * ones are fork/wait4 restarts after SIGCHLD, which vary from run to run).
     */
    @Test
    void forkBombCountsAreStraces() throws Exception {
        buildSamples();
        assumeTrue(onPath("strace"), "strace is not installed");
        String[] args = {"-c", "-f", "-O", "1s", "-S", "name", SAMPLES + "/forktree"};
        Map<String, Long> s = successes(trace("strace", args)), j = successes(trace(SamplesIT.JSTRACE.toString(), args));
        assertEquals(s, j);
        assertEquals(254L, j.get("clone"));
        assertEquals(254L, j.get("wait4"));
    }

    /**
     * -Y: pids in prefixes, arguments, results and siginfo carry the command name. The child execs
     * sleep only after the parent has opened the FIFO, which it does after its clone and kill calls:
     * those name the child <sh> in every run, and its exit and SIGCHLD name it <sleep>.
     */
    @Test
    void decodePidsIsStraces() throws Exception {
        assumeTrue(onPath("strace"), "strace is not installed");
        Path fifo = tmp.resolve("fifo");
        assertEquals(0, run(ROOT, null, "mkfifo", fifo.toString()).status());
        String[] args = {"-Y", "-f", "-e", "trace=getpid,kill,clone,exit_group", "sh", "-c",
                "{ read x; exec sleep 0; } <\"$0\" & kill -0 $$ $!; echo go >\"$0\"; wait", fifo.toString()};
        List<String> s = trace("strace", args), j = trace(SamplesIT.JSTRACE.toString(), args);
        // the child's cpu times are what they are in each run
        assertEquals(mask(s).stream().map(SamplesIT::maskChildTimes).toList(),
                mask(j).stream().map(SamplesIT::maskChildTimes).toList());
        String text = String.join("\n", j);
        assertTrue(text.matches("(?s).*\\d+<sh> clone\\(.*\\) += (\\d+)<sh>\n.*"), text);
        assertTrue(text.matches("(?s).*\\d+<sh> kill\\(\\d+<sh>, 0\\) += 0.*"), text);
        assertTrue(text.matches("(?s).*\\d+<sleep> exit_group\\(0\\) += \\?.*si_pid=\\d+<sleep>,.*"), text);
    }

    /** Signal lines follow -X like every other constant: si_signo=10 /* SIGUSR1 *\/ with -X verbose. */
    @Test
    void signalLinesFollowTheConstantStyle() throws Exception {
        assumeTrue(onPath("strace"), "strace is not installed");
        for (String style : List.of("raw", "verbose")) {
            String[] args = {"-X", style, "-f", "-e", "trace=none", "sh", "-c", "trap : USR1; kill -USR1 $$; /bin/true"};
            assertEquals(mask(trace("strace", args)), mask(trace(SamplesIT.JSTRACE.toString(), args)), "-X " + style);
        }
    }

    /** syscall name -> calls - errors, from a -c table. */
    private static Map<String, Long> successes(List<String> table) {
        Map<String, Long> m = new TreeMap<>();
        for (String l : table) {
            String[] f = l.trim().split("\\s+");
            if (f.length < 5 || !f[0].matches("[0-9.]+") || f[f.length - 1].equals("total")) continue;
            long calls = Long.parseLong(f[3]);
            long errors = f.length == 6 ? Long.parseLong(f[4]) : 0;
            m.put(f[f.length - 1], calls - errors);
        }
        return m;
    }
}
