package jstrace.output;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.IntSupplier;
import jstrace.decode.Call;
import jstrace.decode.Print;
import jstrace.decode.Results;
import jstrace.decode.SigInfo;
import jstrace.decode.Signals;
import jstrace.event.TraceEvent;
import jstrace.event.TraceListener;
import jstrace.filter.EventFilter;
import jstrace.filter.Qualifiers;

/**
 * Writes events as strace's text lines, live: a call's entry part ("read(0, ") when it is entered,
 * the rest when it returns, with strace's "<unfinished ...>" / "<... read resumed>" when another
 * line comes between. Every output is flushed before the tracer waits ({@link #beforeWait}).
 */
public final class TextPrinter implements TraceListener {
    /** How lines look: strace's output options. */
    public static final class Format {
        /** -a: the column of " = ". */
        public int retColumn = 40;
        /** -t / --absolute-timestamps: TimeFormat.NONE, TIME or UNIX, and the fraction digits. */
        public int absoluteFormat, absoluteDigits;
        /** -r and -T, with their fraction digits. */
        public boolean relativeTimestamps, syscallTimes;
        public int relativeDigits = 6, syscallTimesDigits = 6;
        public boolean syscallNumbers, instructionPointer;
        /** -o with -f (or several -p): "%-5u " pid prefix on every line. */
        public boolean plainPidPrefix;
        /** Output to stderr: "[pid %5u] " while several tracees are alive (or always with --always-show-pid). */
        public boolean bracketPidPrefix, alwaysShowPid;
        /** -e status= bits (Qualifiers.STATUS_*): with a filter, calls arrive whole at their exit. */
        public int status = Qualifiers.STATUS_ALL;
        /** -X style and -Y, for signal lines (their siginfo is formatted here). */
        public int xlatStyle;
        public boolean decodePids;
        /** Messages not printed (-q, -e quiet=; Qualifiers.QUIET_*). */
        public jstrace.filter.NumberSet quiet = jstrace.filter.NumberSet.none();
        /** -e signal=: "+++ killed by SIG +++" only for these signals, as strace (null: all). */
        public boolean[] signals;
        /** -e read= / -e write= dumps, or null. */
        public DataDump dump;
    }

    private final Format fmt;
    /** The output of a tracee: one shared, or one per process with -ff. */
    private final IntFunction<TraceOutput> outputs;
    private final IntSupplier liveTracees;
    /** Per output, the call whose entry part ends its last, unfinished line. */
    private final Map<TraceOutput, Call> openLines = new HashMap<>();
    /** -Y: command names of the tracees, kept from when they could be read (an exited process has none). */
    private final Map<Integer, String> comms = new HashMap<>();
    private final StringBuilder scratch = new StringBuilder(64);
    private long lastRelative = Long.MIN_VALUE;
    /** The local time zone, read only for -t/-tt (loading the zone rules costs start-up time). */
    private ZoneId zone;
    /** Outputs written to since the last wait (one for a shared output; any of the -ff files). */
    private final java.util.ArrayList<TraceOutput> dirty = new java.util.ArrayList<>();

    /** Where jstrace's own messages go ("Process N attached", notices): the CLI prints them as "jstrace: ..." on stderr. */
    private final java.util.function.Consumer<String> messages;

    public TextPrinter(Format fmt, IntFunction<TraceOutput> outputs, IntSupplier liveTracees,
            java.util.function.Consumer<String> messages) {
        this.fmt = fmt;
        this.messages = messages;
        this.outputs = outputs;
        this.liveTracees = liveTracees;
    }

    public static String syscallName(int nr) {
        return Print.syscallName(nr);
    }

    private boolean wholeCalls() {
        return EventFilter.wholeCallsAtExit(fmt.status);
    }

    private TraceOutput output(int pid) {
        TraceOutput out = outputs.apply(pid);
        if (!out.dirty) {
            out.dirty = true;
            dirty.add(out);
        }
        return out;
    }

    /** What lines that are not calls need of the tracee's calls: -Y's name, -n's number. */
    private void remember(Call c) {
        if (fmt.decodePids) comms.put(c.pid, c.comm());
        if (fmt.syscallNumbers) lastNrs.put(c.pid, c.nr);
    }

    @Override
    public void syscallEntered(Call c) {
        remember(c);
        TraceOutput out = output(c.pid);
        leader(out, c.pid, c.nr, c.ip, true, c.entryWallNanos, c.entryMonoNanos);
        out.append(syscallName(c.nr)).append('(').append(c.out, 0, c.entryLength);
        openLines.put(out, c);
    }

    /** The wall clock time of a call's exit stop (the call carries its entry's clocks). */
    private static long exitWall(Call c) {
        return c.exitMonoNanos + (c.entryWallNanos - c.entryMonoNanos);
    }

    /** Starts the line that ends call {@code c}: its whole text if its entry was not printed, else "<... resumed>" unless its line is still open. */
    private TraceOutput resume(Call c, long wall, long mono) {
        TraceOutput out = output(c.pid);
        if (wholeCalls()) {
            leader(out, c.pid, c.nr, c.ip, true, wall, mono);
            out.append(syscallName(c.nr)).append('(').append(c.out);
        } else {
            if (openLines.get(out) != c) {
                leader(out, c.pid, c.nr, c.ip, true, wall, mono);
                out.append("<... ").append(syscallName(c.nr)).append(" resumed>");
            }
            out.append(c.out, c.entryLength, c.out.length());
        }
        openLines.remove(out);
        return out;
    }

    @Override
    public void syscallExited(Call c) {
        remember(c);
        TraceOutput out = resume(c, exitWall(c), c.exitMonoNanos);
        out.append(") ").padTo(fmt.retColumn).append("= ");
        scratch.setLength(0);
        Results.format(scratch, c);
        out.append(scratch);
        if (fmt.syscallTimes) {
            scratch.setLength(0);
            TimeFormat.duration(scratch, c.durationNanos(), fmt.syscallTimesDigits);
            out.append(" <").append(scratch).append('>');
        }
        out.newline();
        if (fmt.dump != null) fmt.dump.dump(out, c);
    }

    /** A tracee vanished inside a call (exit_group, killed): its line ends with "= ?". */
    @Override
    public void syscallUnfinished(Call c) {
        TraceOutput out = resume(c, exitWall(c), c.exitMonoNanos);
        out.append(") ").padTo(fmt.retColumn).append("= ?");
        out.newline();
    }

    /** Starts a line: ends another open line first, then pid prefix, timestamps, -n, -i. */
    private void leader(TraceOutput out, int pid, int nr, long ip, boolean haveIp, long wall, long mono) {
        Call open = openLines.remove(out);
        if (open != null) {
            out.append(" <unfinished ...>");
            out.newline();
        }
        String comm = fmt.decodePids ? comms.getOrDefault(pid, "") : "";
        if (fmt.plainPidPrefix) {
            String p = Integer.toString(pid);
            out.append(p);
            // "%-5u", or with -Y "%u<comm>"
            if (comm.isEmpty()) for (int i = p.length(); i < 5; i++) out.append(' ');
            else out.append('<').append(comm).append('>');
            out.append(' ');
        } else if (fmt.bracketPidPrefix && (fmt.alwaysShowPid || liveTracees.getAsInt() > 1)) {
            out.append("[pid ");
            String p = Integer.toString(pid);
            for (int i = p.length(); i < 5; i++) out.append(' ');
            out.append(p);
            if (!comm.isEmpty()) out.append('<').append(comm).append('>');
            out.append("] ");
        }
        if (fmt.absoluteFormat != TimeFormat.NONE) {
            scratch.setLength(0);
            if (zone == null) zone = ZoneId.systemDefault();
            TimeFormat.absolute(scratch, Math.floorDiv(wall, 1_000_000_000L), Math.floorMod(wall, 1_000_000_000L),
                    fmt.absoluteFormat, fmt.absoluteDigits, zone);
            out.append(scratch).append(' ');
        }
        if (fmt.relativeTimestamps) {
            if (lastRelative == Long.MIN_VALUE) lastRelative = mono;
            long d = mono - lastRelative;
            lastRelative = mono;
            scratch.setLength(0);
            TimeFormat.relative(scratch, d, fmt.relativeDigits);
            // beside an absolute time stamp strace prints the difference as "(+     0.000123)"
            if (fmt.absoluteFormat != TimeFormat.NONE) out.append("(+").append(scratch).append(") ");
            else out.append(scratch).append(' ');
        }
        if (fmt.syscallNumbers) {
            String s = Integer.toString(nr);
            out.append('[');
            for (int i = s.length(); i < 4; i++) out.append(' ');
            out.append(s).append("] ");
        }
        if (fmt.instructionPointer) {
            out.append('[');
            if (haveIp) {
                String h = Long.toHexString(ip);
                for (int i = h.length(); i < 16; i++) out.append('0');
                out.append(h);
            } else {
                out.append("????????????????");
            }
            out.append("] ");
        }
    }

    /** The line of an event that is not a call (signals, exits): -n and -i show as for the tracee's last call. */
    private TraceOutput eventLine(TraceEvent e) {
        TraceOutput out = output(e.pid());
        leader(out, e.pid(), lastNr(e.pid()), 0, false, e.wallNanos(), e.monoNanos());
        return out;
    }

    /** -n of a line that is not a call: strace prints the number of the tracee's current or last call. */
    private final Map<Integer, Integer> lastNrs = new HashMap<>();

    private int lastNr(int pid) {
        return fmt.syscallNumbers ? lastNrs.getOrDefault(pid, -1) : -1;
    }

    @Override
    public void signalDelivered(TraceEvent.SignalDelivered e) {
        TraceOutput out = eventLine(e);
        out.append("--- ").append(Signals.name(e.signal())).append(' ')
                .append(SigInfo.format(e.siginfo(), fmt.xlatStyle, fmt.decodePids)).append(" ---");
        out.newline();
    }

    @Override
    public void groupStopped(TraceEvent.GroupStop e) {
        TraceOutput out = eventLine(e);
        out.append("--- stopped by ").append(Signals.name(e.signal())).append(" ---");
        out.newline();
    }

    @Override
    public void taskCreated(TraceEvent.TaskCreated e) {
        if (fmt.decodePids) {
            // fork copies the command name; a process that exits at once may never be read
            String parent = comms.get(e.pid());
            if (parent != null) comms.putIfAbsent(e.child(), parent);
        }
    }

    @Override
    public void exited(TraceEvent.Exited e) {
        if (!fmt.quiet.contains(Qualifiers.QUIET_EXIT)) {
            TraceOutput out = eventLine(e);
            out.append("+++ exited with ").append(e.code()).append(" +++");
            out.newline();
        }
        forget(e.pid());
    }

    @Override
    public void killed(TraceEvent.Killed e) {
        if (!fmt.quiet.contains(Qualifiers.QUIET_EXIT) && EventFilter.signalShown(fmt.signals, e.signal())) {
            TraceOutput out = eventLine(e);
            out.append("+++ killed by ").append(Signals.name(e.signal())).append(e.coreDumped() ? " (core dumped)" : "").append(" +++");
            out.newline();
        }
        forget(e.pid());
    }

    private void forget(int pid) {
        comms.remove(pid);
        lastNrs.remove(pid);
    }

    @Override
    public void execed(TraceEvent.Exec e) {
        if (fmt.decodePids) comms.put(e.pid(), e.command());
        if (e.formerTid() == e.pid()) return;
        TraceOutput out = output(e.pid());
        Call open = openLines.get(out);
        if (open != null && open.pid == e.formerTid()) {
            // the exec'ing thread's own execve line is still open: strace ends it so
            openLines.remove(out);
            out.append(" <pid changed to ").append(e.pid()).append(" ...>");
            out.newline();
        }
        if (fmt.quiet.contains(Qualifiers.QUIET_THREAD_EXECVE)) return;
        out = eventLine(e);
        out.append("+++ superseded by execve in pid ").append(e.formerTid()).append(" +++");
        out.newline();
    }

    @Override
    public void attached(TraceEvent.Attached e) {
        if (fmt.decodePids) {
            String name = Print.commName(e.pid());
            if (name != null) comms.put(e.pid(), name);
        }
        if (fmt.quiet.contains(Qualifiers.QUIET_ATTACH)) return;
        flushOpenLines(); // on stderr, the notice goes after an unfinished line, as strace's does
        messages.accept("Process " + e.pid() + " attached");
    }

    @Override
    public void notice(String message) {
        flushOpenLines();
        messages.accept(message);
    }

    @Override
    public void attachNotice(String message) {
        if (fmt.quiet.contains(Qualifiers.QUIET_ATTACH)) return;
        flushOpenLines();
        messages.accept(message);
    }

    private void flushOpenLines() {
        for (TraceOutput o : openLines.keySet()) o.flush();
    }

    @Override
    public void detached(TraceEvent.Detached e) {
        TraceOutput out = output(e.pid());
        Call line = openLines.get(out);
        boolean open = line != null && line.pid == e.pid();
        // as strace: the notice first (on stderr it lands after the unfinished line), then the line's end
        if (open) out.flush();
        if (!fmt.quiet.contains(Qualifiers.QUIET_ATTACH)) messages.accept("Process " + e.pid() + " detached");
        if (open) {
            openLines.remove(out);
            out.append(" <detached ...>");
            out.newline();
        }
        forget(e.pid());
    }

    @Override
    public void beforeWait() {
        for (int i = 0; i < dirty.size(); i++) {
            TraceOutput o = dirty.get(i);
            o.dirty = false;
            o.flush();
        }
        dirty.clear();
    }

    @Override
    public void finish() {
        beforeWait();
    }
}
