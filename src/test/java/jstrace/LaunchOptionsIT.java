package jstrace;

import static jstrace.SamplesIT.ROOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a launched command is started and left: -E, --argv0, -u, -b execve, --kill-on-exit, and what
 * happens to the command when jstrace is killed. Each is compared with strace where strace is installed
 * and knows the option (strace 6.1 has no --argv0 nor --kill-on-exit).
 */
class LaunchOptionsIT {
    @TempDir
    Path dir;

    /** strace on PATH (run by that name: it names itself so in its messages). */
    private static boolean straceInstalled() {
        return SamplesIT.onPath("strace");
    }

    /** Whether the installed strace accepts {@code option} (run on /bin/true). */
    private static boolean straceKnows(String option) throws Exception {
        return straceInstalled() && SamplesIT.run(ROOT, null, "strace", "-o", "/dev/null", option, "/bin/true").status() == 0;
    }

    private static boolean isRoot() throws Exception {
        return SamplesIT.uid() == 0;
    }

    /** What differs between two runs of the same program: addresses, pids, random bytes, the tracer's name. */
    static List<String> mask(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            l = l.replaceAll("0x[0-9a-f]+", "0xADDR").replaceAll("\\bj?strace: ", "TRACER: ")
                    .replaceAll("getrandom\\(\"[^\"]*\"", "getrandom(\"RANDOM\"")
                    .replaceAll("(Process |\\[pid +|^)\\d{2,}", "$1PID")
                    .replaceAll("= \\d{2,}$", "= NUM");
            out.add(l);
        }
        return out;
    }

    private record Run(SamplesIT.Result result, List<String> trace) {}

    /** strace (or jstrace when {@code tracer} is null) -o TRACE ARGS..., the command's stdout captured. */
    private Run traced(String tracer, String... args) throws Exception {
        Path trace = dir.resolve((tracer == null ? "jstrace" : "strace") + "-" + System.nanoTime() + ".trace");
        List<String> cmd = new ArrayList<>();
        cmd.add(tracer == null ? SamplesIT.JSTRACE.toString() : tracer);
        cmd.add("-o");
        cmd.add(trace.toString());
        cmd.addAll(Arrays.asList(args));
        SamplesIT.Result r = SamplesIT.run(ROOT, null, cmd.toArray(String[]::new));
        List<String> lines = Files.exists(trace) ? Files.readAllLines(trace, StandardCharsets.ISO_8859_1) : List.of();
        return new Run(r, lines);
    }

    /** The same command under jstrace and (when installed) strace: same status, stdout, stderr and trace. */
    private Run compare(String... args) throws Exception {
        Run j = traced(null, args);
        if (straceInstalled()) {
            Run s = traced("strace", args);
            assertEquals(s.result.status(), j.result.status(), "exit status; jstrace said: " + j.result.stderr());
            assertEquals(s.result.stdout(), j.result.stdout(), "the command's output");
            assertEquals(mask(List.of(s.result.stderr().split("\n", -1))), mask(List.of(j.result.stderr().split("\n", -1))));
            assertEquals(mask(s.trace), mask(j.trace));
        }
        return j;
    }

    // ---- -E ----------------------------------------------------------------------------------

    @Test
    void envSetsAndRemovesVariablesInStracesOrder() throws Exception {
        Run j = compare("-E", "FOO=1", "-E", "HOME", "-E", "FOO=2", "-E", "BAR=x=y", "-E", "NOSUCH", "--env=PATH=", "/usr/bin/env");
        List<String> vars = List.of(j.result.stdout().split("\n"));
        assertTrue(vars.contains("FOO=2") && vars.contains("BAR=x=y") && vars.contains("PATH="), vars.toString());
        assertTrue(vars.stream().noneMatch(v -> v.startsWith("HOME=") || v.equals("FOO=1")), vars.toString());
        // FOO was new: appended, and replaced in place; BAR after it
        assertTrue(vars.indexOf("FOO=2") < vars.indexOf("BAR=x=y"), vars.toString());
        assertTrue(j.trace.get(0).matches("execve\\(\"/usr/bin/env\", \\[\"/usr/bin/env\"\\], 0x[0-9a-f]+ /\\* "
                + vars.size() + " vars \\*/\\) = 0"), j.trace.get(0));
    }

    @Test
    void envWithoutChangesPassesTheEnvironmentAsItIs() throws Exception {
        Run j = compare("-e", "trace=none", "/usr/bin/env");
        assertEquals(0, j.result.status());
    }

    // ---- --argv0 -----------------------------------------------------------------------------

    @Test
    void argv0IsTheCommandsArgvZero() throws Exception {
        String[] args = {"--argv0=zero", "/bin/sh", "-c", "echo $0"};
        Run j = straceKnows("--argv0=x") ? compare(args) : traced(null, args);
        assertEquals(0, j.result.status(), j.result.stderr());
        assertEquals("zero\n", j.result.stdout());
        assertTrue(j.trace.get(0).startsWith("execve(\"/bin/sh\", [\"zero\", \"-c\", \"echo $0\"], "), j.trace.get(0));
        SamplesIT.Result bad = SamplesIT.jstrace(ROOT, "--argv0=zero", "-p", "1");
        assertEquals(1, bad.status());
        assertEquals("jstrace: PROG [ARGS] must be specified with --argv0\nTry 'jstrace -h' for more information.\n",
                bad.stderr());
    }

    // ---- -u ----------------------------------------------------------------------------------

    @Test
    void userRunsTheCommandAsThatUser() throws Exception {
        assumeTrue(isRoot(), "-u needs root");
        assumeTrue(Files.readString(Path.of("/etc/passwd")).contains("\nnobody:"), "no user nobody");
        Run j = compare("-u", "nobody", "/usr/bin/id");
        assertEquals(0, j.result.status(), j.result.stderr());
        assertTrue(j.result.stdout().startsWith("uid=65534(nobody) gid=65534("), j.result.stdout());
        assertTrue(j.trace.get(0).startsWith("execve(\"/usr/bin/id\", [\"/usr/bin/id\"], "), j.trace.get(0));
        assertEquals("+++ exited with 0 +++", j.trace.get(j.trace.size() - 1));
    }

    /** initgroups: a user listed as a member of groups in /etc/group gets them (compared with id USER). */
    @Test
    void userGetsItsSupplementaryGroups() throws Exception {
        assumeTrue(isRoot(), "-u needs root");
        String member = null;
        for (String l : Files.readAllLines(Path.of("/etc/group"))) {
            String[] f = l.split(":", -1);
            if (f.length == 4 && !f[3].isEmpty()) {
                String u = f[3].split(",")[0];
                if (SamplesIT.run(ROOT, null, "id", "-u", u).status() == 0) {
                    member = u;
                    break;
                }
            }
        }
        assumeTrue(member != null, "no user with supplementary groups in /etc/group");
        Run j = compare("-e", "trace=none", "-u", member, "/usr/bin/id");
        assertEquals(SamplesIT.run(ROOT, null, "id", member).stdout(), j.result.stdout());
    }

    @Test
    void unknownUserIsRefused() throws Exception {
        assumeTrue(isRoot(), "as another user, -u is refused before the lookup");
        SamplesIT.Result j = SamplesIT.jstrace(ROOT, "-u", "nosuchuser-jstrace", "true");
        assertEquals(1, j.status());
        assertEquals("jstrace: Cannot find user 'nosuchuser-jstrace'\n", j.stderr());
        if (straceInstalled()) {
            SamplesIT.Result s = SamplesIT.run(ROOT, null, "strace", "-u", "nosuchuser-jstrace", "true");
            assertEquals(s.status(), j.status());
            assertEquals(s.stderr().replace("strace:", "jstrace:"), j.stderr());
        }
    }

    /** strace 7.2, where it was built (-u UID:GID is newer than the installed 6.1). */
    private static final Path STRACE72 = Path.of("/tmp/strace72/src/strace");

    /** -u UID:GID: the ids as given, no lookup, no supplementary groups (id -G lists only the gid). */
    @Test
    void numericUidGidPairRunsTheCommandWithThoseIdsAndNoGroups() throws Exception {
        assumeTrue(isRoot(), "-u needs root");
        String[] cmd = {"-qq", "-e", "trace=none", "-e", "signal=none", "-u", "4294967294:65533", "sh", "-c", "id -u; id -g; id -G"};
        SamplesIT.Result j = SamplesIT.jstrace(ROOT, cmd);
        assertEquals(0, j.status(), j.stderr());
        assertEquals("4294967294\n65533\n65533\n", j.stdout());
        assertEquals("", j.stderr());
        if (Files.isExecutable(STRACE72)) {
            List<String> s = new ArrayList<>(List.of(STRACE72.toString()));
            s.addAll(List.of(cmd));
            SamplesIT.Result r = SamplesIT.run(ROOT, null, s.toArray(new String[0]));
            assertEquals(r.stdout(), j.stdout());
            assertEquals(r.status(), j.status());
        }
    }

    /** A UID:GID pair whose part is not an id (empty, not a number, negative, past (uid_t) -1 - 1) is refused as strace 7.2 refuses it. */
    @Test
    void badUidGidPairIsRefused() throws Exception {
        assumeTrue(isRoot(), "as another user, -u is refused before the pair is read");
        for (String pair : new String[] {"1:", ":1", "1:x", "-1:2", "4294967295:0", "1x:2"}) {
            SamplesIT.Result j = SamplesIT.jstrace(ROOT, "-u", pair, "true");
            assertEquals(1, j.status(), pair);
            assertEquals("jstrace: Invalid UID:GID pair '" + pair + "'\n", j.stderr());
            if (Files.isExecutable(STRACE72)) {
                SamplesIT.Result s = SamplesIT.run(ROOT, null, STRACE72.toString(), "-u", pair, "true");
                assertEquals(s.status(), j.status(), pair);
                assertEquals(s.stderr().replace(STRACE72 + ":", "jstrace:"), j.stderr());
            }
        }
        // as strace's string_to_uint_ex: the uid may end at the second colon, a sign and blanks lead
        SamplesIT.Result ok = SamplesIT.jstrace(ROOT, "-qq", "-e", "trace=none", "-e", "signal=none", "-u", " 7:+8:9", "sh", "-c", "id -u; id -g");
        assertEquals("7\n8\n", ok.stdout(), ok.stderr());
    }

    // ---- -b execve ---------------------------------------------------------------------------

    @Test
    void detachOnExecveLeavesTheExecLineUnfinished() throws Exception {
        for (String f : new String[] {"-f", "-q"}) {
            Run j = compare(f, "-b", "execve", "/bin/sh", "-c", "exec /bin/sh -c 'exit 3'");
            // strace's exit status is 0: the detached command's status is not its own
            assertEquals(0, j.result.status());
            String last = j.trace.get(j.trace.size() - 1);
            assertTrue(last.matches("(\\d+ +)?execve\\(\"/bin/sh\", \\[\"/bin/sh\", \"-c\", \"exit 3\"\\], 0x[0-9a-f]+ /\\* \\d+ vars \\*/ <detached \\.\\.\\.>"),
                    last);
        }
    }

    /** On stderr the notice lands after the unfinished execve, then " <detached ...>" ends the line. */
    @Test
    void detachNoticeOnStderr() throws Exception {
        String[] args = {"-b", "execve", "/bin/sh", "-c", "exec /bin/true"};
        SamplesIT.Result j = SamplesIT.jstrace(ROOT, args);
        assertEquals(0, j.status());
        List<String> lines = List.of(j.stderr().split("\n"));
        assertTrue(lines.get(lines.size() - 2).matches("execve\\(\"/bin/true\", .* vars \\*/jstrace: Process \\d+ detached"),
                lines.get(lines.size() - 2));
        assertEquals(" <detached ...>", lines.get(lines.size() - 1));
        if (straceInstalled()) {
            List<String> s = new ArrayList<>(List.of("strace"));
            s.addAll(List.of(args));
            SamplesIT.Result st = SamplesIT.run(ROOT, null, s.toArray(String[]::new));
            assertEquals(st.status(), j.status());
            assertEquals(mask(List.of(st.stderr().split("\n"))), mask(lines));
        }
    }

    @Test
    void detachOnOnlyExecve() throws Exception {
        SamplesIT.Result j = SamplesIT.jstrace(ROOT, "-b", "clone", "true");
        assertEquals(1, j.status());
        assertEquals("jstrace: Syscall 'clone' for -b isn't supported\n", j.stderr());
        if (straceInstalled()) {
            SamplesIT.Result s = SamplesIT.run(ROOT, null, "strace", "-b", "clone", "true");
            assertEquals(s.status(), j.status());
            assertEquals(s.stderr().replace("strace:", "jstrace:"), j.stderr());
        }
    }

    // ---- --kill-on-exit, and jstrace killed ----------------------------------------------------

    @Test
    void killOnExitRefusesAttach() throws Exception {
        SamplesIT.Result j = SamplesIT.jstrace(ROOT, "--kill-on-exit", "-p", "1");
        assertEquals(1, j.status());
        assertEquals("jstrace: --kill-on-exit and -p/--attach are mutually exclusive options\n", j.stderr());
    }

    /** Without --kill-on-exit the command outlives a SIGKILLed jstrace, running and untraced (as with strace). */
    @Test
    void killedJstraceLeavesTheCommandRunningUntraced() throws Exception {
        long pid = sleepUnderJstraceThenKillIt();
        try {
            waitFor(() -> "0".equals(ProcStatus.fieldIfAlive(pid, "TracerPid")));
            assertEquals("0", ProcStatus.fieldIfAlive(pid, "TracerPid"), "not traced any more");
            String state = ProcStatus.fieldIfAlive(pid, "State");
            assertTrue(state != null && !state.startsWith("t") && !state.startsWith("T"), "not stopped: " + state);
            assertTrue(state.startsWith("S") || state.startsWith("R"), "running: " + state);
        } finally {
            new ProcessBuilder("kill", "-KILL", Long.toString(pid)).start().waitFor();
        }
    }

    @Test
    void killOnExitKillsTheCommandWithJstrace() throws Exception {
        long pid = sleepUnderJstraceThenKillIt("--kill-on-exit");
        waitFor(() -> gone(pid));
        assertTrue(gone(pid), "the command died with jstrace: " + ProcStatus.fieldIfAlive(pid, "State"));
    }

    /** A seccomp-filtered command cannot run on without its tracer (filtered calls would fail): it dies too. */
    @Test
    void filteredCommandDiesWithJstrace() throws Exception {
        long pid = sleepUnderJstraceThenKillIt("-f", "--seccomp-bpf", "-e", "trace=openat");
        waitFor(() -> gone(pid));
        assertTrue(gone(pid), "the command died with jstrace: " + ProcStatus.fieldIfAlive(pid, "State"));
    }

    /** jstrace OPTIONS sh -c 'echo $$ > F; exec sleep 30', SIGKILLed once sleep runs; returns sleep's pid. */
    private long sleepUnderJstraceThenKillIt(String... options) throws Exception {
        Path pidFile = dir.resolve("pid-" + System.nanoTime());
        List<String> cmd = new ArrayList<>(List.of(SamplesIT.JSTRACE.toString(), "-o", "/dev/null"));
        cmd.addAll(List.of(options));
        cmd.addAll(List.of("/bin/sh", "-c", "echo $$ > " + pidFile + "; exec sleep 30"));
        Process tracer = new ProcessBuilder(cmd).redirectInput(new File("/dev/null"))
                .redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile()).start();
        waitFor(() -> Files.exists(pidFile) && pidFile.toFile().length() > 0);
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        waitFor(() -> {
            try {
                return Files.readString(Path.of("/proc/" + pid + "/comm")).trim().equals("sleep");
            } catch (Exception e) {
                return false;
            }
        });
        assertTrue(!"0".equals(ProcStatus.fieldIfAlive(pid, "TracerPid")), "sleep is traced before the kill");
        // the launcher execs java: the JVM is the tracer
        new ProcessBuilder("kill", "-KILL", Long.toString(tracer.pid())).start().waitFor();
        assertTrue(tracer.waitFor(10, TimeUnit.SECONDS));
        return pid;
    }


    /** Gone, or a zombie (its parent, the JVM, is gone too, so init reaps it soon). */
    private static boolean gone(long pid) {
        String s = ProcStatus.fieldIfAlive(pid, "State");
        return s == null || s.startsWith("Z");
    }

    private static void waitFor(Await.Condition cond) throws Exception {
        Await.until(cond);
    }
}
