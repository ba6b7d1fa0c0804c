package jstrace;

import static jstrace.SamplesIT.ROOT;
import static jstrace.SamplesIT.onPath;
import static jstrace.SamplesIT.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** -o '|command' and -o '!command' as strace runs them: the trace on the stdin of sh -c command. */
class PipedOutputIT {
    @TempDir
    Path tmp;

    private static SamplesIT.Result trace(String tracer, String... args) throws Exception {
        return run(ROOT, null, Stream.concat(Stream.of(tracer), Stream.of(args)).toArray(String[]::new));
    }

    private static String jstrace() {
        return SamplesIT.JSTRACE.toString();
    }

    /** `-o '|wc -l'` prints (on jstrace's stdout) as many lines as `-o FILE` writes. */
    @Test
    void theCommandReadsTheWholeTrace() throws Exception {
        for (String tracer : onPath("strace") ? List.of(jstrace(), "strace") : List.of(jstrace())) {
            Path file = tmp.resolve(Path.of(tracer).getFileName() + ".txt");
            assertEquals(0, trace(tracer, "-o", file.toString(), "true").status());
            long lines = Files.readAllLines(file).size();
            SamplesIT.Result piped = trace(tracer, "-o", "|wc -l", "true");
            assertEquals(0, piped.status(), piped.stderr());
            assertEquals("", piped.stderr(), tracer);
            assertEquals(Long.toString(lines), piped.stdout().trim(), tracer);
        }
    }

    /**
     * `-o '!cat > FILE'` writes what `-o FILE` does; the traced program's stdout is untouched; the command
     * is not traced, and jstrace has waited for it (its last step is done when jstrace has exited).
     */
    @Test
    void bangCommandWritesTheFileTraceAndIsWaitedFor() throws Exception {
        Path direct = tmp.resolve("direct.txt"), piped = tmp.resolve("piped.txt"), tracer = tmp.resolve("tracerpid");
        String[] program = {"-e", "trace=write,exit_group", "sh", "-c", "echo hi"};
        assertEquals(0, trace(jstrace(), Stream.concat(Stream.of("-o", direct.toString()), Stream.of(program))
                .toArray(String[]::new)).status());
        String command = "!cat > '" + piped + "'; grep TracerPid /proc/$$/status > '" + tracer + "'";
        SamplesIT.Result r = trace(jstrace(), Stream.concat(Stream.of("-o", command), Stream.of(program)).toArray(String[]::new));
        assertEquals(0, r.status(), r.stderr());
        assertEquals("hi\n", r.stdout());
        assertEquals(Files.readString(direct), Files.readString(piped));
        assertTrue(Files.readString(direct).contains("write(1, \"hi\\n\", 3)"), Files.readString(direct));
        assertEquals("TracerPid:\t0\n", Files.readString(tracer));
    }

    /** strace refuses a pipe with -ff or --output-separately: its message, the -h hint, status 1. */
    @Test
    void separateOutputsAreRefused() throws Exception {
        for (List<String> separate : List.of(List.of("-ff"), List.of("-f", "-f"), List.of("--output-separately"),
                List.of("--follow-forks", "--output-separately"), List.of("-F", "--output-separately"))) {
            for (String out : List.of("|cat", "!cat")) {
                String[] args = Stream.concat(separate.stream(), Stream.of("-o", out, "true")).toArray(String[]::new);
                SamplesIT.Result j = trace(jstrace(), args);
                assertEquals(1, j.status(), j.stderr());
                // after -F's deprecation warning, as in strace
                assertTrue(j.stderr().endsWith("jstrace: piping the output and -ff/--output-separately are mutually exclusive\n"
                        + "Try 'jstrace -h' for more information.\n"), j.stderr());
                assertEquals(separate.contains("-F") ? 3 : 2, j.stderr().lines().count(), j.stderr());
                if (!onPath("strace")) continue;
                SamplesIT.Result s = trace("strace", args);
                assertEquals(s.status(), j.status(), separate + " " + out);
                assertEquals(s.stderr().replace("strace", "jstrace"), j.stderr(), separate + " " + out);
            }
        }
    }

    /**
     * strace 6.1 takes -f --output-separately with a pipe as -f: one stream, each line after its pid
     * (padded to five columns: a pid of fewer digits, after pid_max wrapped, is followed by more spaces).
     */
    @Test
    void shortFollowWithOutputSeparatelyIsOneStream() throws Exception {
        SamplesIT.Result r = trace(jstrace(), "-f", "--output-separately", "-o", "|grep -c '^[0-9][0-9]*  *+++ exited with 0 +++$'",
                "sh", "-c", "/bin/true; true");
        assertEquals(0, r.status(), r.stderr());
        assertEquals("2\n", r.stdout());
        try (Stream<Path> files = Files.list(ROOT)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().startsWith("|")).toList(), "no |COMMAND.PID files");
        }
        if (onPath("strace")) {
            assertEquals(r.stdout(), trace("strace", "-f", "--output-separately", "-o", "|grep -c '^[0-9][0-9]*  *+++ exited with 0 +++$'",
                    "sh", "-c", "/bin/true; true").stdout());
        }
    }

    /**
     * Once the command has closed its stdin every line is reported as strace reports it ("|command:
     * Broken pipe"), jstrace is not killed by SIGPIPE and exits with the program's status. The program
     * (cat FIFO) makes its traced calls only after the command closed its stdin and opened the FIFO.
     */
    @Test
    void linesAfterTheCommandHasGoneAreReported() throws Exception {
        Path fifo = tmp.resolve("fifo");
        assertEquals(0, run(ROOT, null, "mkfifo", fifo.toString()).status());
        String command = "|exec <&-; echo go > '" + fifo + "'";
        String[] args = {"-o", command, "-e", "trace=write,exit_group", "cat", fifo.toString()};
        SamplesIT.Result j = trace(jstrace(), args);
        assertEquals(0, j.status(), j.stderr());
        assertEquals("go\n", j.stdout());
        // write(1, "go\n", 3), exit_group(0) and +++ exited with 0 +++
        assertEquals(("jstrace: " + command + ": Broken pipe\n").repeat(3), j.stderr());
        if (!onPath("strace")) return;
        SamplesIT.Result s = trace("strace", args);
        assertEquals(s.status(), j.status());
        assertEquals(s.stdout(), j.stdout());
        assertEquals(s.stderr().replace("strace: ", "jstrace: "), j.stderr());
    }
}
