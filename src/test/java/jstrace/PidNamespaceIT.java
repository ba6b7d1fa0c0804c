package jstrace;

import static jstrace.SamplesIT.ROOT;
import static jstrace.SamplesIT.onPath;
import static jstrace.SamplesIT.read;
import static jstrace.SamplesIT.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --pidns-translation: pids a tracee in a new PID namespace sees, also as jstrace's namespace numbers them. */
class PidNamespaceIT {
    @TempDir
    Path tmp;

    /** A shell in a new PID namespace (pid 1 there) and its child (pid 2) name themselves and each other. */
    private static final String[] COMMAND = {"unshare", "-Upf", "/bin/sh", "-c", "/bin/sh -c 'kill -0 $$; kill -0 1'; :"};

    private List<String> trace(String tool) throws Exception {
        Path f = tmp.resolve(tool.contains("/") ? "j.txt" : "s.txt");
        List<String> cmd = new ArrayList<>(List.of(tool, "--pidns-translation", "-qq", "-f",
                "-e", "trace=getpid,getppid,gettid,kill", "-o", f.toString()));
        cmd.addAll(List.of(COMMAND));
        SamplesIT.Result r = run(ROOT, null, cmd.toArray(String[]::new));
        assertEquals(0, r.status(), tool + ": " + r.stderr());
        return read(f);
    }

    @Test
    void pidsInANewNamespaceAreTranslated() throws Exception {
        assumeTrue(onPath("unshare"), "unshare(1) is not installed");
        SamplesIT.Result probe = run(ROOT, null, "unshare", "-Upf", "/bin/true");
        assumeTrue(probe.status() == 0, "no user and PID namespaces here: " + probe.stderr());
        List<String> j = trace(SamplesIT.JSTRACE.toString());
        // each process's getpid(): its number inside (1, 2), and outside the pid the line starts with
        Pattern getpid = Pattern.compile("(\\d+) +getpid\\(\\) += ([12]) /\\* (\\d+) in strace's PID NS \\*/");
        int seen = 0;
        for (String line : j) {
            Matcher m = getpid.matcher(line);
            if (!m.matches()) continue;
            assertEquals(m.group(1), m.group(3), line);
            seen++;
        }
        assertEquals(2, seen, String.join("\n", j));
        assertTrue(j.stream().anyMatch(l -> l.matches("\\d+ +kill\\(1 /\\* \\d+ in strace's PID NS \\*/, 0\\) += 0")), String.join("\n", j));
        assumeTrue(onPath("strace"), "strace is not installed");
        assertEquals(normalized(trace("strace")), normalized(j));
    }

    /**
     * jstrace itself as pid 1 of a new namespace whose /proc is still the outer one (strace's suite
     * runs every pidns test so): -y must find the tracee's fds under its outer /proc number, and the
     * shell's orphaned grandchild (reparented to jstrace) must not keep the trace from ending.
     */
    @Test
    void procOfAnOuterNamespaceStillGivesFdPaths() throws Exception {
        assumeTrue(onPath("unshare"), "unshare(1) is not installed");
        SamplesIT.Result probe = run(ROOT, null, "unshare", "-Urpf", "/bin/true");
        assumeTrue(probe.status() == 0, "no user and PID namespaces here: " + probe.stderr());
        Path f = tmp.resolve("y.txt");
        SamplesIT.Result r = run(ROOT, null, "unshare", "-Urpf", SamplesIT.JSTRACE.toString(), "-f", "-qq", "-y",
                "-e", "trace=close", "-o", f.toString(), "/bin/sh", "-c", "(cat /etc/hostname &); :");
        assertEquals(0, r.status(), r.stderr());
        assertTrue(read(f).stream().anyMatch(l -> l.matches("\\d+ +close\\(3</etc/hostname>\\) += 0")),
                String.join("\n", read(f)));
    }

    /** Lines without their pids, sorted (the two processes' lines interleave differently per run). */
    private static List<String> normalized(List<String> lines) {
        return lines.stream().map(l -> l.replaceFirst("^\\d+ +", "").replaceAll("\\d{3,}", "N")).sorted().toList();
    }
}
