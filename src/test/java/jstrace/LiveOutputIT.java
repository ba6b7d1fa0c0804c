package jstrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Live behaviour the finished-file oracle cannot see: a pending call is in the output while the
 * tracee waits, a SIGKILLed jstrace keeps every line it had written, and fatal signals to the tracer
 * do what they do to strace (with and without -o, and with -p). The tests synchronise on what the
 * tracee is doing (/proc/PID/stat and /proc/PID/syscall), never on sleeps.
 */
class LiveOutputIT {
    @TempDir
    Path tmp;

    static final String STRACE = "/usr/bin/strace";

    /** Polls {@code condition} until it holds or {@code millis} pass. */
    static boolean within(long millis, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000L;
        while (true) {
            if (condition.getAsBoolean()) return true;
            if (System.nanoTime() - end > 0) return false;
            Thread.sleep(5);
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return "";
        }
    }

    /** The pids of {@code root}'s descendants whose command name is {@code comm}. */
    static List<Integer> descendants(long root, String comm) {
        List<Integer> out = new ArrayList<>();
        File[] dirs = new File("/proc").listFiles();
        if (dirs == null) return out;
        for (File d : dirs) {
            int pid;
            try {
                pid = Integer.parseInt(d.getName());
            } catch (NumberFormatException e) {
                continue;
            }
            if (!comm.equals(stat(pid, 1)) || !descends(pid, root)) continue;
            out.add(pid);
        }
        return out;
    }

    private static boolean descends(int pid, long root) {
        for (int p = pid, i = 0; p > 1 && i < 64; i++) {
            String pp = stat(p, 3);
            if (pp == null) return false;
            p = Integer.parseInt(pp);
            if (p == root) return true;
        }
        return false;
    }

    /** Field {@code n} of /proc/PID/stat (1: comm without parentheses, 2: state, 3: ppid), or null. */
    static String stat(int pid, int n) {
        try {
            String s = Files.readString(Path.of("/proc/" + pid + "/stat"));
            int open = s.indexOf('('), close = s.lastIndexOf(')');
            if (n == 1) return s.substring(open + 1, close);
            return s.substring(close + 2).split(" ")[n - 2];
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The tracee sleeps in system call {@code nr} (not in a ptrace stop: the tracer let it go on). */
    static boolean blockedIn(int pid, int nr) {
        try {
            String sc = Files.readString(Path.of("/proc/" + pid + "/syscall"));
            return sc.startsWith(nr + " ") && "S".equals(stat(pid, 2));
        } catch (IOException e) {
            return false;
        }
    }

    /** The one traced descendant of {@code root} named {@code comm} (the launcher runs a cat of its own, untraced). */
    static int onlyOne(long root, String comm) throws InterruptedException {
        int[] found = new int[1];
        assertTrue(within(20_000, () -> {
            List<Integer> l = descendants(root, comm);
            l.removeIf(pid -> tracerPid(pid) == 0);
            if (l.size() != 1) return false;
            found[0] = l.get(0);
            return true;
        }), "no " + comm + " under " + root);
        return found[0];
    }

    private static final int READ = 0, RESTART_SYSCALL = 219, CLOCK_NANOSLEEP = 230;

    @Test
    void aBlockedReadIsInTheFileAtOnce() throws Exception {
        Path trace = tmp.resolve("trace");
        Process j = new ProcessBuilder(SamplesIT.JSTRACE.toString(), "-o", trace.toString(), "cat")
                .redirectOutput(new File("/dev/null")).redirectError(tmp.resolve("err").toFile()).start();
        try (OutputStream stdin = j.getOutputStream()) {
            int cat = onlyOne(j.pid(), "cat");
            assertTrue(within(20_000, () -> blockedIn(cat, READ)), "cat waits in read");
            assertTrue(within(500, () -> read(trace).endsWith("read(0, ")), "the pending read is in the file: " + read(trace));
        }
        assertTrue(j.waitFor(20, TimeUnit.SECONDS));
        assertEquals(0, j.exitValue());
        assertTrue(read(trace).endsWith("+++ exited with 0 +++\n"), read(trace));
    }

    @Test
    void aBlockedReadIsOnTheTerminalAtOnce() throws Exception {
        Path out = tmp.resolve("pty");
        // script(1) gives jstrace (and cat) a pseudo-terminal and copies what is written to it
        Process s = new ProcessBuilder("script", "-qfec", SamplesIT.JSTRACE + " cat", "/dev/null")
                .redirectOutput(out.toFile()).redirectError(tmp.resolve("err").toFile()).start();
        try (OutputStream stdin = s.getOutputStream()) {
            int cat = onlyOne(s.pid(), "cat");
            assertTrue(within(20_000, () -> blockedIn(cat, READ)), "cat waits in read");
            // on a terminal with colours (TERM set, NO_COLOR not), --color=auto colours it, as strace 7.x
            assertTrue(within(500, () -> read(out).replaceAll("\033\\[[0-9;]*m", "").contains("read(0, ")),
                    "the pending read is on the terminal: " + read(out));
            stdin.write(4); // ^D: end of input on the terminal
            stdin.flush();
            assertTrue(s.waitFor(20, TimeUnit.SECONDS));
        } finally {
            s.destroyForcibly();
        }
    }

    @Test
    void aKilledTracerKeepsEveryLineItPrinted() throws Exception {
        Path trace = tmp.resolve("trace");
        Process j = new ProcessBuilder(SamplesIT.JSTRACE.toString(), "-o", trace.toString(), "-e", "trace=read,write", "cat")
                .redirectError(tmp.resolve("err").toFile()).start();
        int lines = 5;
        try (OutputStream stdin = j.getOutputStream(); InputStream stdout = j.getInputStream()) {
            int cat = onlyOne(j.pid(), "cat");
            for (int i = 0; i < lines; i++) {
                stdin.write(("" + i + "\n").getBytes(StandardCharsets.US_ASCII));
                stdin.flush();
                byte[] back = stdout.readNBytes(2);
                assertEquals(i + "\n", new String(back, StandardCharsets.US_ASCII));
            }
            // the last write has returned and cat waits for more: the tracer has handled its stops
            assertTrue(within(20_000, () -> blockedIn(cat, READ)), "cat waits in read");
            Runtime.getRuntime().exec(new String[] {"kill", "-KILL", Long.toString(j.pid())}).waitFor();
            assertTrue(j.waitFor(20, TimeUnit.SECONDS));
        }
        String text = read(trace);
        for (int i = 0; i < lines; i++) {
            assertTrue(text.contains("write(1, \"" + i + "\\n\", 2)" + " ".repeat(22) + "= 2\n"), "line " + i + " in:\n" + text);
        }
        assertTrue(text.endsWith("read(0, "), text);
    }

    /** What a tracer did on a fatal signal: its exit status and whether its tracee lived on. */
    record Fate(int status, boolean traceeAlive, boolean traceeTraced) {}

    /** Runs {@code tracer ARGS sleep 5}, signals the tracer once sleep waits, and reports the fate. */
    private Fate launched(String tracer, String sig, boolean toFile) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(tracer));
        if (toFile) cmd.addAll(List.of("-o", tmp.resolve("trace-" + sig).toString()));
        cmd.addAll(List.of("sleep", "3"));
        Process j = new ProcessBuilder(cmd).redirectOutput(new File("/dev/null"))
                .redirectError(tmp.resolve("err-" + sig).toFile()).start();
        int sleep = onlyOne(j.pid(), "sleep");
        assertTrue(within(20_000, () -> blockedIn(sleep, CLOCK_NANOSLEEP)), "sleep waits");
        Runtime.getRuntime().exec(new String[] {"kill", "-" + sig, Long.toString(j.pid())}).waitFor();
        if (!j.waitFor(30, TimeUnit.SECONDS)) {
            j.destroyForcibly();
            fail(tracer + " did not end on SIG" + sig);
        }
        // a tracee killed by the tracer is a zombie until its new parent reaps it; the signal the tracer
        // sent as it died may still be on its way: wait (bounded) for the tracee to act on it
        within(10_000, () -> {
            String st = stat(sleep, 2);
            return st == null || st.equals("Z") || st.equals("X");
        });
        String state = stat(sleep, 2);
        boolean alive = state != null && !state.equals("Z") && !state.equals("X");
        boolean traced = alive && tracerPid(sleep) != 0;
        if (alive) Runtime.getRuntime().exec(new String[] {"kill", "-KILL", Integer.toString(sleep)}).waitFor();
        return new Fate(j.exitValue(), alive, traced);
    }

    static int tracerPid(int pid) {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (l.startsWith("TracerPid:")) return Integer.parseInt(l.substring(10).trim());
            }
        } catch (IOException e) {
            // gone
        }
        return 0;
    }

    private static int signo(String sig) {
        return switch (sig) {
            case "HUP" -> 1;
            case "INT" -> 2;
            case "TERM" -> 15;
            default -> throw new IllegalArgumentException(sig);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"INT", "TERM", "HUP"})
    void aFatalSignalKillsTheCommandAndTheTracer(String sig) throws Exception {
        Fate f = launched(SamplesIT.JSTRACE.toString(), sig, false);
        assertEquals(new Fate(128 + signo(sig), false, false), f, "jstrace dies by SIG" + sig + " after killing sleep");
        String err = read(tmp.resolve("err-" + sig));
        assertTrue(err.contains("clock_nanosleep(") && err.endsWith(" <detached ...>\n"), err);
        // strace's own detach races with the signal it sends (sleep sometimes survives it): compare the status
        if (Files.isExecutable(Path.of(STRACE))) assertEquals(launched(STRACE, sig, false).status(), f.status(), "as strace");
    }

    @ParameterizedTest
    @ValueSource(strings = {"INT", "TERM", "HUP"})
    void withAnOutputFileFatalSignalsAreIgnored(String sig) throws Exception {
        Fate f = launched(SamplesIT.JSTRACE.toString(), sig, true);
        assertEquals(new Fate(0, false, false), f, "the trace runs to the end");
        assertTrue(read(tmp.resolve("trace-" + sig)).endsWith("+++ exited with 0 +++\n"));
        if (Files.isExecutable(Path.of(STRACE))) assertEquals(launched(STRACE, sig, true), f, "as strace");
    }

    private Fate attached(String tracer, String sig) throws Exception {
        Process sleep = new ProcessBuilder("sleep", "30").start();
        int pid = (int) sleep.pid();
        try {
            Process j = new ProcessBuilder(tracer, "-p", Integer.toString(pid)).redirectOutput(new File("/dev/null"))
                    .redirectError(tmp.resolve("err-p-" + sig).toFile()).start();
            // after the attach's interruption the sleep goes on in restart_syscall
            assertTrue(within(20_000, () -> tracerPid(pid) != 0 && (blockedIn(pid, RESTART_SYSCALL) || blockedIn(pid, CLOCK_NANOSLEEP))),
                    "attached, sleeping");
            Runtime.getRuntime().exec(new String[] {"kill", "-" + sig, Long.toString(j.pid())}).waitFor();
            assertTrue(j.waitFor(30, TimeUnit.SECONDS), tracer + " ends on SIG" + sig);
            return new Fate(j.exitValue(), sleep.isAlive(), tracerPid(pid) != 0);
        } finally {
            sleep.destroyForcibly();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"INT", "TERM", "HUP"})
    void attachedProcessesAreLeftRunningAndTheTracerDiesByTheSignal(String sig) throws Exception {
        Fate f = attached(SamplesIT.JSTRACE.toString(), sig);
        assertEquals(new Fate(128 + signo(sig), true, false), f);
        if (Files.isExecutable(Path.of(STRACE))) assertEquals(attached(STRACE, sig), f, "as strace");
    }

    @Test
    void noSummaryAfterDetachingFromACallThatNeverReturned() throws Exception {
        Process sleep = new ProcessBuilder("sleep", "30").start();
        int pid = (int) sleep.pid();
        try {
            Path err = tmp.resolve("err-c");
            Process j = new ProcessBuilder(SamplesIT.JSTRACE.toString(), "-c", "-p", Integer.toString(pid))
                    .redirectOutput(new File("/dev/null")).redirectError(err.toFile()).start();
            assertTrue(within(20_000, () -> tracerPid(pid) != 0 && (blockedIn(pid, RESTART_SYSCALL) || blockedIn(pid, CLOCK_NANOSLEEP))));
            Runtime.getRuntime().exec(new String[] {"kill", "-INT", Long.toString(j.pid())}).waitFor();
            assertTrue(j.waitFor(30, TimeUnit.SECONDS));
            assertEquals(130, j.exitValue());
            // the sleep never returned from its call, so nothing was counted: as strace, no table
            // (a table printed twice, or once with nothing in it, would be the bug; see also
            // ProcessesIT.summaryOnceAtTheSyscallLimit for a table of counted calls after detaching)
            assertEquals(0, read(err).lines().filter(l -> l.endsWith(" total")).count(), read(err));
            assertTrue(read(err).contains("detached"), read(err));
        } finally {
            sleep.destroyForcibly();
        }
    }

    @Test
    void attachingToNothingFails() throws Exception {
        SamplesIT.Result r = SamplesIT.run(tmp, null, SamplesIT.JSTRACE.toString(), "-p", "999999999");
        assertEquals(1, r.status());
        assertTrue(r.stderr().startsWith("jstrace: "), r.stderr());
        // a process another tracer already traces
        Process sleep = new ProcessBuilder("sleep", "30").start();
        try {
            Process other = new ProcessBuilder(SamplesIT.JSTRACE.toString(), "-o", "/dev/null", "-p", Long.toString(sleep.pid())).start();
            assertTrue(within(20_000, () -> tracerPid((int) sleep.pid()) != 0));
            SamplesIT.Result again = SamplesIT.run(tmp, null, SamplesIT.JSTRACE.toString(), "-p", Long.toString(sleep.pid()));
            assertEquals(1, again.status(), "already traced");
            assertTrue(again.stderr().contains("Operation not permitted"), again.stderr());
            other.destroy();
            other.waitFor();
        } finally {
            sleep.destroyForcibly();
        }
    }
}
