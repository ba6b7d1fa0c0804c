package jstrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * -p PID together with a command (strace 6.1 traces both): the command is started and the running
 * process attached, one trace holds both, and it ends when every tracee is gone with the command's
 * status; an interrupt detaches the attached process, which goes on running.
 */
class AttachWithCommandIT {
    @TempDir
    Path dir;


    /**
     * A shell that says "ready" on its stdout, then reads a line from the fifo and exits with 7 after
     * /bin/echo printed it: it does its calls only once the command has written to the fifo.
     */
    private Process startReader(Path fifo, Path out) throws Exception {
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        Process p = new ProcessBuilder("sh", "-c", "echo ready; read x < \"$0\"; /bin/echo \"got $x\"; exit 7", fifo.toString())
                .redirectInput(new File("/dev/null")).redirectOutput(out.toFile()).redirectErrorStream(true).start();
        Await.until(() -> Files.readString(out).equals("ready\n"));
        return p;
    }

    private record Run(int status, String stderr) {}

    /** TRACER [-f] -e trace=read,write,execve -p PID sh -c 'echo go > FIFO; exit 3'. */
    private Run traceWriterAndReader(String tracer, boolean follow, long pid, Path fifo) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(tracer));
        if (follow) cmd.add("-f");
        cmd.addAll(List.of("-e", "trace=read,write,execve", "-p", Long.toString(pid), "sh", "-c", "echo go > \"$0\"; exit 3",
                fifo.toString()));
        Path err = dir.resolve("err-" + System.nanoTime());
        Process p = new ProcessBuilder(cmd).redirectInput(new File("/dev/null")).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), tracer + " ends once the command and the attached process have exited");
        return new Run(p.exitValue(), Files.readString(err));
    }

    private void checkBothTraced(String tracer, boolean follow) throws Exception {
        Path fifo = dir.resolve("fifo-" + System.nanoTime());
        Path out = dir.resolve("out-" + System.nanoTime());
        Process reader = startReader(fifo, out);
        try {
            String pid = Long.toString(reader.pid());
            Run r = traceWriterAndReader(tracer, follow, reader.pid(), fifo);
            String name = Path.of(tracer).getFileName().toString();
            String msg = tracer + ":\n" + r.stderr;
            assertEquals(3, r.status, "the command's status: " + msg);
            assertTrue(reader.waitFor(10, TimeUnit.SECONDS), msg);
            assertEquals(7, reader.exitValue());
            assertEquals("ready\ngot go\n", Files.readString(out));
            assertTrue(r.stderr.startsWith(name + ": Process " + pid + " attached\n"), msg);
            // the command: from its execve, with its pid while the attached process is traced too
            assertTrue(Pattern.compile("(?m)^\\[pid +\\d+\\] execve\\(\"/usr/bin/sh\", \\[\"sh\", \"-c\", \"echo go > ").matcher(r.stderr).find()
                    || Pattern.compile("(?m)^\\[pid +\\d+\\] execve\\(\"/bin/sh\"").matcher(r.stderr).find(), msg);
            assertTrue(Pattern.compile("(?m)^\\[pid +\\d+\\] write\\(1, \"go\\\\n\", 3").matcher(r.stderr).find(), msg);
            // the attached shell: a read of the fifo, and its exit (once the command is gone, lines lose
            // the pid; the command reads no fd 0; either call may be split by the other's line)
            assertTrue(Pattern.compile("(?m)^(\\[pid +" + pid + "\\] )?(read\\(0, |<\\.\\.\\. read resumed>)").matcher(r.stderr).find(), msg);
            assertTrue(Pattern.compile("(?m)^(\\[pid +" + pid + "\\] )?\\+\\+\\+ exited with 7 \\+\\+\\+$").matcher(r.stderr).find(), msg);
            assertTrue(Pattern.compile("(?m)^(\\[pid +\\d+\\] )?\\+\\+\\+ exited with 3 \\+\\+\\+$").matcher(r.stderr).find(), msg);
            // -f: the attached process's child is followed too
            boolean echoTraced = r.stderr.contains("execve(\"/bin/echo\", [\"/bin/echo\", \"got go\"]");
            assertEquals(follow, echoTraced, msg);
        } finally {
            reader.destroyForcibly();
        }
    }

    @Test
    void commandAndAttachedProcessAreTracedToTheirEnd() throws Exception {
        checkBothTraced(SamplesIT.JSTRACE.toString(), false);
        if (SamplesIT.onPath("strace")) checkBothTraced("strace", false);
    }

    @Test
    void followForksFollowsTheAttachedProcessChildren() throws Exception {
        checkBothTraced(SamplesIT.JSTRACE.toString(), true);
        if (SamplesIT.onPath("strace")) checkBothTraced("strace", true);
    }

    /** SIGINT: the command gets it (and dies by it, so does the tracer); the attached process is let go, running. */
    private void checkInterrupt(String tracer) throws Exception {
        Process victim = new ProcessBuilder("sleep", "60").redirectInput(new File("/dev/null"))
                .redirectOutput(new File("/dev/null")).start();
        Path started = dir.resolve("started-" + System.nanoTime());
        Path err = dir.resolve("err-" + System.nanoTime());
        try {
            Process p = new ProcessBuilder(tracer, "-p", Long.toString(victim.pid()), "sh", "-c",
                    "echo $$ > \"$0\"; exec sleep 60", started.toString())
                    .redirectInput(new File("/dev/null")).redirectError(err.toFile()).start();
            Await.until(() -> Files.readString(started).endsWith("\n") && !"0".equals(ProcStatus.field(victim.pid(), "TracerPid"))
                    && !ProcStatus.field(victim.pid(), "State").startsWith("t") && Files.readString(err).contains("attached"));
            long command = Long.parseLong(Files.readString(started).trim());
            // the command's sleep is running under the tracer (past its execve)
            Await.until(() -> Files.readString(err).contains("execve(\"/usr/bin/sleep\"") && ProcStatus.field(command, "State").startsWith("S"));
            new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
            String msg = tracer + ":\n" + Files.readString(err);
            assertTrue(p.waitFor(20, TimeUnit.SECONDS), msg);
            assertEquals(128 + 2, p.exitValue(), msg);
            assertEquals("0", ProcStatus.field(victim.pid(), "TracerPid"), msg);
            String state = ProcStatus.field(victim.pid(), "State");
            assertTrue(state.startsWith("S") || state.startsWith("R"), "running, not stopped: " + state);
            assertTrue(victim.isAlive());
            assertTrue(Files.readString(err).contains("Process " + victim.pid() + " detached"), msg);
        } finally {
            victim.destroyForcibly();
        }
    }

    @Test
    void interruptDetachesTheAttachedProcessAndSignalsTheCommand() throws Exception {
        checkInterrupt(SamplesIT.JSTRACE.toString());
        if (SamplesIT.onPath("strace")) checkInterrupt("strace");
    }
}
