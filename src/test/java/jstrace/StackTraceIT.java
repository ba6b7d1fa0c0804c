package jstrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * -k, -kk and --stack-trace-frame-limit on real programs: echo, the stacktrace sample (dynamically
 * linked, built with -g: main calls greet calls say calls write; with an argument it also loads
 * libstackshout.so and calls its shout, which writes) and the killself sample. Where strace 6.1 can
 * do -k (Debian's is built with libunwind, as jstrace's -k is), the frames are compared with its own:
 * module paths and function names equal, offsets and addresses masked.
 */
class StackTraceIT {
    static final Path ROOT = SamplesIT.ROOT;
    static final String SAMPLE = SamplesIT.SAMPLES + "/stacktrace", LIBRARY = SamplesIT.SAMPLES + "/libstackshout.so";
    /** " > MODULE(SYMBOL+0xOFFSET) [0xADDRESS]" with an optional " FILE:LINE" (-kk). */
    static final Pattern FRAME = Pattern.compile(" > (.+?)\\((.*)\\+0x[0-9a-f]+\\) \\[0x[0-9a-f]+\\]( (.+):(\\d+))?");

    @TempDir
    Path tmp;

    private static Boolean libunwind, straceK;

    /** Skips the calling test when libunwind (Debian package libunwind8) cannot be loaded here. */
    static synchronized void needLibunwind() throws Exception {
        if (libunwind == null) {
            SamplesIT.Result r = SamplesIT.jstrace(ROOT, "-k", "-o", "/dev/null", "true");
            libunwind = r.status() == 0 || !r.stderr().contains("need libunwind");
        }
        assumeTrue(libunwind, "libunwind-ptrace.so.0 cannot be loaded: install libunwind8 (apt-get install libunwind8)");
    }

    /** Skips the calling test when there is no strace that can do -k to compare with. */
    static synchronized void needStraceK() throws Exception {
        if (straceK == null) {
            straceK = SamplesIT.onPath("strace") && SamplesIT.run(ROOT, null, "strace", "-k", "-o", "/dev/null", "true").status() == 0;
        }
        assumeTrue(straceK, "no strace with -k (stack trace) support to compare with");
    }

    private List<String> jstraceTrace(String... args) throws Exception {
        Path trace = tmp.resolve("jstrace.trace");
        Files.deleteIfExists(trace);
        List<String> a = new ArrayList<>(List.of("-o", trace.toString()));
        a.addAll(List.of(args));
        SamplesIT.Result r = SamplesIT.jstrace(ROOT, a.toArray(String[]::new));
        assertEquals("", r.stderr(), "jstrace " + String.join(" ", args));
        return SamplesIT.read(trace);
    }

    private List<String> straceTrace(String... args) throws Exception {
        Path trace = tmp.resolve("strace.trace");
        Files.deleteIfExists(trace);
        List<String> cmd = new ArrayList<>(List.of("strace", "-o", trace.toString()));
        cmd.addAll(List.of(args));
        SamplesIT.Result r = SamplesIT.run(ROOT, null, cmd.toArray(String[]::new));
        assertEquals("", r.stderr(), "strace " + String.join(" ", args));
        return SamplesIT.read(trace);
    }

    /** What varies between two runs: offsets and addresses in frames, pids, execve's environment pointer. */
    static List<String> mask(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            if (l.startsWith(" > ")) {
                out.add(l.replaceAll("\\+0x[0-9a-f]+\\) \\[0x[0-9a-f]+\\]", "+0xOFF) [0xADDR]")
                        .replaceAll("^ > (.*)\\(\\) \\[0x[0-9a-f]+\\]$", " > $1() [0xADDR]"));
            } else {
                out.add(l.replaceAll("^\\d+ +", "PID ").replaceAll("0x[0-9a-f]+ /\\* (\\d+) vars \\*/", "0xADDR /* $1 vars */")
                        .replaceAll("si_pid=\\d+", "si_pid=PID"));
            }
        }
        return out;
    }

    /** The frames after the first line that starts with {@code prefix}. */
    static List<String> framesAfter(List<String> lines, String prefix) {
        int i = 0;
        while (i < lines.size() && !lines.get(i).startsWith(prefix)) i++;
        assertTrue(i < lines.size(), "no line starting with " + prefix + ":\n" + String.join("\n", lines));
        List<String> frames = new ArrayList<>();
        for (i++; i < lines.size() && lines.get(i).startsWith(" > "); i++) frames.add(lines.get(i));
        return frames;
    }

    static Matcher frame(String line) {
        Matcher m = FRAME.matcher(line);
        assertTrue(m.matches(), "not a frame: " + line);
        return m;
    }

    static String module(String line) {
        return frame(line).group(1);
    }

    static String symbol(String line) {
        return frame(line).group(2);
    }

    static boolean isLibcWrite(String line) {
        Matcher m = frame(line);
        return m.group(1).matches(".*/libc\\.so\\.6") && m.group(2).matches("write|__write|__GI___libc_write|__libc_write");
    }

    /** The number of the first line of a sample's source that contains {@code text}. */
    static int sourceLine(String file, String text) throws IOException {
        List<String> src = Files.readAllLines(ROOT.resolve("scripts/samples").resolve(file));
        for (int i = 0; i < src.size(); i++) if (src.get(i).contains(text)) return i + 1;
        throw new AssertionError(text + " is not in " + file);
    }

    // ---- -k ----------------------------------------------------------------------------------

    @Test
    void echoWriteFramesAreStraces() throws Exception {
        needLibunwind();
        List<String> ours = jstraceTrace("-k", "-e", "trace=write", "echo", "hi");
        List<String> frames = framesAfter(ours, "write(1, \"hi\\n\", 3)");
        assertFalse(frames.isEmpty(), String.join("\n", ours));
        assertTrue(isLibcWrite(frames.get(0)), frames.get(0));
        needStraceK();
        assertEquals(mask(straceTrace("-k", "-e", "trace=write", "echo", "hi")), mask(ours));
    }

    @Test
    void sampleFramesNameItsFunctionsAsStraces() throws Exception {
        SamplesIT.buildSamples();
        needLibunwind();
        List<String> ours = jstraceTrace("-k", "-e", "trace=write", SAMPLE);
        List<String> frames = framesAfter(ours, "write(1, \"hi\\n\", 3)");
        String sample = ROOT.resolve(SAMPLE).toString();
        assertTrue(frames.size() >= 4, String.join("\n", ours));
        assertTrue(isLibcWrite(frames.get(0)), frames.get(0));
        for (int i = 1; i <= 3; i++) assertEquals(sample, module(frames.get(i)), frames.get(i));
        assertEquals(List.of("say", "greet", "main"), List.of(symbol(frames.get(1)), symbol(frames.get(2)), symbol(frames.get(3))));
        needStraceK();
        assertEquals(mask(straceTrace("-k", "-e", "trace=write", SAMPLE)), mask(ours));
    }

    /** The library is mapped after the first write: the maps cache must be renewed, with the prefilter on too (-f). */
    @Test
    void framesInALibraryLoadedLaterAreNamed() throws Exception {
        SamplesIT.buildSamples();
        needLibunwind();
        for (List<String> opts : List.of(List.of("-k"), List.of("-f", "-k"), List.of("-f", "--seccomp-bpf", "-k"))) {
            List<String> args = new ArrayList<>(opts);
            args.addAll(List.of("-e", "trace=write", SAMPLE, LIBRARY));
            List<String> ours = jstraceTrace(args.toArray(String[]::new));
            List<String> frames = framesAfter(ours.stream().map(l -> l.replaceAll("^\\d+ +", "")).toList(), "write(1, \"shout\\n\", 6)");
            assertTrue(frames.size() >= 3, opts + ":\n" + String.join("\n", ours));
            assertTrue(isLibcWrite(frames.get(0)), frames.get(0));
            assertEquals(ROOT.resolve(LIBRARY).toString(), module(frames.get(1)), opts + ": " + frames.get(1));
            assertEquals("shout", symbol(frames.get(1)));
            assertEquals("main", symbol(frames.get(2)));
            if (!opts.contains("--seccomp-bpf")) {
                needStraceK();
                List<String> straceArgs = new ArrayList<>(opts);
                straceArgs.addAll(List.of("-e", "trace=write", SAMPLE, LIBRARY));
                assertEquals(mask(straceTrace(straceArgs.toArray(String[]::new))), mask(ours), opts.toString());
            }
        }
    }

    /**
     * As strace 6.1: the stack of execve is taken at its entry (the old program's), except for the
     * command's own first exec; exit_group's is printed after the process's exit line.
     */
    @Test
    void execveAndExitGroupStacksAreStraces() throws Exception {
        needLibunwind();
        String[] args = {"-f", "-k", "-e", "trace=execve,exit_group,write", "-e", "signal=none", "sh", "-c", "echo a; /bin/echo b"};
        List<String> ours = jstraceTrace(args);
        // the child's execve: frames in the shell (it has not become /bin/echo yet)
        List<String> bare = ours.stream().map(l -> l.replaceAll("^\\d+ +", "")).toList();
        List<String> exec = framesAfter(bare, "execve(\"/bin/echo\"");
        assertTrue(exec.stream().anyMatch(f -> f.contains("libc.so.6(execve+")), String.join("\n", ours));
        assertTrue(bare.indexOf("+++ exited with 0 +++") < bare.size() - 1, "frames after the exit line:\n" + String.join("\n", ours));
        assertTrue(bare.get(bare.indexOf("+++ exited with 0 +++") + 1).startsWith(" > "), String.join("\n", ours));
        needStraceK();
        assertEquals(mask(straceTrace(args)), mask(ours));
    }

    @Test
    void signalFramesAreStraces() throws Exception {
        SamplesIT.buildSamples();
        needLibunwind();
        String[] args = {"-k", "-e", "trace=kill", SamplesIT.SAMPLES + "/killself"};
        List<String> ours = jstraceTrace(args);
        List<String> frames = framesAfter(ours, "--- SIGSEGV ");
        assertFalse(frames.isEmpty(), String.join("\n", ours));
        assertEquals(frames, framesAfter(ours, "kill("), "the signal came in kill: the same stack");
        needStraceK();
        assertEquals(mask(straceTrace(args)).stream().map(l -> l.replaceAll("^kill\\(\\d+", "kill(PID")).toList(),
                mask(ours).stream().map(l -> l.replaceAll("^kill\\(\\d+", "kill(PID")).toList());
    }

    /** -j: a stack record after the call's, its frames the text's lines. */
    @Test
    void jsonHasStackRecords() throws Exception {
        SamplesIT.buildSamples();
        needLibunwind();
        Path json = tmp.resolve("trace.json");
        List<String> text = jstraceTrace("-k", "-e", "trace=write", "--json=" + json, SAMPLE);
        if (JsonOutputIT.schema == null) JsonOutputIT.loadSchema();
        List<com.fasterxml.jackson.databind.JsonNode> records = JsonOutputIT.records(json);
        int write = -1;
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).path("name").asText().equals("write")) write = i;
        }
        assertTrue(write >= 0 && write + 1 < records.size(), records.toString());
        com.fasterxml.jackson.databind.JsonNode stack = records.get(write + 1);
        assertEquals("stack", stack.path("type").asText());
        List<String> frames = new ArrayList<>();
        stack.path("frames").forEach(f -> frames.add(f.asText()));
        assertEquals(framesAfter(text, "write("), frames);
    }

    /** The library API: a StackTrace event after the call, its frames the text's. */
    @Test
    void apiEventsHoldTheStacks() throws Exception {
        SamplesIT.buildSamples();
        needLibunwind();
        List<String> text = framesAfter(jstraceTrace("-k", "-e", "trace=write", SAMPLE), "write(");
        jstrace.api.TraceResult r = jstrace.api.Trace.command(ROOT.resolve(SAMPLE).toString()).options("-k", "-e", "trace=write").run();
        assertEquals(0, r.exitStatus());
        List<jstrace.event.TraceEvent> events = r.events();
        int write = -1;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof jstrace.event.TraceEvent.Syscall s && s.name().equals("write")) write = i;
        }
        assertTrue(write >= 0 && events.get(write + 1) instanceof jstrace.event.TraceEvent.StackTrace, events.toString());
        assertEquals(text, ((jstrace.event.TraceEvent.StackTrace) events.get(write + 1)).frames());
    }

    // ---- -kk ---------------------------------------------------------------------------------

    @Test
    void doubleKShowsTheSourceLinesOfTheSample() throws Exception {
        SamplesIT.buildSamples();
        needLibunwind();
        for (String kk : List.of("-kk", "--stack-trace=source")) {
            List<String> ours = jstraceTrace(kk, "-e", "trace=write", SAMPLE, LIBRARY);
            List<String> frames = framesAfter(ours, "write(1, \"hi\\n\", 3)");
            String src = ROOT.resolve("scripts/samples/stacktrace.c").toString();
            assertEquals(src + ":" + sourceLine("stacktrace.c", "write(1, s, n)"), frame(frames.get(1)).group(3).trim(), frames.get(1));
            assertEquals(src + ":" + sourceLine("stacktrace.c", "say(\"hi\\n\", 3);"), frame(frames.get(2)).group(3).trim(), frames.get(2));
            assertEquals(src + ":" + sourceLine("stacktrace.c", "\tgreet();"), frame(frames.get(3)).group(3).trim(), frames.get(3));
            List<String> shout = framesAfter(ours, "write(1, \"shout\\n\", 6)");
            assertEquals(ROOT.resolve("scripts/samples/stackshout.c") + ":" + sourceLine("stackshout.c", "write(1,"),
                    frame(shout.get(1)).group(3).trim(), shout.get(1));
            // the frames are -k's, with the source after them
            List<String> plain = jstraceTrace("-k", "-e", "trace=write", SAMPLE, LIBRARY);
            assertEquals(plain, ours.stream().map(l -> l.replaceAll("(\\]) \\S+:\\d+$", "$1")).toList());
        }
    }

    // ---- --stack-trace-frame-limit -----------------------------------------------------------

    @Test
    void frameLimitIsRespected() throws Exception {
        SamplesIT.buildSamples();
        needLibunwind();
        List<String> all = framesAfter(jstraceTrace("-k", "-e", "trace=write", SAMPLE), "write(");
        int depth = all.size();
        assertTrue(depth >= 5, String.join("\n", all));
        for (int limit : new int[] {1, 2, depth - 1}) {
            for (String k : List.of("-k", "-kk")) {
                List<String> frames = framesAfter(jstraceTrace(k, "--stack-trace-frame-limit=" + limit, "-e", "trace=write", SAMPLE), "write(");
                assertEquals(limit + 1, frames.size(), limit + ": " + frames);
                assertEquals(" > too many stack frames", frames.get(limit));
                if (k.equals("-k")) assertEquals(all.subList(0, limit), frames.subList(0, limit));
            }
        }
        // as many frames as the stack has: all of them, and no complaint
        assertEquals(all, framesAfter(jstraceTrace("-k", "--stack-trace-frame-limit=" + depth, "-e", "trace=write", SAMPLE), "write("));
        SamplesIT.Result r = SamplesIT.jstrace(ROOT, "--stack-trace-frame-limit=3", "-o", "/dev/null", "true");
        assertEquals(0, r.status());
        assertEquals("jstrace: --stack-trace-frame-limit has no effect without -k/--stack-trace\n", r.stderr());
    }

    // ---- without the libraries ---------------------------------------------------------------

    @Test
    void refusedInOneLineWhenTheLibraryCannotBeLoaded() throws Exception {
        String missing = tmp.resolve("no-such-dir/libunwind-ptrace.so.0").toString();
        SamplesIT.Result r = SamplesIT.run(ROOT, Map.of("JSTRACE_LIBUNWIND", missing), SamplesIT.JSTRACE.toString(), "-k", "echo", "hi");
        assertEquals(1, r.status(), r.stderr());
        assertEquals("", r.stdout(), "the command did not run");
        assertEquals(1, r.stderr().split("\n").length, r.stderr());
        assertTrue(r.stderr().startsWith("jstrace: Stack traces (-k/--stack-traces option) need libunwind-ptrace.so.0"
                + " (Debian package libunwind8): " + missing), r.stderr());

        // -D: the command would run in this process while another JVM traces it; it must not run untraced
        r = SamplesIT.run(ROOT, Map.of("JSTRACE_LIBUNWIND", missing), SamplesIT.JSTRACE.toString(), "-D", "-k", "echo", "hi");
        assertEquals(1, r.status(), r.stderr());
        assertEquals("", r.stdout(), "the command did not run");
        assertTrue(r.stderr().startsWith("jstrace: Stack traces (-k/--stack-traces option) need"), r.stderr());

        String noDw = tmp.resolve("no-such-dir/libdw.so.1").toString();
        needLibunwind();
        r = SamplesIT.run(ROOT, Map.of("JSTRACE_LIBDW", noDw), SamplesIT.JSTRACE.toString(), "-kk", "echo", "hi");
        assertEquals(1, r.status(), r.stderr());
        assertEquals("", r.stdout());
        assertEquals(1, r.stderr().split("\n").length, r.stderr());
        assertTrue(r.stderr().startsWith("jstrace: Stack traces with source line information (-kk/--stack-trace=source option)"
                + " need libdw.so.1 (Debian package libdw1): " + noDw), r.stderr());
        // -k alone does not need libdw, and without -k neither library is loaded
        assertEquals(0, SamplesIT.run(ROOT, Map.of("JSTRACE_LIBDW", noDw), SamplesIT.JSTRACE.toString(), "-k", "-o", "/dev/null", "true").status());
        r = SamplesIT.run(ROOT, Map.of("JSTRACE_LIBUNWIND", missing, "JSTRACE_LIBDW", noDw), SamplesIT.JSTRACE.toString(),
                "-o", "/dev/null", "true");
        assertEquals(0, r.status(), r.stderr());
        assertEquals("", r.stderr());
    }
}
