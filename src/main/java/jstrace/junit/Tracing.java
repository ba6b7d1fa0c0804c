package jstrace.junit;

import java.util.ArrayList;
import java.util.List;
import jstrace.api.Trace;
import jstrace.api.TraceResult;

/**
 * A test's tracer, given by {@link JstraceExtension}: runs traces and keeps them, so that a failing
 * test shows what the traced programs did.
 */
public final class Tracing {
    private final List<TraceResult> results = new ArrayList<>();

    /** Traces {@code command} with jstrace's default options. */
    public TraceResult run(String... command) {
        return run(Trace.command(command));
    }

    /** Runs a trace built with {@link Trace}'s options. */
    public TraceResult run(Trace trace) {
        TraceResult r = trace.run();
        synchronized (results) {
            results.add(r);
        }
        return r;
    }

    /** The traces this test has run, in order. */
    public List<TraceResult> results() {
        synchronized (results) {
            return List.copyOf(results);
        }
    }
}
