package jstrace;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.IntSupplier;
import jstrace.cli.Options;
import jstrace.decode.Decoding;
import jstrace.decode.Errno;
import jstrace.event.Listeners;
import jstrace.event.TraceEvent;
import jstrace.event.TraceListener;
import jstrace.filter.EventFilter;
import jstrace.filter.Qualifiers;
import jstrace.filter.SeccompFilter;
import jstrace.nativ.OutputCommand;
import jstrace.nativ.Spawner;
import jstrace.nativ.Users;
import jstrace.output.TextPrinter;
import jstrace.output.TraceOutput;
import jstrace.stats.Summary;
import jstrace.stats.SummaryTable;
import jstrace.tracer.Tracer;

/**
 * One trace, built from the command line: the tracer, the filter stage, the sinks (strace's text,
 * -c's table, and any given by the caller) and the outputs they write to. It owns its native memory
 * and files ({@link #close}); it installs no signal handler and never exits the JVM, so several can
 * run in one JVM, each on its own thread.
 */
public final class Session implements AutoCloseable {
    final Options opts;
    final Tracer tracer;
    private final TraceOutput output;
    private final Map<Integer, TraceOutput> perProcess;
    /** The outputs of the extra writers (--json=FILE, --timeline=FILE). */
    private final List<TraceOutput> extraOutputs;
    /** --budget's limits, or null. */
    private final jstrace.stats.Budget budget;
    /** -o '|command': the command reading {@link #output}, or null. */
    private final OutputCommand outputCommand;
    /** The command to start, or null with -p or as -D's tracer. */
    private Spawner.Request request;

    private Session(Options opts, Tracer tracer, TraceOutput output, OutputCommand outputCommand,
            Map<Integer, TraceOutput> perProcess, List<TraceOutput> extraOutputs, jstrace.stats.Budget budget,
            Spawner.Request request) {
        this.opts = opts;
        this.tracer = tracer;
        this.output = output;
        this.outputCommand = outputCommand;
        this.perProcess = perProcess;
        this.extraOutputs = extraOutputs;
        this.budget = budget;
        this.request = request;
    }

    /**
     * Builds the session. {@code path} is the resolved command (null for -p and -D's tracer), {@code
     * extraSinks} get the same filtered events as the text printer.
     */
    public static Session open(Options opts, Qualifiers q, List<byte[]> env, String path, Users.User user,
            List<TraceListener> extraSinks, java.util.function.Consumer<String> messages) {
        boolean daemon = opts.daemonAttach != null;
        jstrace.filter.NumberSet quiet = q.quiet != null ? q.quiet
                : opts.quiet > 0 ? Qualifiers.quietLevel(opts.quiet)
                // strace's default for -o FILE PROG: no attach/personality messages
                : opts.outputFile != null && !opts.command.isEmpty() ? Qualifiers.quietLevel(1)
                : jstrace.filter.NumberSet.none();
        jstrace.filter.PathFilter pathFilter = jstrace.filter.PathFilter.of(opts.tracePaths, q.traceFds,
                quiet.contains(Qualifiers.QUIET_PATH_RESOLUTION), messages);
        boolean separate = (opts.follow >= 2 || opts.outputSeparately) && opts.outputFile != null;
        // -ff writes FILE.PID files only: FILE itself is not created (as in strace); the parser refuses -ff with -o '|command'
        OutputCommand outputCommand = separate || opts.outputCommand() == null ? null
                : startOutputCommand(opts.outputCommand(), env);
        TraceOutput output = separate ? TraceOutput.stderr()
                : outputCommand != null ? reportingWriteErrors(TraceOutput.pipe(outputCommand.fd), opts.outputFile, messages)
                : openOutput(opts.outputFile, opts.appendOutput, messages);
        Decoding decoding = new Decoding();
        decoding.maxStrlen = opts.maxStrlen;
        decoding.hexStrings = opts.hexStrings;
        decoding.decodeFds = q.decodeFds >= 0 ? q.decodeFds
                : opts.decodeFds == 0 ? 0 : opts.decodeFds == 1 ? Decoding.FD_PATH : Decoding.FD_ALL;
        decoding.decodePids = opts.decodePids || q.decodePids;
        decoding.pidnsTranslation = opts.pidnsTranslation || q.pidnsTranslation;
        decoding.newNamespaces = q.newNamespaces;
        // the CLI's -v is abbrev=none in q (a later -e abbrev= overrides it, as in strace)
        decoding.verbose = opts.verbose && q.abbrev == null;
        decoding.xlatStyle = opts.xlatStyle;
        decoding.abbrevSet = q.abbrev;
        decoding.verboseSet = q.verbose;
        decoding.rawSet = q.raw;

        Tracer.Config config = new Tracer.Config();
        config.follow = opts.follow > 0;
        config.syscallLimit = opts.syscallLimit;
        config.decode = !opts.summaryOnly;
        config.countedStatus = q.status & (Qualifiers.SUCCESSFUL | Qualifiers.FAILED);
        config.detachOnExecve = opts.detachOnExecve;
        config.killOnExit = opts.killOnExit;
        if (opts.debug) config.debug = line -> messages.accept("debug: " + line);
        // injection applies to traced calls only (as in strace 6.1), so the seccomp filter of the
        // traced set already stops the tracee at every call that may be tampered with
        config.inject = q.inject;
        // -D: no spawn stub to install a filter in (the command's process is seized, not started)
        config.seccomp = !daemon && seccompAllowed(opts, q, messages);
        boolean prefilter = !config.seccomp && !daemon && !opts.detachOnExecve && defaultPrefilter(opts, q);
        config.seccomp |= prefilter;
        if (opts.stackTraces > 0) {
            // loaded only for -k (and checked even where -c makes it useless, as strace refuses -k it cannot do)
            config.unwinder = jstrace.stack.Unwinder.open(opts.stackTraces > 1, opts.stackTraceFrameLimit > 0
                    ? opts.stackTraceFrameLimit : jstrace.stack.Unwinder.DEFAULT_FRAME_LIMIT, messages, Main.Fatal::new);
            if (opts.summaryOnly) {
                config.unwinder.close();
                config.unwinder = null;
            }
        }
        // with -k the seccomp filter also stops the calls that change mappings (the maps cache must know)
        boolean[] filtered = q.trace;
        if (config.unwinder != null && filtered != null) {
            filtered = filtered.clone();
            for (int nr : Tracer.MAPPING_CHANGES) if (nr < filtered.length) filtered[nr] = true;
        }
        Map<Integer, TraceOutput> perProcess = new HashMap<>();
        IntFunction<TraceOutput> outputs = separate ? new Outputs(null, perProcess, opts.outputFile, opts.appendOutput, messages)
                : Outputs.only(output);

        TextPrinter.Format fmt = new TextPrinter.Format();
        fmt.retColumn = opts.retColumn;
        fmt.absoluteFormat = opts.absoluteFormat;
        fmt.absoluteDigits = opts.absoluteDigits;
        fmt.relativeTimestamps = opts.relativeTimestamps;
        fmt.relativeDigits = opts.relativeDigits;
        fmt.syscallTimes = opts.syscallTimes;
        fmt.syscallTimesDigits = opts.syscallTimesDigits;
        if (q.readFds != null || q.writeFds != null) fmt.dump = new jstrace.output.DataDump(q.readFds, q.writeFds);
        fmt.syscallNumbers = opts.syscallNumbers;
        fmt.argNames = opts.argNames;
        fmt.instructionPointer = opts.instructionPointer;
        // as strace: with -f, or when there are several tracees from the start (-p's and the command)
        fmt.plainPidPrefix = opts.outputFile != null && !separate
                && (opts.follow > 0 || opts.attach.size() + (opts.command.isEmpty() ? 0 : 1) > 1);
        fmt.bracketPidPrefix = opts.outputFile == null;
        fmt.alwaysShowPid = opts.alwaysShowPid;
        fmt.status = q.status;
        fmt.quiet = quiet;
        fmt.signals = q.signals;
        fmt.xlatStyle = decoding.xlatStyle;
        fmt.decodePids = decoding.decodePids;
        fmt.pidnsTranslation = decoding.pidnsTranslation;
        // strace 7.x decides once, by the shared output (stderr with -ff's files) and -ff
        if (!opts.json && !opts.normalize && (opts.color == jstrace.output.Colors.ALWAYS
                || opts.color == jstrace.output.Colors.AUTO && !separate && TraceOutput.isTerminal(output.fd))) {
            fmt.colors = jstrace.output.Colors.forOutput(opts.color, output.fd, separate);
        }

        // the call writer, to the session's outputs (or, for the JIT warm-up, to none: see Warmup)
        Writers writer = new Writers(opts.json, decoding);
        TraceListener printer = opts.normalize ? new jstrace.output.NormalizedWriter(output, messages)
                : writer.make(fmt, outputs, messages);
        List<TraceListener> printed = new ArrayList<>();
        if (opts.printText) printed.add(opts.summaryOnly ? new QuietNotices(printer) : printer);
        printed.addAll(extraSinks);
        List<TraceOutput> extraOutputs = new ArrayList<>();
        if (opts.jsonFile != null && !opts.summaryOnly) {
            TraceOutput o = openOutput(opts.jsonFile, opts.appendOutput, messages);
            extraOutputs.add(o);
            printed.add(new jstrace.output.JsonWriter(Outputs.only(o), decoding.xlatStyle, decoding.decodePids, NO_MESSAGES));
        }
        jstrace.stats.Budget budget = opts.budgets.isEmpty() ? null : new jstrace.stats.Budget(opts.budgets);
        if (budget != null) printed.add(budget);
        if (opts.timelineFile != null) {
            TraceOutput o = openOutput(opts.timelineFile, false, messages);
            extraOutputs.add(o);
            printed.add(new jstrace.output.TimelineWriter(o));
        }
        Summary summary = null;
        if (opts.summaryOnly || opts.summary) {
            Summary.Config sc = new Summary.Config();
            sc.wallClock = opts.summaryWallClock;
            sc.overheadNs = opts.overheadNs;
            if (opts.summaryColumns != null) sc.columns = SummaryTable.parseColumns(opts.summaryColumns);
            sc.sortBy = SummaryTable.sortColumn(opts.summarySortBy);
            sc.by = opts.summaryBy == null ? Summary.By.NONE : opts.summaryBy.equals("thread") ? Summary.By.THREAD : Summary.By.PROCESS;
            sc.errnos = opts.errnoSummary;
            sc.format = opts.summaryFormat == null || opts.summaryFormat.equals("text") ? Summary.Format.TEXT
                    : opts.summaryFormat.equals("json") ? Summary.Format.JSON : Summary.Format.CSV;
            summary = new Summary(output, sc);
        }
        EventFilter filter = new EventFilter(q.trace, q.trace32, pathFilter == null ? null : pathFilter::matches, q.status, q.signals,
                Listeners.of(printed), summary);
        config.filter = filter;
        Tracer tracer = new Tracer(filter, decoding, config);
        writer.tracer = tracer;
        Spawner.Request request = null;
        if (path != null) {
            request = new Spawner.Request(path.getBytes(StandardCharsets.UTF_8), Main.commandArgv(opts),
                    Spawner.withChanges(env, opts.envChanges),
                    Spawner.maskProperty("jstrace.sigblk"), Spawner.maskProperty("jstrace.sigign"),
                    Spawner.inheritedFds(output.fd > 2 ? output.fd : -1), config.seccomp ? SeccompFilter.install(filtered) : 0, !prefilter, false,
                    user == null ? null : Users.runAs(user, path));
        }
        Session session = new Session(opts, tracer, output, outputCommand, perProcess, extraOutputs, budget, request);
        if (opts.printText && config.decode && !opts.normalize) {
            TraceOutput none = TraceOutput.discard();
            // a format of its own: the warm-up writes on another thread
            TraceListener warmWriter = writer.make(fmt.copy(), Outputs.only(none), NO_MESSAGES);
            Tracer.Config warm = new Tracer.Config();
            warm.follow = config.follow;
            warm.filter = new EventFilter(q.trace, q.trace32, null, q.status, q.signals, Listeners.of(List.of(warmWriter)), null);
            config.warmup = new jstrace.tracer.Warmup(new Tracer(warm.filter, decoding, warm));
        }
        return session;
    }

    /*
     * Named and anonymous classes below, not lambdas: they are on the start-up path (see Main.MESSAGES).
     */

    /** Makes the session's kind of call writer (text or JSON), for the session and for the warm-up. */
    private static final class Writers implements IntSupplier {
        private final boolean json;
        private final Decoding decoding;
        /** The session's tracer, once made: its live tracees are the text printer's {@link IntSupplier}. */
        Tracer tracer;

        Writers(boolean json, Decoding decoding) {
            this.json = json;
            this.decoding = decoding;
        }

        TraceListener make(TextPrinter.Format format, IntFunction<TraceOutput> outputs, java.util.function.Consumer<String> notes) {
            return json ? new jstrace.output.JsonWriter(outputs, decoding.xlatStyle, decoding.decodePids, notes)
                    : new TextPrinter(format, outputs, this, notes);
        }

        @Override
        public int getAsInt() {
            return tracer.liveCount();
        }
    }

    /** Where a process's lines go: one output for all, or (-ff) FILE.PID, opened at the process's first line. */
    private static final class Outputs implements IntFunction<TraceOutput> {
        private final TraceOutput shared;
        private final Map<Integer, TraceOutput> perProcess;
        private final String prefix;
        private final boolean append;
        private final java.util.function.Consumer<String> messages;

        Outputs(TraceOutput shared, Map<Integer, TraceOutput> perProcess, String prefix, boolean append,
                java.util.function.Consumer<String> messages) {
            this.shared = shared;
            this.perProcess = perProcess;
            this.prefix = prefix;
            this.append = append;
            this.messages = messages;
        }

        static Outputs only(TraceOutput output) {
            return new Outputs(output, null, null, false, null);
        }

        @Override
        public TraceOutput apply(int pid) {
            if (shared != null) return shared;
            TraceOutput o = perProcess.get(pid);
            if (o == null) {
                o = openOutput(prefix + "." + pid, append, messages);
                perProcess.put(pid, o);
            }
            return o;
        }
    }

    private static final java.util.function.Consumer<String> NO_MESSAGES = new java.util.function.Consumer<>() {
        @Override
        public void accept(String message) {
        }
    };

    /**
     * Traces to the end on the calling thread, which becomes the tracer thread: starts the command
     * (or seizes -D's command) and attaches to -p's processes. {@code onTracerThread} runs on it once the
     * command exists; {@code interruptRequest} is polled between stops (see Tracer.Config).
     * Returns false when -p could attach to nothing.
     */
    public boolean run(Runnable onTracerThread, IntSupplier interruptRequest) {
        tracer.setInterruptRequest(interruptRequest);
        try {
            if (opts.daemonAttach != null) {
                onTracerThread.run();
                tracer.attachLaunched(opts.daemonAttach[0], opts.daemonAttach[1], opts.attach);
            } else if (request == null) {
                onTracerThread.run();
                return tracer.attach(opts.attach);
            } else {
                tracer.run(request, onTracerThread, opts.attach);
            }
            return true;
        } catch (Tracer.PtraceRefused e) {
            throw new Main.Fatal(Main.ptraceAdvice(e.errno));
        }
    }

    /** The --budget limits exceeded, as messages (empty without --budget or when all held). */
    public List<String> budgetViolations() {
        return budget == null ? List.of() : budget.violations();
    }

    /** The tracer (the command's status once the trace has run). */
    public Tracer tracer() {
        return tracer;
    }

    /**
     * Starts the command with fds moved into place ({from, to} pairs, dup2'ed in the child before the
     * other fds are closed) and in directory {@code cwd} (null: this process's).
     */
    public void redirect(int[] dups, byte[] cwd) {
        if (request == null) throw new IllegalStateException("no command to start");
        request = request.redirected(dups, cwd);
    }

    @Override
    public void close() {
        tracer.close();
        output.close();
        for (TraceOutput o : perProcess.values()) o.close();
        for (TraceOutput o : extraOutputs) o.close();
        // as strace, which exits once its -o command has read the end of the trace
        if (outputCommand != null) outputCommand.awaitExit();
    }

    /** strace's conditions for --seccomp-bpf, with its messages when it is turned off. */
    private static boolean seccompAllowed(Options opts, Qualifiers q, java.util.function.Consumer<String> messages) {
        if (!opts.seccompBpf) return false;
        if (opts.syscallLimit > 0) {
            messages.accept("--seccomp-bpf is not enabled because it is not compatible with --syscall-limit");
            return false;
        }
        if (opts.detachOnExecve) {
            messages.accept("--seccomp-bpf is not enabled because it is not compatible with -b");
            return false;
        }
        boolean attach = !opts.attach.isEmpty();
        if (attach && (opts.command.isEmpty() || opts.debug)) {
            messages.accept("--seccomp-bpf is not enabled for processes attached with -p");
        }
        if (opts.follow == 0) {
            messages.accept("--seccomp-bpf cannot be used without -f/--follow-forks, disabling");
            return false;
        }
        boolean any = false;
        if (q.trace != null) {
            for (boolean b : q.trace) any |= !b;
        }
        if (!any) {
            messages.accept("Seccomp filter is requested but there are no syscalls to filter.  See -e trace to filter syscalls.");
            return false;
        }
        // strace filters a command traced with -p's processes (only it); jstrace resumes every tracee
        // the same way, so it filters none: the trace is the same, only slower
        return !attach;
    }

    /**
     * The in-kernel prefilter jstrace adds by default (strace does not): with -f and a partial -e trace
     * set, a launched command gets the --seccomp-bpf filter when jstrace may install it without
     * no_new_privs (CAP_SYS_ADMIN), which is when it cannot change what the command does (setuid
     * programs keep working). The output is the same; untraced calls no longer stop the command.
     */
    private static boolean defaultPrefilter(Options opts, Qualifiers q) {
        // --syscall-limit detaches mid-run: a filter left behind would fail the traced calls with ENOSYS
        if (opts.noSeccompBpf || opts.follow == 0 || !opts.attach.isEmpty() || q.trace == null || opts.syscallLimit > 0) {
            return false;
        }
        boolean partial = false;
        for (boolean b : q.trace) partial |= !b;
        return partial && Spawner.mayFilterWithoutNoNewPrivs();
    }

    /** -c alone: the trace lines are not printed, but attach/detach notices and messages still are. */
    private record QuietNotices(TraceListener inner) implements TraceListener {
        public void syscallEntered(jstrace.decode.Call c) {}
        public void syscallExited(jstrace.decode.Call c) {}
        public void attached(TraceEvent.Attached e) { inner.attached(e); }
        public void detached(TraceEvent.Detached e) { inner.detached(e); }
        public void personalityChanged(TraceEvent.Personality e) { inner.personalityChanged(e); }
        public void notice(String message) { inner.notice(message); }
        public void quietableNotice(int quietClass, String message) { inner.quietableNotice(quietClass, message); }
    }

    private static TraceOutput openOutput(String file, boolean append, java.util.function.Consumer<String> messages) {
        if (file == null) return TraceOutput.stderr();
        try {
            return reportingWriteErrors(TraceOutput.open(file, append), file, messages);
        } catch (TraceOutput.OpenFailed e) {
            throw new Main.Fatal("Can't fopen '" + file + "': " + Errno.message(e.errno));
        }
    }

    /**
     * strace's message for each line it could not write ("|command: Broken pipe" once a -o command has
     * gone); tracing goes on, the status is unchanged.
     */
    private static TraceOutput reportingWriteErrors(TraceOutput output, String name, java.util.function.Consumer<String> messages) {
        return output.onWriteError(new TraceOutput.WriteErrors() {
            @Override
            public void failed(int errno, int lines) {
                for (int i = 0; i < lines; i++) messages.accept(name + ": " + Errno.message(errno));
            }
        });
    }

    /** -o '|command' with the environment, signal mask and ignored signals jstrace was given (not -E's). */
    private static OutputCommand startOutputCommand(String command, List<byte[]> env) {
        try {
            return OutputCommand.start(command, env, Spawner.maskProperty("jstrace.sigblk"), Spawner.maskProperty("jstrace.sigign"));
        } catch (IllegalStateException e) {
            throw new Main.Fatal(e.getMessage());
        }
    }
}
