package jstrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End-to-end smoke tests: scripts/jstrace (the packaged jar) traces the sample programs of
 * scripts/samples/ and a few commands; the traces, the exit statuses and the messages must be
 * strace's. Runs from the repository root (failsafe's working directory), so the samples are traced
 * under their relative names target/samples/X, as the expected lines spell them.
 */
class SamplesIT {
    static final Path ROOT = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    static final Path JSTRACE = ROOT.resolve("scripts/jstrace");
    static final String SAMPLES = "target/samples";
    /** The -o trace ends "exited with 0"; between the columns strace pads " = " to column 40. */
    static final int COLUMN = 40;

    @TempDir
    Path tmp;

    private static boolean samplesBuilt;

    @BeforeAll
    static void launcherExists() {
        assertTrue(Files.isExecutable(JSTRACE), JSTRACE + " is not executable");
        assertTrue(Files.isRegularFile(ROOT.resolve("target/jstrace.jar")),
                "target/jstrace.jar is missing: the IT runs after 'mvn package'");
    }

    /** Builds the samples once (skips the calling test when gcc is missing). */
    static synchronized void buildSamples() throws Exception {
        assumeTrue(onPath("gcc"), "gcc is not installed: the sample programs cannot be built");
        if (samplesBuilt) return;
        Result r = run(ROOT, null, "sh", ROOT.resolve("scripts/samples/build.sh").toString(), SAMPLES);
        assertEquals(0, r.status, "scripts/samples/build.sh failed:\n" + r.stderr);
        for (String s : List.of("hello", "getpid", "openmissing", "killself", "exit3")) {
            assertTrue(Files.isExecutable(ROOT.resolve(SAMPLES).resolve(s)), s + " was not built");
        }
        samplesBuilt = true;
    }

    // ---- the samples -------------------------------------------------------------------------

    @Test
    void helloTraceIsExactlyStraces() throws Exception {
        buildSamples();
        Path trace = tmp.resolve("hello.trace");
        Result r = jstrace(ROOT, "-o", trace.toString(), SAMPLES + "/hello");
        assertEquals(0, r.status, r.stderr);
        assertEquals("hello\n", r.stdout);
        assertEquals("", r.stderr, "nothing but the trace, and that went to -o");
        List<String> lines = read(trace);
        // the tracee got exactly our environment: the count is that of the block we gave
        int vars = new ProcessBuilder().environment().size();
        assertEquals(List.of(
                "execve(\"target/samples/hello\", [\"target/samples/hello\"], 0xADDR /* " + vars + " vars */) = 0",
                "write(1, \"hello\\n\", 6)                  = 6",
                "exit(0)                                 = ?",
                "+++ exited with 0 +++"), maskExecve(lines));
        assertEquals(COLUMN, lines.get(1).indexOf("= 6"), "write's result column: " + lines.get(1));
        assertEquals(COLUMN, lines.get(2).indexOf("= ?"), "exit's result column: " + lines.get(2));
        assertTrue(lines.get(0).matches("execve\\(.*, 0x[0-9a-f]{6,16} /\\* \\d+ vars \\*/\\) = 0"), lines.get(0));
    }

    @Test
    void helloWithColumnOption() throws Exception {
        buildSamples();
        Path trace = tmp.resolve("hello.trace");
        Result r = jstrace(ROOT, "-a", "30", "-o", trace.toString(), SAMPLES + "/hello");
        assertEquals(0, r.status, r.stderr);
        List<String> lines = read(trace);
        assertEquals("write(1, \"hello\\n\", 6)        = 6", lines.get(1));
        // a line longer than the column gets one space, as strace prints it
        assertTrue(lines.get(0).endsWith(" vars */) = 0"), lines.get(0));
    }

    @Test
    void getpidPrintsThePid() throws Exception {
        buildSamples();
        Path trace = tmp.resolve("getpid.trace");
        Result r = jstrace(ROOT, "-o", trace.toString(), SAMPLES + "/getpid");
        assertEquals(0, r.status, r.stderr);
        List<String> lines = read(trace);
        String getpid = only(lines, "getpid(");
        Matcher m = Pattern.compile("getpid\\(\\) {32}= (\\d+)").matcher(getpid);
        assertTrue(m.matches(), "getpid line: '" + getpid + "'");
        long pid = Long.parseLong(m.group(1));
        // static glibc's start-up set_tid_address returns the (main thread's) tid, which is the pid
        Matcher tid = Pattern.compile("set_tid_address\\(0x[0-9a-f]+\\) +(= \\d+)").matcher(only(lines, "set_tid_address("));
        assertTrue(tid.matches(), only(lines, "set_tid_address("));
        assertEquals("= " + pid, tid.group(1));
        assertNotEquals(r.pid, pid, "the pid is the tracee's, not jstrace's");
        assertEquals("exit_group(0)                           = ?", lines.get(lines.size() - 2));
        assertEquals("+++ exited with 0 +++", last(lines));
        assertTrue(lines.get(0).startsWith("execve(\"target/samples/getpid\", [\"target/samples/getpid\"], 0x"), lines.get(0));
    }

    @Test
    void openMissingFileFailsWithEnoent() throws Exception {
        buildSamples();
        Path trace = tmp.resolve("open.trace");
        Result r = jstrace(ROOT, "-o", trace.toString(), SAMPLES + "/openmissing");
        assertEquals(0, r.status, r.stderr);
        List<String> lines = read(trace);
        String all = String.join("\n", lines);
        // glibc's open(3) is openat(2); the sample then makes a raw open(2)
        String openat = only(lines, "openat(");
        assertTrue(openat.matches("openat\\(.*\\) += -1 ENOENT \\(No such file or directory\\)"), all);
        String open = only(lines, "open(");
        assertTrue(open.startsWith("open(\"/nonexistent/jstrace-sample\", "), all);
        assertTrue(open.endsWith(", 0640) = -1 ENOENT (No such file or directory)"), all);
        assertTrue(lines.indexOf(openat) + 1 == lines.indexOf(open), "open follows openat:\n" + all);
        assertEquals("exit_group(0)                           = ?", lines.get(lines.size() - 2));
        assertEquals("+++ exited with 0 +++", last(lines));
    }

    @Test
    void openMissingLinesAreStraces() throws Exception {
        buildSamples();
        Path trace = tmp.resolve("open.trace");
        assertEquals(0, jstrace(ROOT, "-o", trace.toString(), SAMPLES + "/openmissing").status);
        List<String> lines = read(trace);
        assertTrue(lines.contains("openat(AT_FDCWD, \"/nonexistent/jstrace-sample\", O_RDONLY) = -1 ENOENT (No such file or directory)"),
                String.join("\n", lines));
        assertTrue(lines.contains("open(\"/nonexistent/jstrace-sample\", O_WRONLY|O_CREAT|O_CLOEXEC, 0640) = -1 ENOENT (No such file or directory)"),
                String.join("\n", lines));
    }

    @Test
    void killSelfWithSigsegv() throws Exception {
        buildSamples();
        // a directory of its own: nobody may leave a core file behind
        Path dir = Files.createDirectory(tmp.resolve("cwd"));
        Path trace = tmp.resolve("kill.trace");
        Result r = jstrace(dir, "-o", trace.toString(), ROOT.resolve(SAMPLES + "/killself").toString());
        assertEquals(128 + 11, r.status, "jstrace dies by the tracee's signal:\n" + r.stderr);
        assertFalse(r.stderr.contains("Exception"), r.stderr);
        List<String> lines = read(trace);
        int n = lines.size();
        assertTrue(n >= 4, String.join("\n", lines));
        long pid = pidFromGetpid(lines);
        assertEquals(String.format("%-39s = 0", "kill(" + pid + ", SIGSEGV)"), lines.get(n - 3));
        assertEquals("--- SIGSEGV {si_signo=SIGSEGV, si_code=SI_USER, si_pid=" + pid + ", si_uid=" + uid() + "} ---",
                lines.get(n - 2));
        assertEquals("+++ killed by SIGSEGV +++", lines.get(n - 1));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(), s.toList(), "no core file");
        }
    }

    @Test
    void killSelfWithSigtermByTgkill() throws Exception {
        buildSamples();
        Path trace = tmp.resolve("term.trace");
        Result r = jstrace(ROOT, "-o", trace.toString(), SAMPLES + "/killself", "TERM");
        assertEquals(128 + 15, r.status, r.stderr);
        List<String> lines = read(trace);
        int n = lines.size();
        long pid = pidFromGetpid(lines);
        assertEquals(String.format("%-39s = 0", "tgkill(" + pid + ", " + pid + ", SIGTERM)"), lines.get(n - 3));
        assertEquals("--- SIGTERM {si_signo=SIGTERM, si_code=SI_TKILL, si_pid=" + pid + ", si_uid=" + uid() + "} ---",
                lines.get(n - 2));
        assertEquals("+++ killed by SIGTERM +++", lines.get(n - 1));
        assertTrue(lines.get(0).startsWith(
                "execve(\"target/samples/killself\", [\"target/samples/killself\", \"TERM\"], 0x"), lines.get(0));
    }

    @Test
    void exit3() throws Exception {
        buildSamples();
        Path trace = tmp.resolve("exit3.trace");
        Result r = jstrace(ROOT, "-o", trace.toString(), SAMPLES + "/exit3");
        assertEquals(3, r.status, r.stderr);
        List<String> lines = read(trace);
        assertEquals(List.of("exit_group(3)                           = ?", "+++ exited with 3 +++"),
                lines.subList(lines.size() - 2, lines.size()));
    }

    // ---- commands and the command line -------------------------------------------------------

    @Test
    void traceOfTrueToFile() throws Exception {
        Path trace = tmp.resolve("true.trace");
        Result r = jstrace(ROOT, "-o", trace.toString(), "true");
        assertEquals(0, r.status, r.stderr);
        assertEquals("", r.stderr);
        List<String> lines = read(trace);
        assertTrue(lines.get(0).matches("execve\\(\"/[^\"]*/true\", \\[\"true\"\\], 0x[0-9a-f]+ /\\* \\d+ vars \\*/\\) = 0"),
                lines.get(0));
        assertEquals("exit_group(0)                           = ?", lines.get(lines.size() - 2));
        assertEquals("+++ exited with 0 +++", last(lines));
    }

    @Test
    void exitStatusOfTheCommand() throws Exception {
        Result r = jstrace(ROOT, "sh", "-c", "exit 3");
        assertEquals(3, r.status, r.stderr);
        // without -o the trace goes to stderr
        assertTrue(r.stderr.startsWith("execve(\"/"), r.stderr);
        assertTrue(r.stderr.endsWith("+++ exited with 3 +++\n"), r.stderr);
    }

    @Test
    void tracedCommandKeepsItsStdio() throws Exception {
        Path trace = tmp.resolve("echo.trace");
        Result r = jstrace(ROOT, "-o", trace.toString(), "sh", "-c", "echo out; echo err >&2; exit 0");
        assertEquals(0, r.status, r.stderr);
        assertEquals("out\n", r.stdout);
        assertEquals("err\n", r.stderr);
        // dash's builtin echo writes to fd 1 after dup2(2, 1)
        assertTrue(read(trace).contains("write(1, \"err\\n\", 4)                    = 4"), String.join("\n", read(trace)));
    }

    @Test
    void missingCommand() throws Exception {
        Result r = jstrace(ROOT, "nosuchcmd");
        assertEquals(1, r.status);
        assertEquals("jstrace: Can't stat 'nosuchcmd': No such file or directory\n", r.stderr);
        assertEquals("", r.stdout);
    }

    @Test
    void noCommand() throws Exception {
        Result r = jstrace(ROOT);
        assertEquals(1, r.status);
        assertEquals("jstrace: must have PROG [ARGS] or -p PID\nTry 'jstrace -h' for more information.\n", r.stderr);
    }

    @Test
    void invalidOption() throws Exception {
        Result r = jstrace(ROOT, "-J", "true");
        assertEquals(1, r.status);
        assertEquals("jstrace: invalid option -- 'J'\nTry 'jstrace -h' for more information.\n", r.stderr);
    }

    @Test
    void unimplementedOptionIsRefusedInOneLine() throws Exception {
        for (String opt : List.of("--secontext", "--secontext=full")) {
            Result r = jstrace(ROOT, opt, "true");
            assertEquals(1, r.status, opt + ": " + r.stderr);
            assertTrue(r.stderr.startsWith("jstrace: "), r.stderr);
            assertTrue(r.stderr.contains("is not supported by this build"), r.stderr);
            assertEquals(1, r.stderr.split("\n").length, "one line: " + r.stderr);
            assertFalse(r.stderr.contains("Exception") || r.stderr.contains("\tat "), r.stderr);
            assertFalse(r.stderr.contains("execve("), "nothing was traced: " + r.stderr);
        }
    }

    @Test
    void unwritableOutputFile() throws Exception {
        Result r = jstrace(ROOT, "-o", "/nonexistent/dir/trace", "true");
        assertEquals(1, r.status);
        assertEquals("jstrace: Can't fopen '/nonexistent/dir/trace': No such file or directory\n", r.stderr);
    }

    @Test
    void helpAndVersion() throws Exception {
        Result h = jstrace(ROOT, "-h");
        assertEquals(0, h.status, h.stderr);
        assertTrue(h.stdout.startsWith("Usage: jstrace "), h.stdout);
        Result v = jstrace(ROOT, "-V");
        assertEquals(0, v.status, v.stderr);
        assertTrue(v.stdout.matches("jstrace -- version \\d+\\.\\d+\\.\\d+\n"), v.stdout);
    }

    // ---- helpers -----------------------------------------------------------------------------

    record Result(int status, String stdout, String stderr, long pid) {}

    static Result jstrace(Path cwd, String... args) throws Exception {
        return jstraceTo(cwd, null, args);
    }

    /** scripts/jstrace ARGS with the command's stdout going to {@code stdout} (null: captured). */
    static Result jstraceTo(Path cwd, Path stdout, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(JSTRACE.toString());
        cmd.addAll(Arrays.asList(args));
        return run(cwd, null, stdout, cmd.toArray(String[]::new));
    }

    /** Runs a command with stdin from /dev/null, capturing stdout and stderr (in files: no pipe deadlock). */
    static Result run(Path cwd, Map<String, String> env, String... cmd) throws Exception {
        return run(cwd, env, null, cmd);
    }

    /** The same, with the command's stdout going to {@code stdout} when not null (then not captured). */
    static Result run(Path cwd, Map<String, String> env, Path stdout, String... cmd) throws Exception {
        Path out = stdout != null ? stdout : Files.createTempFile("jstrace-it", ".out");
        Path err = Files.createTempFile("jstrace-it", ".err");
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile())
                    .redirectInput(new File("/dev/null"))
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            if (env != null) pb.environment().putAll(env);
            Process p = pb.start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("timed out: " + String.join(" ", cmd));
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.ISO_8859_1),
                    Files.readString(err, StandardCharsets.ISO_8859_1), p.pid());
        } finally {
            if (stdout == null) Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    static boolean onPath(String prog) {
        String path = System.getenv("PATH");
        if (path == null) return false;
        for (String dir : path.split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, prog))) return true;
        }
        return false;
    }

    /**
     * The lines of sample {@code sample} traced by {@code tracer} (["-o"] for jstrace, [strace, "-o"] for
     * another tracer) with {@code options} and -e trace={@code calls}, written in {@code dir}; addresses of
     * six or more hex digits masked as 0xADDR. Fails on a non-zero exit status.
     */
    static List<String> traceSample(Path dir, String sample, String calls, List<String> tracer, List<String> options) throws Exception {
        buildSamples();
        Path out = Files.createTempFile(dir, sample, ".trace");
        List<String> cmd = new ArrayList<>(tracer);
        cmd.add(out.toString());
        cmd.addAll(options);
        cmd.add("-e");
        cmd.add("trace=" + calls);
        cmd.add(SAMPLES + "/" + sample);
        String[] args = cmd.toArray(String[]::new);
        Result r = tracer.get(0).equals("-o") ? jstrace(ROOT, args) : run(ROOT, null, args);
        assertEquals(0, r.status(), String.join(" ", cmd) + ":\n" + r.stderr());
        return read(out).stream().map(l -> l.replaceAll("0x[0-9a-f]{6,}", "0xADDR")).toList();
    }

    static List<String> read(Path trace) throws IOException {
        assertTrue(Files.exists(trace), "no trace file " + trace);
        return Files.readAllLines(trace, StandardCharsets.ISO_8859_1);
    }

    /** A child's cpu times in a SIGCHLD or waitid siginfo (with strace's seconds comment after nonzero ones): facts of each run. */
    static String maskChildTimes(String line) {
        return line.replaceAll("si_utime=\\d+( /\\* [0-9.]+ s \\*/)?, si_stime=\\d+( /\\* [0-9.]+ s \\*/)?", "si_utime=N, si_stime=N");
    }

    static List<String> maskExecve(List<String> lines) {
        return lines.stream().map(l -> l.replaceAll("0x[0-9a-f]+ /\\* (\\d+) vars \\*/", "0xADDR /* $1 vars */")).toList();
    }

    static String only(List<String> lines, String prefix) {
        List<String> found = lines.stream().filter(l -> l.startsWith(prefix)).toList();
        assertEquals(1, found.size(), "lines starting with " + prefix + ":\n" + String.join("\n", lines));
        return found.get(0);
    }

    static String last(List<String> lines) {
        assertFalse(lines.isEmpty(), "empty trace");
        return lines.get(lines.size() - 1);
    }

    static long pidFromGetpid(List<String> lines) {
        Matcher m = Pattern.compile("getpid\\(\\) += (\\d+)").matcher(only(lines, "getpid("));
        assertTrue(m.matches(), only(lines, "getpid("));
        return Long.parseLong(m.group(1));
    }

    /** Our real uid (the tracee's, which si_uid reports), from /proc/self/status. */
    static long uid() throws IOException {
        for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (l.startsWith("Uid:")) return Long.parseLong(l.substring(4).trim().split("\\s+")[0]);
        }
        throw new IllegalStateException("no Uid: in /proc/self/status");
    }
}
