package jstrace;

import static jstrace.SamplesIT.ROOT;
import static jstrace.SamplesIT.onPath;
import static jstrace.SamplesIT.read;
import static jstrace.SamplesIT.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** -D, -DD, -DDD: the command keeps jstrace's pid and exit status; the tracer is a detached grandchild. */
class DaemonizeIT {
    @TempDir
    Path tmp;

    /** The command prints its pid, then its tracer's ppid, process group and session (from /proc). */
    private static final String REPORT = "echo $$; t=$(grep TracerPid /proc/$$/status | cut -f2); "
            + "g=$(grep Tgid /proc/$t/status | cut -f2); cut -d' ' -f4,5,6 /proc/$g/stat; echo $g; exit 3";

    private String[] tracerFacts(String dOption) throws Exception {
        Path trace = tmp.resolve("d.trace");
        SamplesIT.Result r = run(ROOT, null, SamplesIT.JSTRACE.toString(), dOption, "-o", trace.toString(),
                "-e", "trace=execve,exit_group", "sh", "-c", REPORT);
        assertEquals(3, r.status(), "the command's exit status is jstrace's: " + r.stderr());
        String[] lines = r.stdout().split("\n");
        assertEquals(String.valueOf(r.pid()), lines[0], "the command runs in the process jstrace was started as");
        List<String> t = finishedTrace(trace);
        assertTrue(t.get(0).startsWith("execve(\"/usr/bin/sh\", [\"sh\", \"-c\", "), String.join("\n", t));
        assertEquals("+++ exited with 3 +++", t.get(t.size() - 1));
        String[] f = lines[1].split(" ");
        return new String[] {f[0], f[1], f[2], lines[2], lines[0]}; // ppid pgrp session tracer command
    }

    @Test
    void grandchildTracerInTheCommandsGroup() throws Exception {
        String[] f = tracerFacts("-D");
        assertNotEquals(f[4], f[0], "the tracer is not the command's child");
        assertNotEquals(f[3], f[1], "-D: the tracer stays in the job's process group");
    }

    @Test
    void ownProcessGroupAndOwnSession() throws Exception {
        String[] dd = tracerFacts("-DD");
        assertEquals(dd[3], dd[1], "-DD: the tracer leads its own process group");
        String[] ddd = tracerFacts("--daemonize=session");
        assertEquals(ddd[3], ddd[2], "-DDD: the tracer leads its own session");
    }

    @Test
    void traceIsStracesAndTheEnvironmentIsUntouched() throws Exception {
        assumeTrue(onPath("strace"), "strace is not installed");
        Path j = tmp.resolve("j"), s = tmp.resolve("s");
        SamplesIT.Result rj = run(ROOT, null, SamplesIT.JSTRACE.toString(), "-D", "-o", j.toString(), "env");
        SamplesIT.Result rs = run(ROOT, null, "strace", "-D", "-o", s.toString(), "env");
        assertEquals(rs.stdout().replaceAll("(?m)^_=.*\n", ""), rj.stdout().replaceAll("(?m)^_=.*\n", ""));
        // strace -D's tracer is a detached grandchild too: its file is complete only at its last line
        assertEquals(mask(finishedTrace(s)), mask(finishedTrace(j)));
    }

    /** The detached tracer writes its -o file after the shell has seen the command end: wait for the last line. */
    private static List<String> finishedTrace(Path trace) throws Exception {
        Await.until(() -> Files.readString(trace).contains("+++ exited"));
        return read(trace);
    }

    private static List<String> mask(List<String> lines) {
        return lines.stream().map(l -> l.replaceAll("0x[0-9a-f]+", "0xADDR").replaceAll("^set_tid_address\\(0xADDR\\) += \\d+", "set_tid_address")
                .replaceAll("^getrandom\\(\"[^\"]*\"", "getrandom(BYTES")).toList();
    }
}
