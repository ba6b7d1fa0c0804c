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

    private List<String> trace(String... extra) throws Exception {
        Path out = dir.resolve("t" + extra.length + ".txt");
        String[] args = new String[extra.length + 6];
        System.arraycopy(extra, 0, args, 0, extra.length);
        System.arraycopy(new String[] {"-f", "-e", "trace=openat,read,close", "-o", out.toString(), "cat"}, 0, args, extra.length, 6);
        String[] full = java.util.Arrays.copyOf(args, args.length + 1);
        full[args.length] = "/proc/self/status";
        SamplesIT.Result r = SamplesIT.jstrace(SamplesIT.ROOT, full);
        assertEquals(0, r.status(), r.stderr());
        seccompMode = r.stdout().lines().filter(l -> l.startsWith("Seccomp:")).findFirst().orElse("?").replaceAll("\\s+", " ");
        return Files.readAllLines(out).stream()
                .map(l -> l.replaceFirst("^\\d+ +", "").replaceAll("0x[0-9a-f]{9,}", "0xADDR"))
                // what is read from /proc/self/status differs between the runs (Seccomp:, pids, context
                // switch counters, and so its length): mask the text and the count
                .map(l -> l.startsWith("read(3, \"Name:") ? l.replaceFirst("\".*\"(\\.\\.\\.)?", "\"...\"").replaceFirst("= \\d+$", "= N") : l)
                .collect(Collectors.toList());
    }

    private String seccompMode;

    @Test
    void sameTraceWithAndWithoutThePrefilter() throws Exception {
        assumeTrue(root(), "the default prefilter needs CAP_SYS_ADMIN");
        List<String> filtered = trace();
        String modeFiltered = seccompMode;
        List<String> plain = trace("--seccomp-bpf=no");
        String modePlain = seccompMode;
        assertEquals("Seccomp: 2", modeFiltered, "the command runs under the seccomp filter");
        assertEquals("Seccomp: 0", modePlain, "--seccomp-bpf=no turns the prefilter off");
        assertTrue(filtered.stream().anyMatch(l -> l.startsWith("openat(AT_FDCWD, \"/proc/self/status\"")), String.join("\n", filtered));
        assertEquals(plain, filtered);
    }
}
