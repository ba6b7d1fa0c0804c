package jstrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 14: i386 system calls (int $0x80) from a 64-bit program, scripts/samples/i386calls.c: getpid
 * (20) and write (4) by their i386 names and 32-bit arguments, an unknown number as syscall_0x1f4,
 * strace's "[ Process PID=N runs in 32 bit mode. ]" notices around them, -e trace= by name for both
 * personalities, and -c's table for 32 bit mode. Compared with strace where it is installed.
 */
class I386CallsIT {
    static final Path ROOT = SamplesIT.ROOT;

    @TempDir
    Path tmp;

    /** Every test runs the sample, whichever runs first. */
    @org.junit.jupiter.api.BeforeAll
    static void samples() throws Exception {
        SamplesIT.buildSamples();
    }

    @Test
    void i386CallsByTheirNamesAndPersonalityNotices() throws Exception {
        assertEquals("""
                [ Process PID=N runs in 32 bit mode. ]
                getpid() = N
                write(1, "i386\\n", 5) = 5
                syscall_0x1f4(0x1, 0x2, 0x3, REGS) = -1 ENOSYS (Function not implemented)
                [ Process PID=N runs in 64 bit mode. ]
                getpid() = N
                +++ exited with 0 +++
                """, String.join("\n", trace(List.of("-o"), List.of("-e", "quiet=none", "-e", "trace=getpid,write"))) + "\n");
    }

    @Test
    void selectedByI386NumberOrPersonality() throws Exception {
        // getpid@32 is the i386 getpid only; 4 is the i386 write's number (x86_64's stat, not called)
        assertEquals("""
                getpid() = N
                write(1, "i386\\n", 5) = 5
                syscall_0x1f4(0x1, 0x2, 0x3, REGS) = -1 ENOSYS (Function not implemented)
                +++ exited with 0 +++
                """, String.join("\n", trace(List.of("-o"), List.of("-e", "trace=getpid@32,4"))) + "\n");
    }

    @Test
    void countedInATableOf32BitMode() throws Exception {
        SamplesIT.Result r = SamplesIT.jstrace(ROOT, "-c", "-e", "trace=getpid,write",
                ROOT.resolve(SamplesIT.SAMPLES).resolve("i386calls").toString());
        assertEquals(0, r.status(), r.stderr());
        String table = r.stderr().replaceAll("PID=\\d+", "PID=N");
        assertTrue(table.startsWith("[ Process PID=N runs in 32 bit mode. ]\n[ Process PID=N runs in 64 bit mode. ]\n"), table);
        String[] parts = table.split("System call usage summary for 32 bit mode:\n");
        assertEquals(2, parts.length, table);
        assertTrue(parts[0].matches("(?s).*\\n *[0-9.]+ +[0-9.]+ +\\d+ +1 +getpid\\n.*"), parts[0]);
        assertTrue(!parts[0].contains(" write\n") && !parts[0].contains("syscall_"), parts[0]);
        // rows in order of time spent, which varies: each row on its own
        for (String row : List.of(" 1 +write", " 1 +getpid", " 1 +1 syscall_0x1f4")) {
            assertTrue(parts[1].matches("(?s).*" + row + "\\n.*"), row + " in\n" + parts[1]);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("options")
    void sameAsStrace(List<String> options) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/strace")), "no /usr/bin/strace to compare with");
        assertEquals(trace(List.of("/usr/bin/strace", "-o"), options), trace(List.of("-o"), options));
    }

    static Stream<List<String>> options() {
        return Stream.of(List.of("-e", "quiet=none", "-e", "trace=!getrandom"), List.of("-f", "-e", "quiet=none", "-e", "trace=!getrandom"),
                List.of("-e", "trace=getpid"), List.of("-f", "-e", "trace=getpid", "-e", "quiet=none"),
                List.of("-e", "trace=getpid@64,write", "-e", "quiet=none"), List.of("-n", "-e", "trace=!getrandom"),
                List.of("-X", "raw", "-e", "trace=getpid,write"), List.of("-y", "-e", "trace=write"));
    }

    /** TRACER... FILE OPTIONS target/samples/i386calls: the trace's lines, masked. */
    private List<String> trace(List<String> tracer, List<String> options) throws Exception {
        SamplesIT.buildSamples();
        Path sample = ROOT.resolve(SamplesIT.SAMPLES).resolve("i386calls");
        assertTrue(Files.isExecutable(sample), "i386calls was not built");
        Path out = Files.createTempFile(tmp, "i386calls", ".trace");
        List<String> cmd = new ArrayList<>(tracer);
        cmd.add(out.toString());
        cmd.addAll(options);
        cmd.add(sample.toString());
        boolean jstrace = tracer.get(0).equals("-o");
        String[] args = cmd.toArray(String[]::new);
        SamplesIT.Result r = jstrace ? SamplesIT.jstrace(ROOT, args) : SamplesIT.run(ROOT, null, args);
        assertEquals(0, r.status(), String.join(" ", cmd) + ":\n" + r.stderr());
        assertEquals("i386\n", r.stdout());
        if (jstrace) assertTrue(r.stderr().isEmpty(), "jstrace wrote to stderr:\n" + r.stderr());
        return SamplesIT.read(out).stream().map(I386CallsIT::mask).toList();
    }

    /** What varies between runs: pids, addresses, the envp count, the registers int $0x80 did not set; the padding before " = ". */
    static String mask(String line) {
        return DecodeFamiliesIT.mask(line)
                .replaceAll("^(\\d+ +|\\[ *\\d+\\] )", "PID ")
                // pids by place: after pid_max wraps they are as short as 300
                .replaceAll("PID=\\d+", "PID=N")
                .replaceAll("^((?:PID )?(?:getpid\\(\\)|set_tid_address\\(0xADDR\\)) = )\\d+$", "$1N")
                .replaceAll("\\b[1-9]\\d{3,}\\b", "N")
                .replaceAll("/\\* \\d+ vars \\*/", "/* N vars */")
                .replaceAll("jstrace-it\\d+\\.out", "jstrace-itN.out")
                .replaceAll("^((?:PID |\\[ *\\d+\\] )?syscall_0x1f4\\(0x1, 0x2, 0x3), [^)]*\\)", "$1, REGS)");
    }
}
