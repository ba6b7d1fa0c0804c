package jstrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** -p attach and detach (what a killed jstrace leaves behind: LaunchOptionsIT). */
class AttachDetachIT {
    @TempDir
    Path dir;


    private static void waitFor(Await.Condition cond) throws Exception {
        Await.until(cond);
    }

    private static boolean traced(long pid) {
        try {
            return !"0".equals(ProcStatus.field(pid, "TracerPid"));
        } catch (Exception e) {
            return false;
        }
    }

    private Process start(String... cmd) throws Exception {
        return new ProcessBuilder(cmd).redirectInput(new File("/dev/null"))
                .redirectOutput(dir.resolve("out-" + System.nanoTime()).toFile())
                .redirectError(dir.resolve("err-" + System.nanoTime()).toFile()).start();
    }

    @Test
    void sigintDetachesAndLeavesTheProcessRunning() throws Exception {
        // a sleeping process and a busy one: both must survive, running and untraced
        for (String[] target : new String[][] {{"sleep", "30"}, {"sh", "-c", "while :; do :; done"}}) {
            Process victim = start(target);
            try {
                Path err = dir.resolve("jstrace.err");
                Process tracer = new ProcessBuilder(SamplesIT.JSTRACE.toString(), "-o", dir.resolve("t.txt").toString(),
                        "-p", Long.toString(victim.pid())).redirectInput(new File("/dev/null"))
                        .redirectError(err.toFile()).start();
                // attached, and past the attach stop: the tracer has resumed it (a detach from the
                // running process is what is tested, not one from that stop)
                waitFor(() -> traced(victim.pid()) && !ProcStatus.field(victim.pid(), "State").startsWith("t"));
                new ProcessBuilder("kill", "-INT", Long.toString(tracer.pid())).start().waitFor();
                assertTrue(tracer.waitFor(20, TimeUnit.SECONDS), "jstrace ends after SIGINT");
                assertEquals("0", ProcStatus.field(victim.pid(), "TracerPid"), "not traced any more");
                String state = ProcStatus.field(victim.pid(), "State");
                assertTrue(state.startsWith("S") || state.startsWith("R"), "running, not stopped: " + state);
                assertTrue(victim.isAlive());
                String msgs = Files.readString(err);
                assertTrue(msgs.contains("jstrace: Process " + victim.pid() + " attached"), msgs);
                assertTrue(msgs.contains("jstrace: Process " + victim.pid() + " detached"), msgs);
            } finally {
                victim.destroyForcibly();
            }
        }
    }

    /** -f -p of a threaded process: one "Process N attached with M threads" notice, as strace's, and a detach notice per thread. */
    @Test
    void threadedProcessIsAttachedWithOneNotice() throws Exception {
        SamplesIT.buildSamples();
        Process victim = start(SamplesIT.ROOT.resolve(SamplesIT.SAMPLES + "/threadsleep").toString());
        try {
            waitFor(() -> Files.list(Path.of("/proc/" + victim.pid() + "/task")).count() == 4);
            String msgs = attachAndDetach(SamplesIT.JSTRACE.toString(), victim.pid());
            String pid = Long.toString(victim.pid());
            assertTrue(msgs.startsWith("jstrace: Process " + pid + " attached with 4 threads\n"), msgs);
            assertEquals(1, msgs.split("attached", -1).length - 1, msgs);
            assertEquals(4, msgs.split(" detached\n", -1).length - 1, msgs);
            if (SamplesIT.onPath("strace")) {
                String ref = attachAndDetach("strace", victim.pid());
                assertEquals(java.util.Arrays.stream(ref.split("\n")).sorted().toList(),
                        java.util.Arrays.stream(msgs.replace("jstrace: ", "strace: ").split("\n")).sorted().toList());
            }
        } finally {
            victim.destroyForcibly();
        }
    }

    /** TRACER -f -p PID (nothing traced), ended by SIGINT once every thread is attached and running: its messages. */
    private String attachAndDetach(String tracerCommand, long pid) throws Exception {
        Path err = dir.resolve("err-" + System.nanoTime());
        Process tracer = new ProcessBuilder(tracerCommand, "-f", "-e", "trace=none", "-p", Long.toString(pid))
                .redirectInput(new File("/dev/null")).redirectError(err.toFile()).start();
        waitFor(() -> {
            for (Path task : Files.list(Path.of("/proc/" + pid + "/task")).toList()) {
                long tid = Long.parseLong(task.getFileName().toString());
                if (!traced(tid) || ProcStatus.field(tid, "State").startsWith("t")) return false;
            }
            return Files.readString(err).contains("attached");
        });
        new ProcessBuilder("kill", "-INT", Long.toString(tracer.pid())).start().waitFor();
        assertTrue(tracer.waitFor(20, TimeUnit.SECONDS), tracerCommand + " ends after SIGINT");
        waitFor(() -> !traced(pid));
        return Files.readString(err);
    }

    /**
     * A stopped process stays stopped (group-stop, 'T'), untraced; and SIGINT detaches even when it
     * was ignored when jstrace started, as it is for a background job of a script.
     */
    @Test
    void stoppedProcessStaysStoppedAndIgnoredSigintStillDetaches() throws Exception {
        Process victim = start("sleep", "30");
        try {
            new ProcessBuilder("kill", "-STOP", Long.toString(victim.pid())).start().waitFor();
            waitFor(() -> {
                try {
                    return ProcStatus.field(victim.pid(), "State").startsWith("T");
                } catch (Exception e) {
                    return false;
                }
            });
            Path err = dir.resolve("stopped.err");
            Process tracer = new ProcessBuilder("sh", "-c", "trap '' INT; exec \"$0\" -p " + victim.pid(),
                    SamplesIT.JSTRACE.toString()).redirectInput(new File("/dev/null")).redirectError(err.toFile()).start();
            waitFor(() -> traced(victim.pid()));
            waitFor(() -> {
                try {
                    return Files.readString(err).contains("--- stopped by SIGSTOP ---");
                } catch (Exception e) {
                    return false;
                }
            });
            new ProcessBuilder("kill", "-INT", Long.toString(tracer.pid())).start().waitFor();
            assertTrue(tracer.waitFor(20, TimeUnit.SECONDS), "jstrace ends after SIGINT");
            assertEquals("0", ProcStatus.field(victim.pid(), "TracerPid"), "not traced any more");
            assertTrue(ProcStatus.field(victim.pid(), "State").startsWith("T (stopped)"), ProcStatus.field(victim.pid(), "State"));
            assertTrue(Files.readString(err).contains("jstrace: Process " + victim.pid() + " detached"), Files.readString(err));
            new ProcessBuilder("kill", "-CONT", Long.toString(victim.pid())).start().waitFor();
            waitFor(() -> {
                try {
                    return ProcStatus.field(victim.pid(), "State").startsWith("S");
                } catch (Exception e) {
                    return false;
                }
            });
            assertTrue(ProcStatus.field(victim.pid(), "State").startsWith("S"), "runs on after SIGCONT");
        } finally {
            victim.destroyForcibly();
        }
    }
}
