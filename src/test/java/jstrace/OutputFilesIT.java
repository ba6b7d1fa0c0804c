package jstrace;

import static jstrace.SamplesIT.ROOT;
import static jstrace.SamplesIT.onPath;
import static jstrace.SamplesIT.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** -o files as strace makes them: -ff creates only FILE.PID, and a failed write is reported per line. */
class OutputFilesIT {
    @TempDir
    Path tmp;

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString().replaceAll("\\.\\d+$", ".PID")).sorted().toList();
        }
    }

    @Test
    void separateFilesLeaveNoEmptyFile() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("j"));
        SamplesIT.Result r = run(ROOT, null, SamplesIT.JSTRACE.toString(), "-ff", "-o", dir.resolve("out").toString(),
                "sh", "-c", "/bin/true; wait");
        assertEquals(0, r.status(), r.stderr());
        assertEquals(List.of("out.PID", "out.PID"), names(dir), "FILE itself is not created");
        if (onPath("strace")) {
            Path sdir = Files.createDirectory(tmp.resolve("s"));
            assertEquals(0, run(ROOT, null, "strace", "-ff", "-o", sdir.resolve("out").toString(), "sh", "-c", "/bin/true; wait").status());
            assertEquals(names(sdir), names(dir));
        }
    }

    /** -o /dev/full: strace says "strace: /dev/full: No space left on device" for each line, and exits with the command's status. */
    @Test
    void writeErrorsAreReportedAsStraceReportsThem() throws Exception {
        for (List<String> cmd : List.of(List.of("true"), List.of("sh", "-c", "exit 3"), List.of("-C", "true"), List.of("-c", "true"))) {
            SamplesIT.Result j = run(ROOT, null, Stream.concat(Stream.of(SamplesIT.JSTRACE.toString(), "-o", "/dev/full"),
                    cmd.stream()).toArray(String[]::new));
            List<String> messages = j.stderr().lines().toList();
            boolean summaryOnly = cmd.get(0).equals("-c");
            assertEquals(cmd.contains("exit 3") ? 3 : 0, j.status(), j.stderr());
            assertTrue(summaryOnly ? messages.isEmpty() : messages.size() > 5, cmd + ": " + j.stderr());
            assertTrue(messages.stream().allMatch(l -> l.equals("jstrace: /dev/full: No space left on device")), j.stderr());
            if (!onPath("strace")) continue;
            SamplesIT.Result s = run(ROOT, null, Stream.concat(Stream.of("strace", "-o", "/dev/full"), cmd.stream()).toArray(String[]::new));
            assertEquals(s.status(), j.status(), cmd.toString());
            // one message per trace line: the counts are strace's
            assertEquals(s.stderr().replace("strace: ", "jstrace: "), j.stderr(), cmd.toString());
        }
    }
}
