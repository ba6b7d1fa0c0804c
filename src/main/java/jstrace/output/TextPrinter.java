package jstrace.output;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.IntSupplier;
import jstrace.decode.Call;
import jstrace.decode.Errno;
import jstrace.decode.Print;
import jstrace.decode.Signals;
import jstrace.event.TraceListener;
import jstrace.filter.Qualifiers;
import jstrace.nativ.Kernel;
import jstrace.nativ.NativeBuffer;
import jstrace.nativ.Sys;
import jstrace.tracer.Tracee;

/** Prints events as strace's text lines. */
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
        /** -e status= bits (Qualifiers.STATUS_*). */
        public int status = Qualifiers.STATUS_ALL;
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
    private final Map<TraceOutput, Tracee> openLines = new HashMap<>();
    private final StringBuilder scratch = new StringBuilder(64);
    private long lastRelative;
    /** The local time zone, read only for -t/-tt (loading the zone rules costs start-up time). */
    private ZoneId zone;
    private final NativeBuffer clock = new NativeBuffer(16);
    private static final int CLOCK_REALTIME = 0;

    public TextPrinter(Format fmt, IntFunction<TraceOutput> outputs, IntSupplier liveTracees) {
        this.fmt = fmt;
        this.outputs = outputs;
        this.liveTracees = liveTracees;
    }

    public static String syscallName(int nr) {
        return Print.syscallName(nr);
    }

    private boolean filteringStatus() {
        return fmt.status != Qualifiers.STATUS_ALL;
    }

    @Override
    public void syscallEntered(Tracee t, Call c) {
        if (filteringStatus()) return; // the whole line is printed at exit, if its status is wanted
        TraceOutput out = output(t.pid);
        leader(out, t, c.nr, true);
        out.append(syscallName(c.nr)).append('(').append(c.out, 0, t.entryLength);
        openLines.put(out, t);
    }

    @Override
    public void syscallExited(Tracee t, Call c) {
        TraceOutput out = output(t.pid);
        if (filteringStatus()) {
            int st = c.failed ? Qualifiers.FAILED : Qualifiers.SUCCESSFUL;
            if ((fmt.status & st) == 0) return;
            leader(out, t, c.nr, true);
            out.append(syscallName(c.nr)).append('(').append(c.out);
        } else {
            if (openLines.get(out) != t) {
                leader(out, t, c.nr, true);
                out.append("<... ").append(syscallName(c.nr)).append(" resumed>");
            }
            out.append(c.out, t.entryLength, c.out.length());
        }
        out.append(") ").padTo(fmt.retColumn);
        result(out, c);
        if (fmt.syscallTimes) {
            scratch.setLength(0);
            TimeFormat.duration(scratch, t.exitNanos - t.entryNanos, fmt.syscallTimesDigits);
            out.append(" <").append(scratch).append('>');
        }
        out.newline();
        openLines.remove(out);
        if (fmt.dump != null) fmt.dump.dump(out, c);
    }

    private void result(TraceOutput out, Call c) {
        int flags = c.decoded;
        if (c.failed) {
            int errno = (int) -c.rval;
            String name = Errno.name(errno);
            if (Errno.isRestart(errno)) out.append("= ? ");
            else out.append("= -1 ");
            if (name != null) out.append(name).append(" (").append(Errno.message(errno)).append(')');
            else out.append("(errno ").append(errno).append(')');
            // strace: after an error the notes come before the decoder's text, after a value behind it
            injectedNote(out, c);
            if ((flags & Call.RET_STR) != 0 && c.retText != null) out.append(" (").append(c.retText).append(')');
            return;
        } else if ((flags & Call.RET_NONE) != 0) {
            out.append("= ?");
        } else {
            scratch.setLength(0);
            if ((flags & Call.RET_HEX) != 0) Print.hex(scratch, c.rval);
            else if ((flags & Call.RET_OCT) != 0) Print.mode(scratch, c.rval);
            else if ((flags & Call.RET_UDEC) != 0) scratch.append(Long.toUnsignedString(c.rval));
            else scratch.append(c.rval);
            if ((flags & Call.RET_PID) != 0 && c.opts().decodePids) Print.comm(scratch, (int) c.rval);
            out.append("= ").append(scratch);
            if ((flags & Call.RET_FD) != 0 && c.opts().decodeFds > 0) {
                scratch.setLength(0);
                jstrace.decode.FdDetails.append(scratch, c.tracee, (int) c.rval, c.opts().decodeFds, c.opts().hexStrings);
                out.append(scratch);
            }
        }
        if ((flags & Call.RET_STR) != 0 && c.retText != null) out.append(" (").append(c.retText).append(')');
        injectedNote(out, c);
    }

    /** -e inject=: " (INJECTED)" for a tampered result, " (DELAYED)" for a held tracee. */
    private static void injectedNote(TraceOutput out, Call c) {
        if (c.injected) out.append(" (INJECTED)");
        if (c.delayed) out.append(" (DELAYED)");
    }

    /** Starts a line: ends another open line first, then pid prefix, timestamps, -n, -i. */
    private void leader(TraceOutput out, Tracee t, int nr, boolean haveIp) {
        Tracee open = openLines.remove(out);
        if (open != null) {
            out.append(" <unfinished ...>");
            out.newline();
        }
        String comm = t.decoding.decodePids ? t.comm() : "";
        if (fmt.plainPidPrefix) {
            String p = Integer.toString(t.pid);
            out.append(p);
            // "%-5u", or with -Y "%u<comm>"
            if (comm.isEmpty()) for (int i = p.length(); i < 5; i++) out.append(' ');
            else out.append('<').append(comm).append('>');
            out.append(' ');
        } else if (fmt.bracketPidPrefix && (fmt.alwaysShowPid || liveTracees.getAsInt() > 1)) {
            out.append("[pid ");
            String p = Integer.toString(t.pid);
            for (int i = p.length(); i < 5; i++) out.append(' ');
            out.append(p);
            if (!comm.isEmpty()) out.append('<').append(comm).append('>');
            out.append("] ");
        }
        if (fmt.absoluteFormat != TimeFormat.NONE) {
            scratch.setLength(0);
            long sec, nanos;
            if (fmt.absoluteDigits == 9) {
                Kernel.syscall(Sys.CLOCK_GETTIME, CLOCK_REALTIME, clock.address);
                sec = clock.getLong(0);
                nanos = clock.getLong(8);
            } else {
                java.time.Instant now = java.time.Instant.now();
                sec = now.getEpochSecond();
                nanos = now.getNano();
            }
            if (zone == null) zone = ZoneId.systemDefault();
            TimeFormat.absolute(scratch, sec, nanos, fmt.absoluteFormat, fmt.absoluteDigits, zone);
            out.append(scratch).append(' ');
        }
        if (fmt.relativeTimestamps) {
            long now = System.nanoTime();
            if (lastRelative == 0) lastRelative = now;
            long d = now - lastRelative;
            lastRelative = now;
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
                String h = Long.toHexString(t.call.ip);
                for (int i = h.length(); i < 16; i++) out.append('0');
                out.append(h);
            } else {
                out.append("????????????????");
            }
            out.append("] ");
        }
    }

    /** A tracee that vanished inside a call (exit_group, killed): its line ends with "= ?". */
    private void endOpenCall(Tracee t) {
        if (!t.inSyscall || !t.traced) return;
        t.inSyscall = false;
        if (filteringStatus() && (fmt.status & Qualifiers.UNFINISHED) == 0) return;
        TraceOutput out = output(t.pid);
        if (filteringStatus()) {
            leader(out, t, t.call.nr, true);
            out.append(syscallName(t.call.nr)).append('(').append(t.call.out);
        } else if (openLines.get(out) != t) {
            leader(out, t, t.call.nr, true);
            out.append("<... ").append(syscallName(t.call.nr)).append(" resumed>");
        }
        out.append(") ").padTo(fmt.retColumn).append("= ?");
        out.newline();
        openLines.remove(out);
    }

    @Override
    public void signalDelivered(Tracee t, int sig, String info) {
        TraceOutput out = output(t.pid);
        leader(out, t, t.call.nr, false);
        out.append("--- ").append(Signals.name(sig)).append(' ').append(info).append(" ---");
        out.newline();
    }

    @Override
    public void groupStopped(Tracee t, int sig) {
        TraceOutput out = output(t.pid);
        leader(out, t, t.call.nr, false);
        out.append("--- stopped by ").append(Signals.name(sig)).append(" ---");
        out.newline();
    }

    @Override
    public void exited(Tracee t, int code) {
        endOpenCall(t);
        if (fmt.quiet.contains(Qualifiers.QUIET_EXIT)) return;
        TraceOutput out = output(t.pid);
        leader(out, t, t.call.nr, false);
        out.append("+++ exited with ").append(code).append(" +++");
        out.newline();
    }

    @Override
    public void killed(Tracee t, int sig, boolean coreDumped) {
        endOpenCall(t);
        if (fmt.quiet.contains(Qualifiers.QUIET_EXIT)) return;
        if (fmt.signals != null && (sig >= fmt.signals.length || !fmt.signals[sig])) return;
        TraceOutput out = output(t.pid);
        leader(out, t, t.call.nr, false);
        out.append("+++ killed by ").append(Signals.name(sig)).append(coreDumped ? " (core dumped)" : "").append(" +++");
        out.newline();
    }

    @Override
    public void vanished(Tracee t) {
        endOpenCall(t);
    }

    @Override
    public void superseded(Tracee t, int formerTid) {
        TraceOutput out = output(t.pid);
        if (openLines.get(out) == t) {
            // the exec'ing thread's own execve line is still open: strace ends it so
            openLines.remove(out);
            out.append(" <pid changed to ").append(t.pid).append(" ...>");
            out.newline();
        }
        if (fmt.quiet.contains(Qualifiers.QUIET_THREAD_EXECVE)) return;
        leader(out, t, t.call.nr, false);
        out.append("+++ superseded by execve in pid ").append(formerTid).append(" +++");
        out.newline();
    }

    @Override
    public void attached(Tracee t) {
        if (fmt.quiet.contains(Qualifiers.QUIET_ATTACH)) return;
        flushOpenLines(); // on stderr, the notice goes after an unfinished line, as strace's does
        System.err.println("jstrace: Process " + t.pid + " attached");
    }

    @Override
    public void notice(String message) {
        flushOpenLines();
        System.err.println("jstrace: " + message);
    }

    private void flushOpenLines() {
        for (TraceOutput o : openLines.keySet()) o.flush();
    }

    @Override
    public void detached(Tracee t) {
        TraceOutput out = output(t.pid);
        boolean open = openLines.get(out) == t;
        // as strace: the notice first (on stderr it lands after the unfinished line), then the line's end
        if (open) out.flush();
        if (!fmt.quiet.contains(Qualifiers.QUIET_ATTACH)) System.err.println("jstrace: Process " + t.pid + " detached");
        if (open) {
            openLines.remove(out);
            out.append(" <detached ...>");
            out.newline();
        }
    }

    /** Outputs written to since the last wait (one for a shared output; any of the -ff files). */
    private final java.util.ArrayList<TraceOutput> dirty = new java.util.ArrayList<>();

    private TraceOutput output(int pid) {
        TraceOutput out = outputs.apply(pid);
        if (!out.dirty) {
            out.dirty = true;
            dirty.add(out);
        }
        return out;
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
        for (TraceOutput o : openLines.keySet()) o.flush();
    }
}
