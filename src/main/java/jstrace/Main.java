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
import jstrace.filter.Qualifiers;
import jstrace.decode.Errno;
import jstrace.nativ.Kernel;
import jstrace.nativ.SelfSignal;
import jstrace.nativ.Spawner;
import jstrace.nativ.Users;
import jstrace.tracer.Tracer;

/** jstrace: strace for Linux x86_64. */
public final class Main {
    private Main() {}

    public static final String VERSION = "0.1.0";

    public static void main(String[] args) {
        int code;
        try {
            code = run(args);
            printTip();
        } catch (UsageError e) {
            for (String w : e.before) System.err.println("jstrace: " + w);
            System.err.println("jstrace: " + e.getMessage());
            if (e.hint) System.err.println("Try 'jstrace -h' for more information.");
            code = 1;
        } catch (Fatal e) {
            System.err.println("jstrace: " + e.getMessage());
            code = 1;
        } catch (ExceptionInInitializerError e) {
            // the native layer could not start (Kernel's JNI stub): a message, not a stack trace
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            System.err.println("jstrace: " + cause.getMessage());
            code = 1;
        }
        System.out.flush();
        System.exit(code);
    }

    static int run(String[] args) {
        if (args.length > 0 && args[0].equals("--summary-diff")) {
            return jstrace.stats.SummaryDiff.run(java.util.Arrays.copyOfRange(args, 1, args.length), System.out);
        }
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
        tips = opts;
        if (opts.tipsOnly) return 0;
        boolean daemon = opts.daemonAttach != null;
        // -D's tracer is started with the same command line: the command's process printed them
        if (!daemon) for (String w : opts.warnings) message(w);
        Users.User user = null;
        if (opts.user != null) {
            if (!Users.isRoot()) throw new Fatal("You must be root to use the -u/--username option");
            try {
                user = Users.idPair(opts.user);
            } catch (IllegalArgumentException e) {
                throw new Fatal(e.getMessage());
            }
            if (user == null) user = Users.lookup(opts.user);
            if (user == null) throw new Fatal("Cannot find user '" + opts.user + "'");
        }
        if (opts.killOnExit && !opts.attach.isEmpty()) {
            throw new Fatal("--kill-on-exit and -p/--attach are mutually exclusive options");
        }
        Qualifiers q = opts.filters;

        String path = opts.command.isEmpty() || daemon ? null : resolveCommand(opts.command.get(0), Spawner.getenv(env, "PATH"));
        if (opts.daemonize > 0 && !daemon) {
            if (user != null) throw new Fatal("-u together with -D is not implemented yet");
            // the tracer (another JVM) loads the unwinder: a missing library must stop us before the command runs
            if (opts.stackTraces > 0) jstrace.stack.Unwinder.open(opts.stackTraces > 1, 1, m -> { }, Fatal::new).close();
            // becomes the command; the tracer, a new JVM, gets the same arguments
            String failure = jstrace.nativ.Daemonizer.becomeCommand(path.getBytes(StandardCharsets.UTF_8),
                    commandArgv(opts), Spawner.withChanges(env, opts.envChanges), Spawner.maskProperty("jstrace.sigblk"),
                    Spawner.maskProperty("jstrace.sigign"), Spawner.inheritedFds(-1), opts.daemonize, List.of(args));
            throw new Fatal(failure);
        }
        Session session = Session.open(opts, q, env, path, user, List.of(), MESSAGES);
        int interruptMode = opts.interruptMode();
        // -I: the CLI's handlers, installed on the tracer thread (a launched command must not inherit them)
        boolean attachedAny;
        try {
            if (daemon) becomeDaemon(opts.daemonAttach[2]);
            attachedAny = session.run(new Runnable() {
                @Override
                public void run() {
                    installSignalHandlers(interruptMode);
                }
            }, new java.util.function.IntSupplier() {
                @Override
                public int getAsInt() {
                    return Kernel.forwardedSignal();
                }
            });
        } finally {
            session.close();
        }
        Tracer tracer = session.tracer;
        if (!attachedAny) return 1;
        List<String> exceeded = session.budgetViolations();
        if (!exceeded.isEmpty() && tracer.interruptedBy() == 0) {
            for (String v : exceeded) message(v);
            if (path != null) {
                int st = tracer.mainStatus();
                message(st >= 0 ? "the command exited with " + st : "the command was killed by " + jstrace.decode.Signals.name(-st));
            }
            return jstrace.stats.Budget.EXCEEDED_STATUS;
        }
        if (tracer.interruptedBy() != 0) return interrupted(tracer);
        if (path == null) return 0; // -p alone, -D's tracer: the command's status is not jstrace's
        int status = tracer.mainStatus();
        if (status < 0) {
            printTip();
            System.out.flush();
            SelfSignal.dieBy(-status);
            return 0x80 | -status;
        }
        return status;
    }

    /** The options whose --tips are printed at exit (null until the command line was read). */
    private static Options tips;

    /** --tips: once, on stderr, as jstrace exits (also when it then dies by the command's signal). */
    static void printTip() {
        if (tips == null) return;
        System.out.flush();
        System.err.print(jstrace.cli.Tips.text(tips.tipId, tips.tipFormat));
        System.err.flush();
        tips = null;
    }

    /** jstrace's own messages: "jstrace: ..." on stderr, as strace prints its own. */
    static void message(String text) {
        System.err.println("jstrace: " + text);
    }

    /*
     * No lambdas or method references on the path of a plain `jstrace CMD` (StartupPathIT): the
     * first one links java.lang.invoke's machinery, ~2 ms, and each more ~0.4 ms of start-up,
     * interpreted; an anonymous class is a class like any other in the CDS archive.
     */
    /** {@link #message}, as the sessions' message sink. */
    static final java.util.function.Consumer<String> MESSAGES = new java.util.function.Consumer<>() {
        @Override
        public void accept(String text) {
            message(text);
        }
    };

    /** The command's argv: as given, with --argv0's name first. */
    static List<byte[]> commandArgv(Options opts) {
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

    /** SIGHUP, SIGINT, SIGQUIT, SIGPIPE, SIGTERM: the signals strace's -I is about. */
    private static final int[] FATAL_SIGNALS = {1, 2, 3, 13, 15};
    private static final int SIGTSTP = 20, GETTID = 186;

    /**
     * strace's -I, on the tracer thread: anywhere, the signals kill jstrace at once (tracees are left
     * to the kernel); waiting, they are recorded and the tracer detaches everything at its next wait
     * (the launched command gets the signal first); never, they are ignored (never_tstp: SIGTSTP too).
     * Raw handlers, so they also work for signals ignored when the JVM started (background jobs).
     */
    private static void installSignalHandlers(int mode) {
        switch (mode) {
            case Options.INTR_ANYWHERE -> Kernel.setSignalDisposition(FATAL_SIGNALS, false);
            case Options.INTR_WHILE_WAIT -> Kernel.forwardSignals(FATAL_SIGNALS, (int) Kernel.syscall(GETTID, 0));
            default -> {
                Kernel.setSignalDisposition(FATAL_SIGNALS, true);
                if (mode == Options.INTR_NEVER_TSTP) Kernel.setSignalDisposition(new int[] {SIGTSTP}, true);
            }
        }
    }

    /** After a fatal signal ended the trace, jstrace dies by it as strace does (130 for SIGINT in a shell). */
    private static int interrupted(Tracer tracer) {
        int sig = tracer.interruptedBy();
        if (sig == 0) return 0;
        printTip();
        System.out.flush();
        SelfSignal.dieBy(sig);
        return 0x80 | sig;
    }

    /** execvp's PATH search, with strace's checks and messages. */
    public static String resolveCommand(String name, String pathVar) {
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
