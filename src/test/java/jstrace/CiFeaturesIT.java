package jstrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI's powers for non-Java CI: --budget, --summary-diff, --normalize. */
class CiFeaturesIT {
    static final Path ROOT = SamplesIT.ROOT;

    @TempDir
    Path tmp;

    @Test
    void budgetsHoldOrExitWith99() throws Exception {
        SamplesIT.buildSamples();
        String sample = SamplesIT.SAMPLES + "/openmissing";
        SamplesIT.Result ok = SamplesIT.jstrace(ROOT, "-o", "/dev/null", "--budget=openat<=5,%net==0,total<=1000,max(%file)<=60s", sample);
        SamplesIT.Result plain = SamplesIT.jstrace(ROOT, "-o", "/dev/null", sample);
        assertEquals(plain.status(), ok.status(), ok.stderr());
        assertEquals("", ok.stderr());
        SamplesIT.Result bad = SamplesIT.jstrace(ROOT, "-o", "/dev/null", "--budget=openat==0", "--budget=errors<1", sample);
        assertEquals(99, bad.status());
        List<String> lines = bad.stderr().lines().toList();
        assertTrue(lines.get(0).matches("jstrace: budget exceeded: openat==0: \\d+ calls"), bad.stderr());
        assertTrue(lines.get(1).matches("jstrace: budget exceeded: errors<1: \\d+ errors"), bad.stderr());
        assertEquals("jstrace: the command exited with " + plain.status(), lines.get(2));
        SamplesIT.Result syntax = SamplesIT.jstrace(ROOT, "--budget=openat<=lots", sample);
        assertEquals(1, syntax.status());
        assertEquals("jstrace: invalid --budget limit: 'openat<=lots'\nTry 'jstrace -h' for more information.\n", syntax.stderr());
    }

    @Test
    void summaryDiffFlagsGrowth() throws Exception {
        Path a = tmp.resolve("a.json"), b = tmp.resolve("b.json");
        assertEquals(0, SamplesIT.jstrace(ROOT, "-c", "--summary-format=json", "-o", a.toString(), "ls", "/").status());
        assertEquals(0, SamplesIT.jstrace(ROOT, "-c", "--summary-format=json", "-o", b.toString(), "ls", "-l", "/").status());
        SamplesIT.Result same = SamplesIT.jstrace(ROOT, "--summary-diff", a.toString(), a.toString());
        assertEquals(0, same.status(), same.stderr());
        assertTrue(same.stdout().lines().anyMatch(l -> l.startsWith("total ")), same.stdout());
        SamplesIT.Result grew = SamplesIT.jstrace(ROOT, "--summary-diff", a.toString(), b.toString(), "--threshold=10%");
        assertEquals(99, grew.status(), grew.stdout());
        assertTrue(grew.stderr().contains("total calls grew by"), grew.stderr());
        SamplesIT.Result lenient = SamplesIT.jstrace(ROOT, "--summary-diff", a.toString(), b.toString(), "--threshold=100000");
        assertEquals(0, lenient.status(), lenient.stderr());
    }

    /**
     * The golden form names the tasks the same on every run of a program whose processes interleave
     * (forktree's signals and restarted calls vary from run to run, so only its successful clones are
     * compared: who created whom, by name).
     */
    @Test
    void normalizedTraceIsStable() throws Exception {
        SamplesIT.buildSamples();
        String sample = SamplesIT.SAMPLES + "/forktree";
        Path a = tmp.resolve("a"), b = tmp.resolve("b");
        String[] opts = {"-f", "--normalize", "-e", "trace=clone,execve", "-e", "signal=none", "-z"};
        List<String> ja = new java.util.ArrayList<>(List.of(opts)), jb = new java.util.ArrayList<>(List.of(opts));
        ja.addAll(List.of("-o", a.toString(), sample));
        jb.addAll(List.of("-o", b.toString(), sample));
        assertEquals(0, SamplesIT.jstrace(ROOT, ja.toArray(String[]::new)).status());
        assertEquals(0, SamplesIT.jstrace(ROOT, jb.toArray(String[]::new)).status());
        List<String> la = Files.readAllLines(a), lb = Files.readAllLines(b);
        assertTrue(la.get(0).startsWith("P1 execve("), la.get(0));
        // per task the lines are equal; between tasks their order may differ
        assertEquals(la.stream().sorted().toList(), lb.stream().sorted().toList());
        assertTrue(la.stream().noneMatch(l -> l.matches(".*0x[0-9a-f]{5,}.*")), "addresses masked");
        assertTrue(la.contains("P1 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0xADDR) = P2"),
                la.toString());
    }
}
