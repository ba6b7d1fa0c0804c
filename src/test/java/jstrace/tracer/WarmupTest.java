package jstrace.tracer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jstrace.decode.Decoding;
import jstrace.filter.EventFilter;
import jstrace.filter.Qualifiers;
import jstrace.output.TextPrinter;
import jstrace.output.TraceOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The warm-up's made-up stops go through the whole stop path (filter, decoders, writer) without failing. */
class WarmupTest {
    @TempDir
    Path tmp;

    @Test
    void everyMadeUpCallIsDecodedAndWritten() throws Exception {
        Path file = tmp.resolve("warm");
        TraceOutput out = TraceOutput.open(file.toString(), false);
        TextPrinter.Format fmt = new TextPrinter.Format();
        fmt.plainPidPrefix = true;
        Decoding decoding = new Decoding();
        decoding.decodeFds = Decoding.FD_ALL; // -yy: the made-up pid's /proc lookups fail quietly
        Tracer.Config config = new Tracer.Config();
        config.follow = true;
        config.filter = new EventFilter(null, null, null, Qualifiers.STATUS_ALL, null,
                new TextPrinter(fmt, pid -> out, () -> 1, m -> { }), null);
        new Warmup(new Tracer(config.filter, decoding, config)).run();
        out.flush();
        List<String> lines = Files.readAllLines(file);
        // every call a line, a SIGCHLD line per round, and the exit line
        long calls = lines.stream().filter(l -> l.matches("[0-9]+ [a-z0-9_]+\\(.*\\) += .*")).count();
        assertEquals(Warmup.ROUNDS * (long) Warmup.callsPerRound(), calls, String.join("\n", lines.subList(0, 40)));
        assertEquals(Warmup.ROUNDS, lines.stream().filter(l -> l.contains("--- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=" + Warmup.PID)).count());
        assertTrue(lines.get(lines.size() - 1).endsWith("+++ exited with 0 +++"), lines.get(lines.size() - 1));
        assertTrue(lines.get(0).startsWith(Warmup.PID + " openat(AT_FDCWD, \"/usr/lib/x86_64-linux-gnu/libc.so.6\", O_RDONLY|O_CLOEXEC) = 3"),
                lines.get(0));
    }
}
