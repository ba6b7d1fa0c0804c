package jstrace.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import jstrace.Main;
import jstrace.Session;
import jstrace.cli.CommandLineParser;
import jstrace.cli.Options;
import jstrace.cli.UsageError;
import jstrace.event.TraceEvent;
import jstrace.filter.Qualifiers;
import jstrace.nativ.Kernel;
import jstrace.nativ.NativeBuffer;
import jstrace.nativ.Spawner;
import jstrace.nativ.Sys;

/**
 * Traces a command (or running processes) from Java, as the {@code jstrace} command does, and gives
 * back what happened as values.
 *
 * <pre>{@code
 * TraceResult r = Trace.command("ls", "-l", "/tmp").options("-f", "-e", "trace=%file").run();
 * assertEquals(0, r.exitStatus());
 * assertTrue(r.calls("openat").stream().allMatch(c -> !c.failed()));
 * }</pre>
 *
 * <p>Options are jstrace's (strace's) command-line options; those that change what is decoded and
 * which calls are reported apply to the events ({@code -f}, {@code -e trace=}, {@code -s}, {@code -y},
 * {@code -X}, ...). Nothing is printed: the text of any call is {@link TraceResult#line}. The command
 * gets this JVM's environment (or the one given), stdin from /dev/null, and its stdout and stderr are
 * captured unless redirected. Each run traces on a thread of its own; several can run at once. No
 * signal handler is installed and the JVM is never exited.
 */
public final class Trace {
    private final List<String> command;
    private final List<Integer> pids;
    private final List<String> options = new ArrayList<>();
    private Map<String, String> environment;
    private final Map<String, String> extraEnvironment = new LinkedHashMap<>();
    private Path directory, stdin, stdout, stderr;
    private boolean inheritIo, keepEvents = true;
    private final List<Consumer<TraceEvent>> listeners = new ArrayList<>();

    private Trace(List<String> command, List<Integer> pids) {
        this.command = command;
        this.pids = pids;
    }

    /** A trace of {@code command} (the program, found on PATH as a shell would, and its arguments). */
    public static Trace command(String... command) {
        if (command.length == 0) throw new IllegalArgumentException("no command");
        return new Trace(List.of(command), List.of());
    }

    /** A trace of running processes (as -p): until they exit, or {@link TraceResult} after {@code Trace.run} ends. */
    public static Trace attach(int... pids) {
        List<Integer> l = new ArrayList<>();
        for (int p : pids) l.add(p);
        return new Trace(List.of(), l);
    }

    /** jstrace's command-line options, as the CLI takes them: {@code options("-f", "-e", "trace=openat")}. */
    public Trace options(String... options) {
        this.options.addAll(Arrays.asList(options));
        return this;
    }

    /** Follow forks and threads (-f). */
    public Trace followForks() {
        return options("-f");
    }

    /** The command's whole environment (default: this JVM's). */
    public Trace environment(Map<String, String> environment) {
        this.environment = new LinkedHashMap<>(environment);
        return this;
    }

    /** One variable set in the command's environment. */
    public Trace env(String name, String value) {
        extraEnvironment.put(name, value);
        return this;
    }

    /** The command's working directory (default: this JVM's). */
    public Trace directory(Path directory) {
        this.directory = directory;
        return this;
    }

    /** The command reads stdin from this file (default /dev/null). */
    public Trace stdin(Path file) {
        this.stdin = file;
        return this;
    }

    /** The command's stdout to this file instead of {@link TraceResult#stdout()}. */
    public Trace stdout(Path file) {
        this.stdout = file;
        return this;
    }

    /** The command's stderr to this file instead of {@link TraceResult#stderr()}. */
    public Trace stderr(Path file) {
        this.stderr = file;
        return this;
    }

    /** The command shares this JVM's stdin, stdout and stderr. */
    public Trace inheritIo() {
        this.inheritIo = true;
        return this;
    }

    /** Each event as it happens, on the tracer thread (keep the callback short: the tracee waits). */
    public Trace onEvent(Consumer<TraceEvent> listener) {
        listeners.add(listener);
        return this;
    }

    /** Whether the result holds every event (default true); turn off for long runs streamed through {@link #onEvent}. */
    public Trace keepEvents(boolean keep) {
        this.keepEvents = keep;
        return this;
    }

    /** Runs the trace to its end: the command exits (or the attached processes do). */
    public TraceResult run() {
        List<String> args = new ArrayList<>(options);
        for (int p : pids) args.add("-p" + p);
        if (!command.isEmpty()) {
            args.add("--");
            args.addAll(command);
        }
        Options opts;
        try {
            opts = CommandLineParser.parse(args.toArray(String[]::new));
        } catch (UsageError e) {
            throw new TraceException(e.getMessage());
        }
        // the qualifiers as the parser applied them, in command-line order (-e status=, -z, -Z ...)
        Qualifiers q = opts.filters;
        opts.printText = false;
        List<byte[]> env = environmentBlock();
        Collector collector = new Collector(keepEvents, listeners);
        List<String> messages = java.util.Collections.synchronizedList(new ArrayList<>());
        Path out = null, err = null;
        List<Integer> opened = new ArrayList<>();
        RuntimeException[] failure = new RuntimeException[1];
        try {
            String path = null;
            if (!command.isEmpty()) {
                String name = command.get(0);
                if (directory != null && name.contains("/") && !name.startsWith("/")) name = directory.resolve(name).toString();
                path = Main.resolveCommand(name, Spawner.getenv(env, "PATH"));
            }
            List<Integer> dups = new ArrayList<>();
            if (!command.isEmpty() && !inheritIo) {
                dups(dups, opened, stdin != null ? stdin : Path.of("/dev/null"), 0, false);
                out = stdout != null ? stdout : Files.createTempFile("jstrace-stdout", ".txt");
                err = stderr != null ? stderr : Files.createTempFile("jstrace-stderr", ".txt");
                dups(dups, opened, out, 1, true);
                dups(dups, opened, err, 2, true);
            }
            // opened last: nothing can fail between here and the tracer thread, which closes it
            Session s = Session.open(opts, q, env, path, null, List.of(collector), messages::add);
            if (!command.isEmpty()) {
                s.redirect(dups.stream().mapToInt(Integer::intValue).toArray(),
                        directory == null ? null : directory.toString().getBytes(StandardCharsets.UTF_8));
            }
            // the tracer thread: all ptrace requests of this trace come from it
            Thread tracer = new Thread(() -> {
                try {
                    boolean any = s.run(() -> { }, () -> 0);
                    if (!any) throw new TraceException("could not attach to " + pids);
                } catch (RuntimeException e) {
                    failure[0] = e;
                } finally {
                    s.close();
                }
            }, "jstrace-tracer");
            tracer.start();
            tracer.join();
            if (failure[0] != null) {
                throw failure[0] instanceof TraceException t ? t : new TraceException(failure[0].getMessage(), failure[0]);
            }
            String so = stdout == null && out != null ? Files.readString(out, StandardCharsets.ISO_8859_1) : null;
            String se = stderr == null && err != null ? Files.readString(err, StandardCharsets.ISO_8859_1) : null;
            int status = command.isEmpty() ? 0 : s.tracer().mainStatus();
            return new TraceResult(status, collector.events(), so, se, List.copyOf(messages));
        } catch (IOException e) {
            throw new TraceException("jstrace: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TraceException("interrupted", e);
        } catch (TraceException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new TraceException(e.getMessage(), e);
        } finally {
            closeAll(opened);
            try {
                if (stdout == null && out != null) Files.deleteIfExists(out);
                if (stderr == null && err != null) Files.deleteIfExists(err);
            } catch (IOException e) {
                // a temporary file left behind
            }
        }
    }

    /** Opens {@code file} (raw openat: an fd number the child can dup2) to become fd {@code to}. */
    private static void dups(List<Integer> dups, List<Integer> opened, Path file, int to, boolean write) {
        long name = NativeBuffer.cString(file.toString().getBytes(StandardCharsets.UTF_8));
        int flags = (write ? 01 | 01000 | 0100 : 0) | 02000000; // O_WRONLY|O_TRUNC|O_CREAT or O_RDONLY, O_CLOEXEC
        long fd = Kernel.syscall(Sys.OPENAT, -100, name, flags, 0644);
        Kernel.MEM.freeMemory(name);
        if (Kernel.failed(fd)) throw new TraceException("cannot open " + file + ": " + jstrace.decode.Errno.message((int) -fd));
        opened.add((int) fd);
        dups.add((int) fd);
        dups.add(to);
    }

    private static void closeAll(List<Integer> fds) {
        for (int fd : fds) Kernel.syscall(Sys.CLOSE, fd);
        fds.clear();
    }

    private List<byte[]> environmentBlock() {
        List<byte[]> env = new ArrayList<>();
        if (environment == null) {
            env.addAll(Spawner.currentEnvironment());
        } else {
            for (Map.Entry<String, String> e : environment.entrySet()) {
                env.add((e.getKey() + "=" + e.getValue()).getBytes(StandardCharsets.UTF_8));
            }
        }
        List<String> changes = new ArrayList<>();
        for (Map.Entry<String, String> e : extraEnvironment.entrySet()) changes.add(e.getKey() + "=" + e.getValue());
        return Spawner.withChanges(env, changes);
    }

    /** The sink of a trace: immutable events, kept and/or handed to the listeners. */
    static final class Collector extends jstrace.event.EventValues {
        private final List<TraceEvent> events;

        Collector(boolean keep, List<Consumer<TraceEvent>> listeners) {
            this(keep, listeners, new ArrayList<>());
        }

        private Collector(boolean keep, List<Consumer<TraceEvent>> listeners, List<TraceEvent> events) {
            super(e -> {
                if (keep) events.add(e);
                for (Consumer<TraceEvent> l : listeners) l.accept(e);
            });
            this.events = events;
        }

        List<TraceEvent> events() {
            return events;
        }
    }
}
