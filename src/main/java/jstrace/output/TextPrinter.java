package jstrace.output;

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
    public static final class Format implements Cloneable {
        /** -a: the column of " = ". */
        public int retColumn = 40;
        /** -t / --absolute-timestamps: TimeFormat.NONE, TIME or UNIX, and the fraction digits. */
        public int absoluteFormat, absoluteDigits;
        /** -r and -T, with their fraction digits. */
        public boolean relativeTimestamps, syscallTimes;
        public int relativeDigits = 6, syscallTimesDigits = 6;
        public boolean syscallNumbers, instructionPointer;
        /** -N: each argument preceded by its name. */
        public boolean argNames;
        /** -o with -f (or several -p): "%-5u " pid prefix on every line. */
        public boolean plainPidPrefix;
        /** Output to stderr: "[pid %5u] " while several tracees are alive (or always with --always-show-pid). */
        public boolean bracketPidPrefix, alwaysShowPid;
        /** -e status= bits (Qualifiers.STATUS_*): with a filter, calls arrive whole at their exit. */
        public int status = Qualifiers.STATUS_ALL;
        /** -X style and -Y, for signal lines (their siginfo is formatted here). */
        public int xlatStyle;
        public boolean decodePids;
        /** --pidns-translation: a signal's si_pid also as jstrace's namespace numbers it. */
        public boolean pidnsTranslation;
        /** Messages not printed (-q, -e quiet=; Qualifiers.QUIET_*). */
        public jstrace.filter.NumberSet quiet = jstrace.filter.NumberSet.none();
        /** -e signal=: "+++ killed by SIG +++" only for these signals, as strace (null: all). */
        public boolean[] signals;
        /** -e read= / -e write= dumps, or null. */
        public DataDump dump;
        /** --color: strace 7.x's colours, or null for none. */
        public Colors colors;

        /** The same format with mutable parts of its own (the dump's buffers), for a writer on another thread. */
        public Format copy() {
            try {
                Format f = (Format) clone();
                if (dump != null) f.dump = dump.copy();
                return f;
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }
    }

    private final Format fmt;
    /** The output of a tracee: one shared, or one per process with -ff. */
    private final IntFunction<TraceOutput> outputs;
    private final IntSupplier liveTracees;
    /** Per output, the call whose entry part ends its last, unfinished line. */
    private final Map<TraceOutput, Call> openLines = new HashMap<>();
    /**
     * Former tid to pid of a thread that exec'd and took over its leader's pid: its execve (a call of the
     * former tid) ends under that pid and in that pid's output, as strace prints it.
     */
    private final Map<Integer, Integer> execedAs = new HashMap<>();
    /** -Y: command names of the tracees, kept from when they could be read (an exited process has none). */
    private final Map<Integer, String> comms = new HashMap<>();
    private final StringBuilder scratch = new StringBuilder(64);
    private long lastRelative = Long.MIN_VALUE;
    /** Outputs written to since the last wait (one for a shared output; any of the -ff files). */
    private final Unflushed dirty = new Unflushed();

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
        attachNotice();
        return dirty.mark(outputs.apply(pid));
    }

    /** What lines that are not calls need of the tracee's calls: -Y's name, -n's number. */
    private void remember(Call c) {
        if (fmt.decodePids) comms.put(c.pid, c.comm());
        if (fmt.syscallNumbers) lastNrs.put(c.pid, c.nr);
    }

    @Override
    public void syscallEntered(Call c) {
        remember(c);
        // a new call under a former tid is a new task's (the tid was reused; that execve was not printed)
        if (!execedAs.isEmpty()) execedAs.remove(c.pid);
        TraceOutput out = output(c.pid);
        leader(out, c.pid, c.nr, c.ip, true, c.entryWallNanos, c.entryMonoNanos);
        callStart(out, c);
        arguments(out, c, 0, c.entryLength, true);
        openLines.put(out, c);
    }

    /** The wall clock time of a call's exit stop (the call carries its entry's clocks). */
    private static long exitWall(Call c) {
        return c.exitMonoNanos + (c.entryWallNanos - c.entryMonoNanos);
    }

    /** Starts the line that ends call {@code c}: its whole text if its entry was not printed, else "<... resumed>" unless its line is still open. */
    private TraceOutput resume(Call c, long wall, long mono) {
        Integer execed = execedAs.isEmpty() ? null : execedAs.remove(c.pid);
        int pid = execed == null ? c.pid : execed;
        TraceOutput out = output(pid);
        if (wholeCalls()) {
            leader(out, pid, c.nr, c.ip, true, wall, mono);
            callStart(out, c);
            arguments(out, c, 0, c.out.length(), true);
        } else {
            if (openLines.get(out) != c) {
                leader(out, pid, c.nr, c.ip, true, wall, mono);
                out.append("<... ").append(c.name()).append(" resumed>");
            }
            arguments(out, c, c.entryLength, c.out.length(), false);
        }
        openLines.remove(out);
        return out;
    }

    @Override
    public void syscallExited(Call c) {
        remember(c);
        TraceOutput out = resume(c, exitWall(c), c.exitMonoNanos);
        Colors k = fmt.colors;
        if (k != null) {
            k.callEnd(out);
            out.append(' ').padTo(fmt.retColumn);
            k.resultStart(out);
            colouredResult(k, out, c);
        } else {
            out.append(") ").padTo(fmt.retColumn).append("= ");
            scratch.setLength(0);
            Results.format(scratch, c);
            out.append(scratch);
        }
        if (fmt.syscallTimes) {
            scratch.setLength(0);
            TimeFormat.duration(scratch, c.durationNanos(), fmt.syscallTimesDigits);
            if (k != null) {
                k.resultPart(out, false);
                k.punct(out, "<");
                out.append(scratch);
                k.punct(out, ">");
            } else {
                out.append(" <").append(scratch).append('>');
            }
        }
        if (k != null) k.color(out, Colors.RESET);
        newline(out);
        if (fmt.dump != null) fmt.dump.dump(out, c);
    }

    /** The call's name and "(". */
    private void callStart(TraceOutput out, Call c) {
        if (fmt.colors != null) fmt.colors.callStart(out, c.name());
        else out.append(c.name()).append('(');
    }

    /** The end of a line: with colours, strace 7.x resets them before the newline. */
    private void newline(TraceOutput out) {
        if (fmt.colors != null) fmt.colors.newline(out);
        else out.newline();
    }

    /** What Results.format writes, part by part in strace 7.x's colours: the value, the error's name and message, notes. */
    private static void colouredResult(Colors k, TraceOutput out, Call c) {
        int flags = c.decoded;
        if (c.failed) {
            int errno = (int) -c.rval;
            String name = jstrace.decode.Errno.name(errno);
            k.resultPart(out, false);
            if ((flags & Call.RET_VALUE_ERROR) != 0) out.append(Long.toUnsignedString(c.rval));
            else out.append(jstrace.decode.Errno.isRestart(errno) ? "?" : "-1");
            k.resultPart(out, true);
            if (name != null) {
                out.append(name);
                k.resultPart(out, true);
                out.append('(').append(jstrace.decode.Errno.message(errno)).append(')');
            } else {
                out.append("(errno ").append(errno).append(')');
            }
            injectedNotes(k, out, c);
            if ((flags & Call.RET_STR) != 0 && c.retText != null) note(k, out, c.retText);
            return;
        }
        k.resultPart(out, false);
        if ((flags & Call.RET_NONE) != 0) {
            out.append('?');
        } else {
            StringBuilder v = new StringBuilder(20);
            if ((flags & Call.RET_HEX) != 0) Print.hex(v, c.rval);
            else if ((flags & Call.RET_OCT) != 0) Print.mode(v, c.rval);
            else if ((flags & Call.RET_UDEC) != 0) v.append(Long.toUnsignedString(c.rval));
            else v.append(c.rval);
            out.append(v);
            k.details(out, c.retDetails);
        }
        if ((flags & Call.RET_STR) != 0 && c.retText != null) note(k, out, c.retText);
        injectedNotes(k, out, c);
    }

    private static void note(Colors k, TraceOutput out, String text) {
        k.resultPart(out, false);
        out.append('(').append(text).append(')');
    }

    private static void injectedNotes(Colors k, TraceOutput out, Call c) {
        String note = c.injectedNote();
        if (note != null) note(k, out, note);
        if (c.delayed) note(k, out, "DELAYED");
    }

    /** The call's argument text [from, to); with -N each argument that starts there preceded by "name=". */
    private void arguments(TraceOutput out, Call c, int from, int to, boolean entry) {
        if (fmt.colors != null) {
            colouredArguments(fmt.colors, out, c, from, to, entry);
            return;
        }
        if (!fmt.argNames) {
            out.append(c.out, from, to);
            return;
        }
        int at = from;
        for (int i = 0, n = c.description.arguments(c.out.length()); i < n; i++) {
            int start = c.description.argumentStart(i);
            if (start < from || start >= to) continue; // printed by the other part of the line
            String name = c.argumentName(i);
            if (name == null) continue;
            out.append(c.out, at, start).append(name).append('=');
            at = start;
        }
        out.append(c.out, at, to);
    }

    /**
     * With colours: strace 7.x resets the colour where the entry's part of the arguments ends (a
     * separator there belongs to the exit's part), and -N's names come in the argument-name colour.
     */
    private void colouredArguments(Colors k, TraceOutput out, Call c, int from, int to, boolean entry) {
        int split = c.entryLength;
        if (entry) {
            int e = Math.min(to, split);
            boolean sep = e == split && split >= 2 && c.out.charAt(split - 2) == ',' && c.out.charAt(split - 1) == ' ';
            colouredRange(k, out, c, 0, sep ? split - 2 : e);
            if (to < split) return;
            k.color(out, Colors.RESET);
            if (sep) k.punct(out, ", ");
            from = split;
        }
        colouredRange(k, out, c, from, to);
    }

    private void colouredRange(Colors k, TraceOutput out, Call c, int from, int to) {
        int at = from;
        boolean element = at == 0 || at >= 2 && c.out.charAt(at - 2) == ',' && c.out.charAt(at - 1) == ' ';
        if (fmt.argNames) {
            for (int i = 0, n = c.description.arguments(c.out.length()); i < n; i++) {
                int start = c.description.argumentStart(i);
                if (start < from || start >= to) continue;
                String name = c.argumentName(i);
                if (name == null) continue;
                k.text(out, c.out, at, start, c.description, element);
                k.argName(out, name);
                at = start;
                element = false;
            }
        }
        k.text(out, c.out, at, to, c.description, element);
    }

    /** A tracee vanished inside a call (exit_group, killed): its line ends with "= ?". */
    @Override
    public void syscallUnfinished(Call c) {
        TraceOutput out = resume(c, exitWall(c), c.exitMonoNanos);
        // as strace: the part a decoder would have printed at exit is missing
        if ((c.decoded & Call.DONE) == 0) out.append(" <unfinished ...>");
        Colors k = fmt.colors;
        if (k != null) {
            k.callEnd(out);
            out.append(' ').padTo(fmt.retColumn);
            k.resultStart(out);
            k.resultPart(out, false);
            out.append('?');
            k.color(out, Colors.RESET);
        } else {
            out.append(") ").padTo(fmt.retColumn).append("= ?");
        }
        newline(out);
    }

    /** Starts a line: ends another open line first, then pid prefix, timestamps, -n, -i. */
    private void leader(TraceOutput out, int pid, int nr, long ip, boolean haveIp, long wall, long mono) {
        Call open = openLines.remove(out);
        if (open != null) {
            out.append(" <unfinished ...>");
            newline(out);
        }
        String comm = fmt.decodePids ? comms.getOrDefault(pid, "") : "";
        Colors k = fmt.colors;
        if (fmt.plainPidPrefix) {
            String p = Integer.toString(pid);
            out.append(p);
            // "%-5u", or with -Y "%u<comm>"
            if (comm.isEmpty()) for (int i = p.length(); i < 5; i++) out.append(' ');
            else if (k != null) k.associated(out, comm, 0, comm.length());
            else out.append('<').append(comm).append('>');
            out.append(' ');
        } else if (fmt.bracketPidPrefix && (fmt.alwaysShowPid || liveTracees.getAsInt() > 1)) {
            if (k != null) k.punct(out, "[");
            else out.append('[');
            out.append("pid ");
            String p = Integer.toString(pid);
            for (int i = p.length(); i < 5; i++) out.append(' ');
            out.append(p);
            if (!comm.isEmpty()) {
                if (k != null) k.associated(out, comm, 0, comm.length());
                else out.append('<').append(comm).append('>');
            }
            if (k != null) k.punct(out, "]");
            else out.append(']');
            out.append(' ');
        }
        if (fmt.absoluteFormat != TimeFormat.NONE) {
            scratch.setLength(0);
            TimeFormat.absolute(scratch, Math.floorDiv(wall, 1_000_000_000L), Math.floorMod(wall, 1_000_000_000L),
                    fmt.absoluteFormat, fmt.absoluteDigits);
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
            if (k != null) k.punct(out, "[");
            else out.append('[');
            for (int i = s.length(); i < 4; i++) out.append(' ');
            out.append(s);
            if (k != null) k.punct(out, "]");
            else out.append(']');
            out.append(' ');
        }
        if (fmt.instructionPointer) {
            if (k != null) k.punct(out, "[");
            else out.append('[');
            if (haveIp) {
                String h = Long.toHexString(ip);
                for (int i = h.length(); i < 16; i++) out.append('0');
                out.append(h);
            } else {
                out.append("????????????????");
            }
            if (k != null) k.punct(out, "]");
            else out.append(']');
            out.append(' ');
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
        out.append("--- ").append(Signals.name(e.signal())).append(' ');
        String info = SigInfo.format(e.siginfo(), fmt.xlatStyle, fmt.decodePids, fmt.pidnsTranslation ? e.pid() : 0);
        if (fmt.colors != null) fmt.colors.text(out, info, 0, info.length(), null, false);
        else out.append(info);
        out.append(" ---");
        newline(out);
    }

    /** -k: one line per frame after the line the stack belongs to. */
    @Override
    public void stackTrace(TraceEvent.StackTrace e) {
        TraceOutput out = output(e.pid());
        Call open = openLines.remove(out);
        if (open != null) {
            out.append(" <unfinished ...>");
            out.newline();
        }
        for (String frame : e.frames()) {
            out.append(frame);
            out.newline();
        }
    }

    @Override
    public void groupStopped(TraceEvent.GroupStop e) {
        TraceOutput out = eventLine(e);
        out.append("--- stopped by ").append(Signals.name(e.signal())).append(" ---");
        newline(out);
    }

    @Override
    public void personalityChanged(TraceEvent.Personality e) {
        if (fmt.quiet.contains(Qualifiers.QUIET_PERSONALITY)) return;
        TraceOutput out = eventLine(e);
        out.append("[ Process PID=").append(e.pid()).append(" runs in ").append(e.bits()).append(" bit mode. ]");
        newline(out);
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
            newline(out);
        }
        forget(e.pid());
    }

    @Override
    public void killed(TraceEvent.Killed e) {
        if (!fmt.quiet.contains(Qualifiers.QUIET_EXIT) && EventFilter.signalShown(fmt.signals, e.signal())) {
            TraceOutput out = eventLine(e);
            out.append("+++ killed by ").append(Signals.name(e.signal())).append(e.coreDumped() ? " (core dumped)" : "").append(" +++");
            newline(out);
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
        execedAs.put(e.formerTid(), e.pid());
        // the thread's own output (with -ff its file, not its leader's; without, the one output)
        TraceOutput out = output(e.formerTid());
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
        newline(out);
    }

    @Override
    public void attached(TraceEvent.Attached e) {
        if (fmt.decodePids) {
            String name = Print.commName(e.pid());
            if (name != null) comms.put(e.pid(), name);
        }
        if (fmt.quiet.contains(Qualifiers.QUIET_ATTACH)) return;
        if (!e.followed() && e.pid() != e.tgid() && e.tgid() == attachingGroup) {
            attachingThreads++; // -f -p: the group's other threads, counted in its leader's notice
            return;
        }
        attachNotice();
        if (!e.followed() && e.pid() == e.tgid()) {
            attachingGroup = e.pid();
            attachingThreads = 1;
            return;
        }
        flushOpenLines(); // on stderr, the notice goes after an unfinished line, as strace's does
        messages.accept("Process " + e.pid() + " attached");
    }

    /** -p's process whose threads are being attached (-1: none), and how many were. */
    private int attachingGroup = -1, attachingThreads;

    /** strace's one notice for a process attached with -p: "Process N attached with M threads" under -f. */
    private void attachNotice() {
        if (attachingGroup < 0) return;
        int pid = attachingGroup;
        attachingGroup = -1;
        flushOpenLines();
        messages.accept("Process " + pid + " attached" + (attachingThreads > 1 ? " with " + attachingThreads + " threads" : ""));
    }

    @Override
    public void notice(String message) {
        attachNotice();
        flushOpenLines();
        messages.accept(message);
    }

    @Override
    public void quietableNotice(int quietClass, String message) {
        if (fmt.quiet.contains(quietClass)) return;
        flushOpenLines();
        messages.accept(message);
    }

    private void flushOpenLines() {
        for (TraceOutput o : openLines.keySet()) o.flush();
    }

    @Override
    public void detached(TraceEvent.Detached e) {
        attachNotice();
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
        attachNotice();
        dirty.flushAll();
    }

    @Override
    public void finish() {
        beforeWait();
    }
}
