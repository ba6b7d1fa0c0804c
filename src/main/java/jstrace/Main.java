package jstrace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jstrace.cli.CommandLineParser;
import jstrace.cli.Options;
import jstrace.cli.UsageError;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;
import jstrace.event.Listeners;
import jstrace.event.TraceListener;
import jstrace.filter.Qualifiers;
import jstrace.filter.SeccompFilter;
import jstrace.stats.Summary;
import jstrace.stats.SummaryTable;
import jstrace.tracer.Tracee;
import jstrace.decode.Decoding;
import jstrace.decode.Errno;
import jstrace.nativ.Kernel;
import jstrace.nativ.SelfSignal;
import jstrace.nativ.Spawner;
import jstrace.nativ.Users;
import jstrace.output.TextPrinter;
import jstrace.output.TraceOutput;
import jstrace.tracer.Tracer;

/** jstrace: strace for Linux x86_64. */
public final class Main {
    private Main() {}

    public static final String VERSION = "0.1.0";

    public static void main(String[] args) {
        int code;
        try {
            code = run(args);
        } catch (UsageError e) {
            System.err.println("jstrace: " + e.getMessage());
            if (e.hint) System.err.println("Try 'jstrace -h' for more information.");
            code = 1;
        } catch (Fatal e) {
            System.err.println("jstrace: " + e.getMessage());
            code = 1;
        }
        System.out.flush();
        System.exit(code);
    }

    static int run(String[] args) {
        // first: the launcher's copy of the environment is a temporary file to consume and delete
        List<byte[]> env = Spawner.originalEnvironment();
        Options opts = CommandLineParser.parse(args);
        if (opts.help) {
            System.out.print(jstrace.cli.Help.text());
            return 0;
        }
        if (opts.version) {
            System.out.println("jstrace -- version " + VERSION);
            return 0;
        }
        if (opts.command.isEmpty() && opts.attach.isEmpty()) throw new UsageError("must have PROG [ARGS] or -p PID", true);
        if (opts.command.isEmpty() && opts.argv0 != null) throw new UsageError("PROG [ARGS] must be specified with --argv0", true);
        if (opts.command.isEmpty() && opts.daemonize > 0) throw new UsageError("PROG [ARGS] must be specified with -D/--daemonize", true);
        boolean daemon = opts.daemonAttach != null;
        if (!opts.command.isEmpty() && !opts.attach.isEmpty()) {
            throw new UsageError("tracing a command and -p PID together is not implemented yet", false);
        }
        Users.User user = null;
        if (opts.user != null) {
            if (!Users.isRoot()) throw new Fatal("You must be root to use the -u/--username option");
            user = Users.lookup(opts.user);
            if (user == null) throw new Fatal("Cannot find user '" + opts.user + "'");
        }
        if (opts.killOnExit && !opts.attach.isEmpty()) {
            throw new Fatal("--kill-on-exit and -p/--attach are mutually exclusive options");
        }
        Qualifiers q = Qualifiers.parse(opts.qualifiers);
        if (opts.summarySortGiven && !opts.summaryOnly && !opts.summary) {
            System.err.println("jstrace: -S/--summary-sort-by has no effect without (-c/--summary-only or -C/--summary)");
        }
        if (opts.successfulOnly) q.status = Qualifiers.SUCCESSFUL;
        if (opts.failedOnly) q.status = Qualifiers.FAILED;

        String path = opts.command.isEmpty() || daemon ? null : resolveCommand(opts.command.get(0), Spawner.getenv(env, "PATH"));
        if (opts.daemonize > 0 && !daemon) {
            if (user != null) throw new Fatal("-u together with -D is not implemented yet");
            // becomes the command; the tracer, a new JVM, gets the same arguments
            String failure = jstrace.nativ.Daemonizer.becomeCommand(path.getBytes(StandardCharsets.UTF_8),
                    commandArgv(opts), Spawner.withChanges(env, opts.envChanges), Spawner.maskProperty("jstrace.sigblk"),
                    Spawner.maskProperty("jstrace.sigign"), Spawner.inheritedFds(-1), opts.daemonize, List.of(args));
            throw new Fatal(failure);
        }
        jstrace.filter.NumberSet quiet = q.quiet != null ? q.quiet
                : opts.quiet > 0 ? Qualifiers.quietLevel(opts.quiet)
                // strace's default for -o FILE PROG: no attach/personality messages
                : opts.outputFile != null && !opts.command.isEmpty() ? Qualifiers.quietLevel(1)
                : jstrace.filter.NumberSet.none();
        jstrace.filter.PathFilter pathFilter = jstrace.filter.PathFilter.of(opts.tracePaths, q.traceFds,
                quiet.contains(Qualifiers.QUIET_PATH_RESOLUTION), m -> System.err.println("jstrace: " + m));
        boolean separate = opts.follow >= 2 && opts.outputFile != null;
        // -ff writes FILE.PID files only: FILE itself is not created (as in strace)
        TraceOutput output = separate ? TraceOutput.stderr() : openOutput(opts.outputFile, opts.appendOutput);
        Decoding decoding = new Decoding();
        decoding.maxStrlen = opts.maxStrlen;
        decoding.hexStrings = opts.hexStrings;
        decoding.decodeFds = q.decodeFds >= 0 ? q.decodeFds : opts.decodeFds;
        decoding.decodePids = opts.decodePids || q.decodePids;
        decoding.verbose = opts.verbose;
        decoding.xlatStyle = opts.xlatStyle;
        decoding.abbrevSet = q.abbrev;
        decoding.verboseSet = q.verbose;
        decoding.rawSet = q.raw;

        Tracer.Config config = new Tracer.Config();
        config.follow = opts.follow > 0;
        config.traced = q.trace;
        config.signals = q.signals;
        if (pathFilter != null) config.callFilter = pathFilter::matches;
        config.syscallLimit = opts.syscallLimit;
        config.decode = !opts.summaryOnly;
        config.countedStatus = q.status & (Qualifiers.SUCCESSFUL | Qualifiers.FAILED);
        config.detachOnExecve = opts.detachOnExecve;
        config.killOnExit = opts.killOnExit;
        // injection applies to traced calls only (as in strace 6.1), so the seccomp filter of the
        // traced set already stops the tracee at every call that may be tampered with
        config.inject = q.inject;
        // -D: no spawn stub to install a filter in (the command's process is seized, not started)
        config.seccomp = !daemon && seccompAllowed(opts, q);
        boolean prefilter = !config.seccomp && !daemon && !opts.detachOnExecve && defaultPrefilter(opts, q);
        config.seccomp |= prefilter;
        Map<Integer, TraceOutput> perProcess = new HashMap<>();
        IntFunction<TraceOutput> outputs = !separate ? pid -> output : pid -> perProcess.computeIfAbsent(pid,
                p -> openOutput(opts.outputFile + "." + p, opts.appendOutput));

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
        fmt.instructionPointer = opts.instructionPointer;
        fmt.plainPidPrefix = opts.outputFile != null && !separate && (opts.follow > 0 || opts.attach.size() > 1);
        fmt.bracketPidPrefix = opts.outputFile == null;
        fmt.alwaysShowPid = opts.alwaysShowPid;
        fmt.status = q.status;
        fmt.quiet = quiet;
        fmt.signals = q.signals;

        Tracer[] tracer = new Tracer[1];
        TraceListener printer = new TextPrinter(fmt, outputs, () -> tracer[0].liveCount());
        TraceListener listener = printer;
        if (opts.summaryOnly || opts.summary) {
            Summary summary = new Summary(output, opts.summaryWallClock, opts.overheadNs,
                    opts.summaryColumns == null ? SummaryTable.DEFAULT_COLUMNS : SummaryTable.parseColumns(opts.summaryColumns),
                    SummaryTable.sortOrder(opts.summarySortBy));
            listener = opts.summaryOnly ? new Listeners(new QuietNotices(printer), summary) : new Listeners(printer, summary);
        }
        tracer[0] = new Tracer(listener, decoding, config);
        try {
            if (path == null && !daemon) {
                tracer[0].attach(opts.attach);
                return 0;
            }
            if (daemon) {
                becomeDaemon(opts.daemonAttach[2]);
                tracer[0].attachLaunched(opts.daemonAttach[0], opts.daemonAttach[1]);
                return 0;
            }
            Spawner.Request request = new Spawner.Request(path.getBytes(StandardCharsets.UTF_8), commandArgv(opts),
                    Spawner.withChanges(env, opts.envChanges),
                    Spawner.maskProperty("jstrace.sigblk"), Spawner.maskProperty("jstrace.sigign"),
                    Spawner.inheritedFds(output.fd > 2 ? output.fd : -1), config.seccomp ? SeccompFilter.install(q.trace) : 0, !prefilter, false,
                    user == null ? null : Users.runAs(user, path));
            // ignored only once the child exists: it must not inherit SIG_IGN
            tracer[0].run(request, Main::ignoreInterrupts);
        } catch (Tracer.PtraceRefused e) {
            throw new Fatal(ptraceAdvice(e.errno));
        } finally {
            output.close();
            perProcess.values().forEach(TraceOutput::close);
        }
        int status = tracer[0].mainStatus();
        if (status < 0) {
            System.out.flush();
            SelfSignal.dieBy(-status);
            return 0x80 | -status;
        }
        return status;
    }

    /** The command's argv: as given, with --argv0's name first. */
    private static List<byte[]> commandArgv(Options opts) {
        List<byte[]> argv = new ArrayList<>();
        for (String a : opts.command) argv.add(a.getBytes(StandardCharsets.UTF_8));
        if (opts.argv0 != null) argv.set(0, opts.argv0.getBytes(StandardCharsets.UTF_8));
        return argv;
    }

    /**
     * The -D tracer: like strace's, immune to the terminal's signals (which are the command's), in its
     * own process group with -DD or session with -DDD.
     */
    private static void becomeDaemon(int level) {
        if (level == 2) Kernel.syscall(SETPGID, 0, 0);
        if (level == 3) Kernel.syscall(SETSID, 0);
        for (String name : new String[] {"INT", "QUIT", "HUP", "TERM", "PIPE"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), sun.misc.SignalHandler.SIG_IGN);
            } catch (IllegalArgumentException e) {
                // reserved by the JVM
            }
        }
    }

    private static final int SETPGID = 109, SETSID = 112;

    /** strace's conditions for --seccomp-bpf, with its messages when it is turned off. */
    private static boolean seccompAllowed(Options opts, Qualifiers q) {
        if (!opts.seccompBpf) return false;
        if (opts.syscallLimit > 0) {
            System.err.println("jstrace: --seccomp-bpf is not enabled because it is not compatible with --syscall-limit");
            return false;
        }
        if (opts.detachOnExecve) {
            System.err.println("jstrace: --seccomp-bpf is not enabled because it is not compatible with -b");
            return false;
        }
        if (!opts.attach.isEmpty()) {
            System.err.println("jstrace: --seccomp-bpf is not enabled for processes attached with -p");
            return false;
        }
        if (opts.follow == 0) {
            System.err.println("jstrace: --seccomp-bpf cannot be used without -f/--follow-forks, disabling");
            return false;
        }
        boolean any = false;
        if (q.trace != null) {
            for (boolean b : q.trace) any |= !b;
        }
        if (!any) {
            System.err.println("jstrace: Seccomp filter is requested but there are no syscalls to filter.  See -e trace to filter syscalls.");
            return false;
        }
        return true;
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

    /** -c alone: the trace lines are not printed, but attach/detach notices still are. */
    private record QuietNotices(TraceListener inner) implements TraceListener {
        public void syscallEntered(Tracee t, jstrace.decode.Call c) {}
        public void syscallExited(Tracee t, jstrace.decode.Call c) {}
        public void signalDelivered(Tracee t, int sig, String info) {}
        public void exited(Tracee t, int code) {}
        public void killed(Tracee t, int sig, boolean coreDumped) {}
        public void attached(Tracee t) { inner.attached(t); }
        public void detached(Tracee t) { inner.detached(t); }
        public void finish() {}
    }

    /** With a launched command, Ctrl-C is for the command (same process group): jstrace ignores it. */
    private static void ignoreInterrupts() {
        for (String name : new String[] {"INT", "QUIT"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), sun.misc.SignalHandler.SIG_IGN);
            } catch (IllegalArgumentException e) {
                // reserved by the JVM
            }
        }
    }

    /** execvp's PATH search, with strace's checks and messages. */
    static String resolveCommand(String name, String pathVar) {
        String found = name;
        if (!name.contains("/")) {
            String dirs = pathVar != null ? pathVar : "/usr/local/bin:/usr/bin:/bin";
            for (String dir : dirs.split(":", -1)) {
                Path p = Path.of(dir.isEmpty() ? "." : dir, name);
                if (isExecutableFile(p)) {
                    found = p.toString();
                    break;
                }
            }
        }
        if (!Files.exists(Path.of(found))) {
            throw new Fatal("Can't stat '" + name + "': " + Errno.message(Errno.ENOENT));
        }
        return found;
    }

    private static boolean isExecutableFile(Path p) {
        try {
            if (!Files.isRegularFile(p)) return false;
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
            return perms.contains(PosixFilePermission.OWNER_EXECUTE) || perms.contains(PosixFilePermission.GROUP_EXECUTE)
                    || perms.contains(PosixFilePermission.OTHERS_EXECUTE);
        } catch (IOException e) {
            return false;
        }
    }

    private static TraceOutput openOutput(String file, boolean append) {
        if (file == null) return TraceOutput.stderr();
        try {
            // strace's message for each line it could not write; tracing goes on, the status is unchanged
            return TraceOutput.open(file, append).onWriteError((errno, lines) -> {
                for (int i = 0; i < lines; i++) System.err.println("jstrace: " + file + ": " + Errno.message(errno));
            });
        } catch (TraceOutput.OpenFailed e) {
            throw new Fatal("Can't fopen '" + file + "': " + Errno.message(e.errno));
        }
    }

    static String ptraceAdvice(int errno) {
        String base = "ptrace(PTRACE_SETOPTIONS): " + Errno.message(errno);
        if (errno == 1 /* EPERM */) {
            String scope = readFirstLine("/proc/sys/kernel/yama/ptrace_scope");
            if (scope != null && !scope.equals("0") && !scope.equals("1")) {
                return base + " (kernel.yama.ptrace_scope is " + scope
                        + ": run as root, or set it to 1 with 'sysctl kernel.yama.ptrace_scope=1')";
            }
            return base + " (ptrace is refused here: in a container, run it with --cap-add=SYS_PTRACE"
                    + " and a seccomp profile that allows ptrace)";
        }
        return base;
    }

    private static String readFirstLine(String f) {
        try {
            return Files.readAllLines(Path.of(f)).get(0).trim();
        } catch (IOException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    /** An error that ends jstrace with "jstrace: MESSAGE" and exit status 1. */
    static final class Fatal extends RuntimeException {
        Fatal(String message) {
            super(message);
        }
    }
}
