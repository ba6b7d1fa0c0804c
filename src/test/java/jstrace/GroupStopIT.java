package jstrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -STOP / kill -CONT behave as without a tracer, printed as strace prints them. */
class GroupStopIT {
    @TempDir
    Path dir;

    @Test
    void stopAndContinue() throws Exception {
        Path trace = dir.resolve("t.txt"), out = dir.resolve("out.txt"), pidFile = dir.resolve("pid");
        Process p = new ProcessBuilder(SamplesIT.JSTRACE.toString(), "-o", trace.toString(), "sh", "-c",
                "echo $$ > " + pidFile + "; kill -STOP $$; echo resumed")
                .redirectInput(new File("/dev/null")).redirectOutput(out.toFile()).start();
        for (int i = 0; i < 200 && !(Files.exists(pidFile) && Files.size(pidFile) > 0); i++) Thread.sleep(25);
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        Thread.sleep(500);
        // stopped: the command does not go on by itself
        assertFalse(Files.readString(out).contains("resumed"), "still stopped");
        assertTrue(p.isAlive());
        new ProcessBuilder("kill", "-CONT", Long.toString(pid)).start().waitFor();
        assertTrue(p.waitFor(20, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());
        assertTrue(Files.readString(out).contains("resumed"));
        List<String> lines = Files.readAllLines(trace);
        int stop = lines.indexOf("--- stopped by SIGSTOP ---");
        assertTrue(stop > 0 && lines.get(stop - 1).startsWith("--- SIGSTOP {si_signo=SIGSTOP, si_code=SI_USER, si_pid=" + pid),
                String.join("\n", lines));
        assertTrue(lines.get(stop + 1).startsWith("--- SIGCONT {si_signo=SIGCONT, si_code=SI_USER"), String.join("\n", lines));
    }
}
