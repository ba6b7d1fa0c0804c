package jstrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default in-kernel prefilter (-f with a partial -e trace=, as root): the command really runs under
 * the seccomp filter, and the trace is the same as without it (--seccomp-bpf=no).
 */
class PrefilterIT {
    @TempDir
    Path dir;

    private static boolean root() throws Exception {
        return Files.readString(Path.of("/proc/self/status")).lines()
                .filter(l -> l.startsWith("CapEff:")).anyMatch(l -> (Long.parseUnsignedLong(l.substring(7).trim(), 16) & (1L << 21)) != 0);
    }

    /**
     * The command reads a file of fixed contents with a dynamic cat (loader, libc) and with the
     * seccompmode sample, which also prints its seccomp mode: every traced call is the same in
     * each run, so the two traces must be equal line for line.
     */
    private List<String> trace(String... extra) throws Exception {
        Path data = dir.resolve("data.txt");
        Files.writeString(data, "the same bytes in every run\n");
        Path out = dir.resolve("t" + extra.length + ".txt");
        List<String> args = new java.util.ArrayList<>(List.of(extra));
        args.addAll(List.of("-f", "-e", "trace=openat,read,close", "-o", out.toString(),
                "sh", "-c", "cat \"$0\"; exec " + SamplesIT.SAMPLES + "/seccompmode \"$0\"", data.toString()));
        SamplesIT.Result r = SamplesIT.jstrace(SamplesIT.ROOT, args.toArray(String[]::new));
        assertEquals(0, r.status(), r.stderr());
        seccompMode = r.stdout().lines().filter(l -> l.startsWith("Seccomp:")).findFirst().orElse("?");
        return Files.readAllLines(out).stream()
                .map(l -> l.replaceFirst("^\\d+ +", "").replaceAll("0x[0-9a-f]{9,}", "0xADDR"))
                // cat's SIGCHLD names it, and its cpu times: facts of each run
                .map(l -> SamplesIT.maskChildTimes(l.replaceAll("si_pid=\\d+", "si_pid=PID")))
                .collect(Collectors.toList());
    }

    private String seccompMode;

    @Test
    void sameTraceWithAndWithoutThePrefilter() throws Exception {
        assumeTrue(root(), "the default prefilter needs CAP_SYS_ADMIN");
        SamplesIT.buildSamples();
        List<String> filtered = trace();
        String modeFiltered = seccompMode;
        List<String> plain = trace("--seccomp-bpf=no");
        String modePlain = seccompMode;
        assertEquals("Seccomp: 2", modeFiltered, "the command runs under the seccomp filter");
        assertEquals("Seccomp: 0", modePlain, "--seccomp-bpf=no turns the prefilter off");
        assertTrue(filtered.stream().anyMatch(l -> l.startsWith("openat(AT_FDCWD, \"" + dir.resolve("data.txt"))), String.join("\n", filtered));
        assertEquals(plain, filtered);
    }
}
