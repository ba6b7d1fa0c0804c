package jstrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Differential test against the real strace: the same command traced by {@code strace -o A} and by
 * {@code scripts/jstrace -o B}, from the same directory with the same environment, stdin, stdout and
 * stderr, must give the same trace.
 *
 * <p>This first version asserts, line by line after masking what varies between two runs, that the
 * SEQUENCE OF SYSCALL NAMES and the RETURN VALUES (with their errno names and texts) are identical,
 * that signal and exit lines ("--- SIG... ---", "+++ ... +++") are identical, and that both exit with
 * the same status and the command writes the same output. Only for the asm sample, whose whole trace
 * is fixed, are the full lines compared already.
 *
 * <p>Stricter comparisons to enable later, in this order, as decoders are completed:
 * <ol>
 *   <li>full-line equality (arguments included) after {@link #maskLine} for the static samples: needs
 *       every start-up call of static glibc decoded (arch_prctl, set_tid_address, set_robust_list,
 *       rseq, prlimit64 with its struct, readlink, getrandom with -x style bytes);
 *   <li>full-line equality for /bin/true, cat and ls (dynamic loader: openat flags, newfstatat with
 *       struct stat, mmap/mprotect flags, pread64 buffers, getdents64, ioctl TCGETS);
 *   <li>the same comparisons under -v, -x, -xx, -y and -s 8.
 * </ol>
 * {@link #fullLineReport} already prints the full-line differences (as information, not asserted).
 */
class StraceDiffIT {
    static final Path ROOT = SamplesIT.ROOT;

    @TempDir
    Path tmp;

    @BeforeAll
    static void needStrace() {
        assumeTrue(SamplesIT.onPath("strace"), "strace is not installed: nothing to compare with");
        assumeTrue(probeStrace(), "strace is installed but cannot trace here (ptrace refused?)");
    }

    private static boolean probeStrace() {
        try {
            Path out = Files.createTempFile("strace-probe", ".txt");
            try {
                SamplesIT.Result r = SamplesIT.run(ROOT, null, "strace", "-o", out.toString(), "true");
                return r.status() == 0 && Files.readString(out).contains("+++ exited with 0 +++");
            } finally {
                Files.deleteIfExists(out);
            }
        } catch (Exception e) {
            return false;
        }
    }

    static Stream<Arguments> commands() {
        List<Arguments> list = new ArrayList<>();
        for (String s : List.of("hello", "getpid", "openmissing", "killself", "exit3")) {
            list.add(Arguments.of(true, List.of(SamplesIT.SAMPLES + "/" + s)));
        }
        list.add(Arguments.of(true, List.of(SamplesIT.SAMPLES + "/killself", "TERM")));
        list.add(Arguments.of(false, List.of("/bin/true")));
        list.add(Arguments.of(false, List.of("cat", "/etc/hostname")));
        list.add(Arguments.of(false, List.of("ls", "/")));
        list.add(Arguments.of(false, List.of("sh", "-c", "exit 3")));
        // Not here: sh -c '/bin/true; exit 0' (a child and its SIGCHLD): whether SIGCHLD arrives before
        // or after wait4 returns varies from run to run, for strace as well.
        return list.stream();
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("commands")
    void sameSyscallsAndResultsAsStrace(boolean sample, List<String> command) throws Exception {
        if (sample) SamplesIT.buildSamples();
        if (command.contains("/etc/hostname")) assumeTrue(Files.isReadable(Path.of("/etc/hostname")), "no /etc/hostname");
        Traces t = traceBoth(command);
        assertEquals(t.strace.status(), t.jstrace.status(), "exit status of jstrace vs strace for " + command
                + "\njstrace's stderr:\n" + t.jstrace.stderr());
        assertEquals(t.strace.stdout(), t.jstrace.stdout(), "the command's output");
        assertEquals(t.strace.stderr(), t.jstrace.stderr(), "stderr (the trace went to -o)");

        List<String> a = t.straceLines, b = t.jstraceLines;
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String sa = i < a.size() ? a.get(i) : null, sb = i < b.size() ? b.get(i) : null;
            String ka = sa == null ? "<end of trace>" : nameAndResult(sa);
            String kb = sb == null ? "<end of trace>" : nameAndResult(sb);
            if (!ka.equals(kb)) {
                fail("trace of " + command + " differs at line " + (i + 1) + " (syscall name / result)"
                        + "\n  strace:  " + sa + "\n  jstrace: " + sb
                        + "\n  compared: '" + ka + "' vs '" + kb + "'");
            }
        }
        fullLineReport(command, a, b);
    }

    /** The asm sample's whole trace is decoded already: full lines, under the printing options too. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("printingOptions")
    void helloFullLinesEqualStraces(List<String> options) throws Exception {
        assumeFalse(KNOWN_BUGS.containsKey(options), () -> "known bug: " + KNOWN_BUGS.get(options));
        SamplesIT.buildSamples();
        List<String> cmd = new ArrayList<>(options);
        cmd.add(SamplesIT.SAMPLES + "/hello");
        Traces t = traceBoth(cmd);
        assertEquals(0, t.jstrace.status(), t.jstrace.stderr());
        assertEquals(t.straceLines.stream().map(StraceDiffIT::maskLine).toList(),
                t.jstraceLines.stream().map(StraceDiffIT::maskLine).toList());
    }

    static Stream<List<String>> printingOptions() {
        return Stream.of(List.of(), List.of("-x"), List.of("-xx"), List.of("-s", "2"), List.of("-s0"),
                List.of("-a", "10"), List.of("-a", "0"), List.of("-a60"), List.of("-v"), List.of("-y"), List.of("-yy"),
                List.of("-x", "-y"), List.of("-vxx", "-s3", "-a30"), List.of("-vxxyy", "-s3", "-a30"));
    }

    /**
     * Option sets where jstrace is known to differ from strace (reported; they show as skipped with the
     * reason). Remove an entry once fixed: the comparison then runs for it.
     */
    static final java.util.Map<List<String>, String> KNOWN_BUGS = java.util.Map.of(
            List.of("-vxxyy", "-s3", "-a30"), "not comparable: the two runs write to differently named temporary"
                    + " files, and -xx hex-encodes the -y path past the masking");

    /**
     * -y paths are quoted by strace's string rules (and -x / -xx) with '<' and '>' escaped too: a file
     * called {@code a>b"c\d é} is 1</DIR/a\76b\"c\\d \303\251> (jstrace: \x3e, \x22, \x5c, \xe9).
     */
    @ParameterizedTest(name = "{0} > {1}")
    @MethodSource("fdPathCases")
    void fdPathsQuotedAsStraceDoes(List<String> options, String fileName) throws Exception {
        String key = options + " " + fileName;
        assumeFalse(KNOWN_FD_PATH_BUGS.contains(key), () -> "known bug: -y path quoting differs from strace for " + key);
        SamplesIT.buildSamples();
        Path out;
        try {
            out = Files.createDirectory(tmp.resolve("d")).resolve(fileName);
        } catch (java.nio.file.InvalidPathException e) {
            assumeTrue(false, "file name not representable in this locale (sun.jnu.encoding): " + fileName);
            return;
        }
        Path a = tmp.resolve("strace.trace"), b = tmp.resolve("jstrace.trace");
        List<String> s = new ArrayList<>(List.of("strace", "-o", a.toString()));
        s.addAll(options);
        s.add(SamplesIT.SAMPLES + "/hello");
        List<String> j = new ArrayList<>(List.of("-o", b.toString()));
        j.addAll(options);
        j.add(SamplesIT.SAMPLES + "/hello");
        assertEquals(0, SamplesIT.run(ROOT, null, out, s.toArray(String[]::new)).status());
        SamplesIT.Result rj = SamplesIT.jstraceTo(ROOT, out, j.toArray(String[]::new));
        assertEquals(0, rj.status(), rj.stderr());
        String ws = SamplesIT.read(a).get(1), wj = SamplesIT.read(b).get(1);
        assertTrue(ws.startsWith("write(1<"), ws);
        assertEquals(ws, wj);
    }

    static Stream<Arguments> fdPathCases() {
        List<Arguments> list = new ArrayList<>();
        for (List<String> o : List.of(List.of("-y"), List.of("-x", "-y"), List.of("-xx", "-y"))) {
            for (String f : List.of("plain.txt", "a>b\"c\\d e1", "caf\u00e9")) list.add(Arguments.of(o, f));
        }
        return list.stream();
    }

    static final Set<String> KNOWN_FD_PATH_BUGS = Set.of();

    /** strace's and jstrace's error messages and statuses for bad command lines, strace -> jstrace. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("badCommandLines")
    void sameUsageErrorsAsStrace(List<String> args) throws Exception {
        List<String> s = new ArrayList<>(List.of("strace"));
        s.addAll(args);
        SamplesIT.Result st = SamplesIT.run(ROOT, null, s.toArray(String[]::new));
        SamplesIT.Result js = SamplesIT.jstrace(ROOT, args.toArray(String[]::new));
        assertEquals(st.status(), js.status(), "exit status for " + args + "; jstrace said: " + js.stderr());
        assertEquals(st.stderr().replace("strace", "jstrace"), js.stderr());
    }

    static Stream<List<String>> badCommandLines() {
        return Stream.of(List.of(), List.of("-J", "true"), List.of("-xJ", "true"), List.of("--foo", "true"),
                List.of("-o"), List.of("-s"), List.of("--output"), List.of("-s", "-1", "true"),
                List.of("-s", "abc", "true"), List.of("-s", "", "true"), List.of("-a", "-5", "true"),
                List.of("-s100x", "true"), List.of("nosuchcmd"), List.of("--", "-o"),
                List.of("-o", "/nonexistent/dir/trace", "true"));
    }

    // ---- tracing and masking -----------------------------------------------------------------

    record Traces(SamplesIT.Result strace, SamplesIT.Result jstrace, List<String> straceLines, List<String> jstraceLines) {}

    Traces traceBoth(List<String> command) throws Exception {
        Path a = tmp.resolve("strace.trace"), b = tmp.resolve("jstrace.trace");
        List<String> s = new ArrayList<>(List.of("strace", "-o", a.toString()));
        s.addAll(command);
        List<String> j = new ArrayList<>(List.of("-o", b.toString()));
        j.addAll(command);
        SamplesIT.Result rs = SamplesIT.run(ROOT, null, s.toArray(String[]::new));
        SamplesIT.Result rj = SamplesIT.jstrace(ROOT, j.toArray(String[]::new));
        List<String> la = SamplesIT.read(a), lb = SamplesIT.read(b);
        assertTrue(la.size() >= 2, "strace's trace:\n" + String.join("\n", la));
        return new Traces(rs, rj, la, lb);
    }

    private static final Pattern CALL = Pattern.compile("^([a-z_0-9]+)\\((.*)\\) += (.*)$");
    /** Calls whose result is an address (ASLR) or a pid / tid: masked. */
    private static final Set<String> ADDRESS_RESULT = Set.of("brk", "mmap", "mremap", "shmat");
    private static final Set<String> PID_RESULT = Set.of("getpid", "gettid", "getppid", "set_tid_address",
            "fork", "vfork", "clone", "clone3", "wait4", "waitid");

    /** "name = result" of a syscall line; other lines (signals, exits) masked whole. */
    static String nameAndResult(String line) {
        Matcher m = CALL.matcher(line);
        if (!m.matches()) return maskLine(line);
        String name = m.group(1), result = m.group(3);
        if (ADDRESS_RESULT.contains(name) && result.startsWith("0x")) result = "ADDR";
        else if (PID_RESULT.contains(name) && result.matches("\\d+")) result = "PID";
        // the result of the call a signal handler interrupted: a child's pid after wait4 in sh
        else if (name.equals("rt_sigreturn") && result.matches("\\d{2,}")) result = "N";
        return name + " = " + result;
    }

    /**
     * What may differ between two runs of the same command: addresses (hex numbers of 7+ digits, the
     * environment pointer of execve, the results of brk/mmap), pids and tids, getrandom's bytes. The
     * "/* N vars *&#47;" count is the same for both and is kept.
     */
    static String maskLine(String line) {
        String l = line;
        Matcher m = CALL.matcher(l);
        if (m.matches()) l = m.group(1) + "(" + m.group(2) + ") = " + nameAndResult(l).substring(m.group(1).length() + 3);
        l = l.replaceAll("0x[0-9a-f]{7,}", "0xADDR");
        l = l.replaceAll("^(brk|mmap|munmap|mprotect|mremap)\\(0x[0-9a-f]+", "$1(0xADDR");
        l = l.replaceAll("^getrandom\\(\"[^\"]*\"", "getrandom(\"BYTES\"");
        l = l.replaceAll("si_pid=\\d+", "si_pid=PID");
        l = SamplesIT.maskChildTimes(l);
        // -y: the command's stdout is a temporary file of its own in each run
        l = l.replaceAll("jstrace-it\\d+\\.(out|err)", "jstrace-it.$1");
        l = l.replaceAll("^(kill|tkill)\\(\\d+", "$1(PID");
        l = l.replaceAll("^tgkill\\(\\d+, \\d+", "tgkill(PID, PID");
        return l;
    }

    /** Full-line differences, printed for information (to be asserted later, see the class comment). */
    static void fullLineReport(List<String> command, List<String> a, List<String> b) {
        int n = 0;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            String ma = maskLine(a.get(i)), mb = maskLine(b.get(i));
            if (!ma.equals(mb)) {
                if (n++ < 5) sb.append("\n  strace:  ").append(a.get(i)).append("\n  jstrace: ").append(b.get(i));
            }
        }
        System.out.println("StraceDiffIT " + command + ": " + n + " of " + a.size()
                + " lines differ in their arguments" + sb);
    }
}
