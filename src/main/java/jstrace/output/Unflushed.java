package jstrace.output;

import java.util.ArrayList;

/** The outputs a writer wrote to since the tracer last waited: flushed before it waits again (live output). */
final class Unflushed {
    private final ArrayList<TraceOutput> outputs = new ArrayList<>();

    /** {@code out} was written to. */
    TraceOutput mark(TraceOutput out) {
        if (!out.dirty) {
            out.dirty = true;
            outputs.add(out);
        }
        return out;
    }

    void flushAll() {
        for (int i = 0; i < outputs.size(); i++) {
            TraceOutput o = outputs.get(i);
            o.dirty = false;
            o.flush();
        }
        outputs.clear();
    }
}
