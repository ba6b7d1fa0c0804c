package jstrace.output;

import java.util.ArrayList;
import java.util.List;
import jstrace.decode.Call;
import jstrace.event.TraceEvent;
import jstrace.event.TraceListener;

/**
 * --normalize: the trace as a golden file holds it ({@link Normalizer}), written when the trace
 * ends (process-tree names need the whole trace). One line per call or signal, exit, kill.
 */
public final class NormalizedWriter implements TraceListener {
    private final TraceOutput out;
    private final List<TraceEvent> events = new ArrayList<>();
    private final java.util.function.Consumer<String> messages;

    public NormalizedWriter(TraceOutput out, java.util.function.Consumer<String> messages) {
        this.out = out;
        this.messages = messages;
    }

    @Override
    public void syscallEntered(Call c) {}

    @Override
    public void syscallExited(Call c) {
        events.add(c.snapshot(true));
    }

    @Override
    public void syscallUnfinished(Call c) {
        events.add(c.snapshot(false));
    }

    @Override
    public void signalDelivered(TraceEvent.SignalDelivered e) {
        events.add(e);
    }

    @Override
    public void exited(TraceEvent.Exited e) {
        events.add(e);
    }

    @Override
    public void killed(TraceEvent.Killed e) {
        events.add(e);
    }

    @Override
    public void notice(String message) {
        messages.accept(message);
    }

    @Override
    public void finish() {
        Normalizer n = new Normalizer();
        n.nameTree(events);
        for (TraceEvent e : events) {
            String line = n.line(e);
            if (line == null) continue;
            out.append(line);
            out.newline();
        }
        out.flush();
        events.clear();
    }
}
