package jstrace.junit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jstrace.api.Trace;
import jstrace.api.TraceException;
import jstrace.api.TraceResult;
import jstrace.event.TraceEvent;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * JUnit 5 extension: gives test methods a {@link Tracing} parameter, skips them (with the reason)
 * where ptrace cannot work here, and prints the end of each trace a failed test ran.
 *
 * <pre>{@code
 * @ExtendWith(JstraceExtension.class)
 * class SmokeTest {
 *     @Test
 *     void lsOpensNoConfig(Tracing tracing) {
 *         TraceResult r = tracing.run("ls", "/");
 *         TraceAssertions.assertNoFileUnder(r, "/etc/ls");
 *     }
 * }
 * }</pre>
 *
 * <p>ptrace is found unavailable when kernel.yama.ptrace_scope is 3 (the file can be named with the
 * system property {@code jstrace.ptraceScopeFile}, for tests of this), when it is 2 and this process is
 * not root, or when tracing /bin/true fails (a container without CAP_SYS_PTRACE, a seccomp profile
 * that forbids ptrace).
 */
public final class JstraceExtension implements ParameterResolver, ExecutionCondition, TestWatcher {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(JstraceExtension.class);
    /** Lines of each trace shown when a test fails. */
    private static final int FAILURE_LINES = 40;

    /** Why ptrace cannot be used here, or null when it can (probed once per JVM and scope file). */
    public static String unavailableReason() {
        String file = System.getProperty("jstrace.ptraceScopeFile", "/proc/sys/kernel/yama/ptrace_scope");
        String scope = null;
        try {
            scope = Files.readString(Path.of(file)).trim();
        } catch (IOException e) {
            // no Yama: only capabilities and seccomp decide
        }
        if ("3".equals(scope)) return "ptrace is disabled here: kernel.yama.ptrace_scope is 3 (" + file + ")";
        if ("2".equals(scope) && !"0".equals(uid())) return "ptrace needs CAP_SYS_PTRACE here: kernel.yama.ptrace_scope is 2";
        return Probe.REASON;
    }

    private static String uid() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("Uid:")) return l.substring(4).trim().split("\\s+")[1];
            }
        } catch (IOException e) {
            // unknown
        }
        return "?";
    }

    /** Traces /bin/true once: the reason it failed, or null. */
    private static final class Probe {
        static final String REASON = probe();

        private static String probe() {
            try {
                TraceResult r = Trace.command("/bin/true").run();
                return r.exitStatus() == 0 ? null : "tracing /bin/true failed (exit status " + r.exitStatus() + ")";
            } catch (TraceException | LinkageError e) {
                return "ptrace cannot be used here: " + e.getMessage();
            }
        }
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String reason = unavailableReason();
        return reason == null ? ConditionEvaluationResult.enabled("ptrace works here")
                : ConditionEvaluationResult.disabled(reason);
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
        return p.getParameter().getType() == Tracing.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
        return e.getStore(NS).getOrComputeIfAbsent(e.getUniqueId(), k -> new Tracing(), Tracing.class);
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Tracing t = context.getStore(NS).get(context.getUniqueId(), Tracing.class);
        if (t == null) return;
        StringBuilder b = new StringBuilder();
        for (TraceResult r : t.results()) {
            List<TraceEvent.Syscall> calls = r.calls();
            b.append("jstrace: trace of ").append(context.getDisplayName()).append(" (exit status ").append(r.exitStatus())
                    .append(", ").append(calls.size()).append(" calls; the last ").append(Math.min(FAILURE_LINES, calls.size()))
                    .append("):\n");
            for (TraceEvent.Syscall c : calls.subList(Math.max(0, calls.size() - FAILURE_LINES), calls.size())) {
                b.append("  [").append(c.pid()).append("] ").append(c.line()).append('\n');
            }
        }
        System.err.print(b);
    }
}
