package jstrace.event;

import java.util.function.Consumer;
import jstrace.decode.Call;

/**
 * A sink that hands every event on as an immutable value: a call when it returns (or when its task
 * dies in it, unfinished) as its {@link TraceEvent.Syscall} snapshot, every other event as it is.
 * For sinks that keep events (the library API, golden files); the hot path pays for a snapshot only
 * when such a sink is there.
 */
public class EventValues implements TraceListener {
    private final Consumer<TraceEvent> sink;

    public EventValues(Consumer<TraceEvent> sink) {
        this.sink = sink;
    }

    @Override
    public void syscallEntered(Call c) {}

    @Override
    public void syscallExited(Call c) {
        sink.accept(c.snapshot(true));
    }

    @Override
    public void syscallUnfinished(Call c) {
        sink.accept(c.snapshot(false));
    }

    @Override
    public void event(TraceEvent e) {
        sink.accept(e);
    }
}
