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
import jstrace.decode.Decoding;
import jstrace.decode.Errno;
import jstrace.nativ.SelfSignal;
import jstrace.nativ.Spawner;
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
            System.out.print(Usage.TEXT);
            return 0;
        }
        if (opts.version) {
            System.out.println("jstrace -- version " + VERSION);
            return 0;
        }
        if (opts.command.isEmpty()) throw new UsageError("must have PROG [ARGS] or -p PID", true);

        String path = resolveCommand(opts.command.get(0), Spawner.getenv(env, "PATH"));
        TraceOutput output = openOutput(opts.outputFile);
        Decoding decoding = new Decoding();
        decoding.maxStrlen = opts.maxStrlen;
        decoding.hexStrings = opts.hexStrings;
        decoding.decodeFds = opts.decodeFds;
        decoding.verbose = opts.verbose;

        List<byte[]> argv = new ArrayList<>();
        for (String a : opts.command) argv.add(a.getBytes(StandardCharsets.UTF_8));
        Spawner.Request request = new Spawner.Request(path.getBytes(StandardCharsets.UTF_8), argv, env,
                Spawner.maskProperty("jstrace.sigblk"), Spawner.maskProperty("jstrace.sigign"),
                Spawner.inheritedFds(output.fd), 0, true);
        Tracer tracer = new Tracer(new TextPrinter(output, opts.retColumn), decoding, null);
        try {
            tracer.run(request);
        } catch (Tracer.PtraceRefused e) {
            throw new Fatal(ptraceAdvice(e.errno));
        } finally {
            output.close();
        }
        int status = tracer.mainStatus();
        if (status < 0) {
            System.out.flush();
            SelfSignal.dieBy(-status);
            return 0x80 | -status;
        }
        return status;
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

    private static TraceOutput openOutput(String file) {
        if (file == null) return TraceOutput.stderr();
        try {
            return TraceOutput.open(file, false);
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
