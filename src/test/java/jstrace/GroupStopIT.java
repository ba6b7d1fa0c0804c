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

    /**
     * The trace goes to stderr, written line by line: once it says "stopped by SIGSTOP" the tracer has
     * seen the group-stop, so SIGCONT is sent to a stopped command, never to one still on its way.
     */
    @Test
    void stopAndContinue() throws Exception {
        Path trace = dir.resolve("t.txt"), out = dir.resolve("out.txt"), pidFile = dir.resolve("pid");
        Process p = new ProcessBuilder(SamplesIT.JSTRACE.toString(), "sh", "-c",
                "echo $$ > " + pidFile + "; kill -STOP $$; echo resumed")
                .redirectInput(new File("/dev/null")).redirectOutput(out.toFile()).redirectError(trace.toFile()).start();
        try {
            Await.until(() -> Files.readString(trace).contains("--- stopped by SIGSTOP ---\n"));
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            // stopped: the command does not go on by itself
            assertFalse(Files.readString(out).contains("resumed"), "still stopped");
            assertTrue(p.isAlive());
            String state = status(pid);
            assertTrue(state.startsWith("t") || state.startsWith("T"), "stopped: " + state);
            new ProcessBuilder("kill", "-CONT", Long.toString(pid)).start().waitFor();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue());
            assertTrue(Files.readString(out).contains("resumed"));
            List<String> lines = Files.readAllLines(trace);
            int stop = lines.indexOf("--- stopped by SIGSTOP ---");
            assertTrue(stop > 0 && lines.get(stop - 1).startsWith("--- SIGSTOP {si_signo=SIGSTOP, si_code=SI_USER, si_pid=" + pid),
                    String.join("\n", lines));
            assertTrue(lines.get(stop + 1).startsWith("--- SIGCONT {si_signo=SIGCONT, si_code=SI_USER"), String.join("\n", lines));
        } finally {
            p.destroyForcibly();
        }
    }

    private static String status(long pid) throws Exception {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(l -> l.startsWith("State:"))
                .map(l -> l.substring(6).trim()).findFirst().orElse("?");
    }
}
