package jstrace.output;

import java.util.function.IntFunction;
import jstrace.decode.Call;
import jstrace.decode.Errno;
import jstrace.decode.Results;
import jstrace.decode.SigInfo;
import jstrace.decode.Signals;
import jstrace.event.TraceEvent;
import jstrace.event.TraceListener;

/**
 * --json: the trace as NDJSON, one record (a JSON object on one line) per event, in the order they
 * happen. A call is one record, written when it returns (or when its tracee dies in it, with
 * {@code "finished": false}), so calls interrupted by other tracees are never split. Fields are
 * documented in the man page and docs/jstrace-events.schema.json. Output is flushed before the tracer
 * waits, as the text's is.
 */
public final class JsonWriter implements TraceListener {
    private final IntFunction<TraceOutput> outputs;
    private final Ascii line = new Ascii();
    private final StringBuilder result = new StringBuilder(64);
    private final JsonValues values = new JsonValues(line);
    private final Unflushed dirty = new Unflushed();
    private final int xlatStyle;
    private final boolean decodePids;
    private final java.util.function.Consumer<String> messages;

    /**
     * {@code xlatStyle} and {@code decodePids}: -X and -Y, for siginfo (formatted as the text's);
     * {@code messages} gets jstrace's notices (an exec that failed, ...), which are not records.
     */
    public JsonWriter(IntFunction<TraceOutput> outputs, int xlatStyle, boolean decodePids,
            java.util.function.Consumer<String> messages) {
        this.outputs = outputs;
        this.messages = messages;
        this.xlatStyle = xlatStyle;
        this.decodePids = decodePids;
    }

    // the fixed parts of the call record, as bytes (see Ascii.literal): it is written for every call
    private static final byte[] PID = Ascii.literal("\",\"pid\":"),
            TGID = Ascii.literal(",\"tgid\":"), WALL = Ascii.literal(",\"wall_ns\":"), MONO = Ascii.literal(",\"mono_ns\":"),
            ID = Ascii.literal(",\"id\":"), NAME = Ascii.literal(",\"name\":\""), NR = Ascii.literal("\",\"nr\":"),
            FINISHED = Ascii.literal(",\"finished\":true,\"retval\":"), UNFINISHED = Ascii.literal(",\"finished\":false"),
            RESULT = Ascii.literal(",\"result\":"), EXIT_MONO = Ascii.literal(",\"exit_mono_ns\":"),
            DURATION = Ascii.literal(",\"duration_ns\":"), SYSTEM = Ascii.literal(",\"system_ns\":"),
            TYPE = Ascii.literal("{\"type\":\"");

    private void start(String type, int pid, int tgid, long wall, long mono) {
        line.setLength(0);
        line.append(TYPE).append(type).append(PID).append(pid).append(TGID).append(tgid)
                .append(WALL).append(wall).append(MONO).append(mono);
    }

    private void start(String type, TraceEvent e) {
        start(type, e.pid(), e.tgid(), e.wallNanos(), e.monoNanos());
    }

    private void end(int pid) {
        line.append('}');
        TraceOutput out = dirty.mark(outputs.apply(pid));
        out.append(line.bytes(), 0, line.length());
        out.newline();
    }

    @Override
    public void syscallEntered(Call c) {}

    @Override
    public void syscallExited(Call c) {
        call(c, true);
    }

    @Override
    public void syscallUnfinished(Call c) {
        call(c, false);
    }

    private void call(Call c, boolean finished) {
        start("syscall", c.pid, c.tgid, c.entryWallNanos, c.entryMonoNanos);
        line.append(ID).append(c.id).append(NAME).append(c.name()).append(NR).append(c.nr).append(',');
        if (c.personality == Call.I386) line.append("\"arch\":\"i386\",");
        values.arguments(c);
        if (!finished) {
            line.append(UNFINISHED);
        } else {
            line.append(FINISHED).append(c.rval);
            if (c.failed) {
                int errno = c.errno();
                String name = Errno.name(errno);
                line.append(",\"errno\":").append(errno);
                if (name != null) {
                    Json.string(line.append(",\"errno_name\":"), name);
                    Json.string(line.append(",\"errno_text\":"), Errno.message(errno));
                }
            }
            result.setLength(0);
            Results.format(result, c);
            Json.string(line.append(RESULT), result);
            line.append(EXIT_MONO).append(c.exitMonoNanos).append(DURATION).append(c.durationNanos())
                    .append(SYSTEM).append(c.systemNanos());
            if (c.injected) line.append(",\"injected\":true");
            if (c.poked) line.append(",\"poked\":true");
            if (c.delayed) line.append(",\"delayed\":true");
        }
        end(c.pid);
    }

    @Override
    public void signalDelivered(TraceEvent.SignalDelivered e) {
        start("signal", e);
        Json.string(line.append(",\"signal\":"), Signals.name(e.signal()));
        line.append(",\"signo\":").append(e.signal()).append(",\"siginfo\":");
        values.text(SigInfo.format(e.siginfo(), xlatStyle, decodePids));
        end(e.pid());
    }

    @Override
    public void stackTrace(TraceEvent.StackTrace e) {
        start("stack", e);
        line.append(",\"frames\":[");
        for (int i = 0; i < e.frames().size(); i++) Json.string(line.append(i == 0 ? "" : ","), e.frames().get(i));
        line.append(']');
        end(e.pid());
    }

    @Override
    public void groupStopped(TraceEvent.GroupStop e) {
        start("stop", e);
        Json.string(line.append(",\"signal\":"), Signals.name(e.signal()));
        end(e.pid());
    }

    @Override
    public void taskCreated(TraceEvent.TaskCreated e) {
        start("task_created", e);
        line.append(",\"child\":").append(e.child()).append(",\"child_tgid\":").append(e.childTgid())
                .append(",\"kind\":\"").append(e.kind().name().toLowerCase(java.util.Locale.ROOT)).append('"');
        if (e.syscall() != null) Json.string(line.append(",\"syscall\":"), e.syscall());
        end(e.pid());
    }

    @Override
    public void execed(TraceEvent.Exec e) {
        start("exec", e);
        line.append(",\"former_tid\":").append(e.formerTid());
        Json.string(line.append(",\"command\":"), e.command());
        end(e.pid());
    }

    private void pending(long call) {
        if (call > 0) line.append(",\"pending_call\":").append(call);
    }

    @Override
    public void exited(TraceEvent.Exited e) {
        start("exit", e);
        line.append(",\"code\":").append(e.code());
        pending(e.pendingCall());
        end(e.pid());
    }

    @Override
    public void killed(TraceEvent.Killed e) {
        start("killed", e);
        Json.string(line.append(",\"signal\":"), Signals.name(e.signal()));
        line.append(",\"signo\":").append(e.signal()).append(",\"core_dumped\":").append(e.coreDumped());
        pending(e.pendingCall());
        end(e.pid());
    }

    @Override
    public void vanished(TraceEvent.Vanished e) {
        start("vanished", e);
        pending(e.pendingCall());
        end(e.pid());
    }

    @Override
    public void attached(TraceEvent.Attached e) {
        start("attach", e);
        line.append(",\"followed\":").append(e.followed());
        end(e.pid());
    }

    @Override
    public void detached(TraceEvent.Detached e) {
        start("detach", e);
        pending(e.pendingCall());
        end(e.pid());
    }

    @Override
    public void notice(String message) {
        messages.accept(message);
    }

    @Override
    public void beforeWait() {
        dirty.flushAll();
    }

    @Override
    public void finish() {
        beforeWait();
    }
}
