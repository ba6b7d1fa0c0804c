package jstrace.output;

import java.util.ArrayList;
import java.util.List;
import jstrace.event.EventValues;
import jstrace.event.TraceEvent;

/**
 * --normalize: the trace as a golden file holds it ({@link Normalizer}), written when the trace
 * ends (process-tree names need the whole trace). One line per call or signal, exit, kill.
 */
public final class NormalizedWriter extends EventValues {
    private final TraceOutput out;
    private final List<TraceEvent> events;
    private final java.util.function.Consumer<String> messages;

    public NormalizedWriter(TraceOutput out, java.util.function.Consumer<String> messages) {
        this(out, messages, new ArrayList<>());
    }

    private NormalizedWriter(TraceOutput out, java.util.function.Consumer<String> messages, List<TraceEvent> events) {
        super(events::add);
        this.out = out;
        this.messages = messages;
        this.events = events;
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
