package example;

import static jstrace.api.TraceAssertions.assertAtMostCalls;
import static jstrace.api.TraceAssertions.assertNoCall;
import static jstrace.api.TraceAssertions.assertNoFileUnder;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import jstrace.api.Golden;
import jstrace.api.Trace;
import jstrace.api.TraceResult;
import jstrace.event.TraceEvent;
import jstrace.junit.JstraceExtension;
import jstrace.junit.Tracing;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Smoke tests of native programs: what they do, syscall by syscall. */
@ExtendWith(JstraceExtension.class) // skips these tests where ptrace is not available
class SamplesSmokeTest {

    /** The programs under test: jstrace's sample programs, built into target/samples. */
    @BeforeAll
    static void buildSamples() throws Exception {
        Process build = new ProcessBuilder("sh", "../../scripts/samples/build.sh", "target/samples").inheritIO().start();
        assertEquals(0, build.waitFor(), "building the samples");
    }

    @Test
    void helloWritesItsGreetingOnceAndNothingElse(Tracing tracing) {
        TraceResult r = tracing.run("target/samples/hello");
        assertEquals(0, r.exitStatus());
        assertEquals("hello\n", r.stdout());
        assertAtMostCalls(r, 1, "write");
        assertNoCall(r, "%net", "open", "openat");
        // the whole trace, against the checked-in golden file (update: mvn test -Djstrace.updateGolden=true)
        Golden.assertMatches(r, Path.of("src/test/resources/hello.golden"));
    }

    @Test
    void openmissingReportsENOENT(Tracing tracing) {
        TraceResult r = tracing.run("target/samples/openmissing");
        TraceEvent.Syscall open = r.callsOnPath("/nonexistent/jstrace-sample").get(0);
        assertEquals("ENOENT", open.errnoName());
        assertNoFileUnder(r, "/etc");
    }

    @Test
    void forktreeIsTracedWithAllItsProcesses(Tracing tracing) {
        TraceResult r = tracing.run(Trace.command("target/samples/forktree").followForks().options("-e", "trace=%process"));
        assertEquals(0, r.exitStatus());
        assertEquals(255, r.processes().size());
        assertEquals(1, r.calls("execve").size(), "only the launch execs");
        assertNoCall(r, "kill");
    }
}
