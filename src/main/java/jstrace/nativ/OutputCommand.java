package jstrace.nativ;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import jstrace.decode.Errno;

/**
 * -o '|command' (or '!command'): {@code /bin/sh -c command}, not traced, reading the trace from a
 * pipe on its stdin, with jstrace's environment, directory, signal mask, ignored signals and the
 * fds its shell gave it (stdout and stderr among them).
 *
 * <p>It is started and reaped by a thread of its own that lives until the command has exited. The
 * tracer's wait4 takes only its own thread's children (__WNOTHREAD), so it never sees the command,
 * whichever thread opens or runs the session. As pid 1 the tracer waits for every thread's children
 * and may reap the command's exit (and ignore it): this thread's wait4 then fails with ECHILD, which
 * also means the command is gone. (The JDK's ProcessBuilder would fork from the calling thread, the
 * tracer thread, whose loop would reap it.)
 */
public final class OutputCommand {
    /** The pipe's write end (O_CLOEXEC, above 2): where the trace goes. */
    public final int fd;
    private final Thread waiter;

    private OutputCommand(int fd, Thread waiter) {
        this.fd = fd;
        this.waiter = waiter;
    }

    private static final int PIPE2 = 293, O_CLOEXEC = 02000000, F_DUPFD_CLOEXEC = 1030;

    /** Starts the command; an IllegalStateException says what failed ("pipe: ...", "fork: ..."). */
    public static OutputCommand start(String command, List<byte[]> env, long sigmask, long ignored) {
        NativeBuffer ends = new NativeBuffer(8);
        long r = Kernel.syscall(PIPE2, ends.address, O_CLOEXEC);
        int first = ends.getInt(0), second = ends.getInt(4);
        ends.free();
        if (Kernel.failed(r)) throw new IllegalStateException("pipe: " + Errno.message((int) -r));
        int readEnd = aboveStandardFds(first), writeEnd = aboveStandardFds(second);
        TreeSet<Integer> kept = new TreeSet<>();
        for (int f : Spawner.inheritedFds(writeEnd)) kept.add(f);
        kept.add(0); // the read end is dup2'ed there, then every fd not kept is closed
        kept.remove(readEnd);
        int[] keptFds = kept.stream().mapToInt(Integer::intValue).toArray();
        List<byte[]> argv = List.of(b("sh"), b("-c"), b(command));
        Spawner.Request request = new Spawner.Request(b("/bin/sh"), argv, env, sigmask, ignored, keptFds, 0, false, false)
                .redirected(new int[] {readEnd, 0}, null);

        CompletableFuture<Integer> started = new CompletableFuture<>();
        Thread waiter = new Thread(() -> {
            int pid;
            try {
                pid = Spawner.startUntraced(request);
            } catch (RuntimeException e) {
                started.completeExceptionally(e);
                return;
            }
            started.complete(pid);
            NativeBuffer status = new NativeBuffer(8);
            Wait.forPid(pid, status.address, 0);
            status.free();
        }, "jstrace -o |command");
        // a session that fails before it closes must not keep the JVM alive
        waiter.setDaemon(true);
        waiter.start();
        try {
            started.get();
        } catch (ExecutionException e) {
            Kernel.syscall(Sys.CLOSE, writeEnd);
            throw (RuntimeException) e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the -o command");
        } finally {
            Kernel.syscall(Sys.CLOSE, readEnd);
        }
        return new OutputCommand(writeEnd, waiter);
    }

    /** Waits until the command has exited: call after {@link #fd} was closed (its end of input). */
    public void awaitExit() {
        boolean interrupted = false;
        while (waiter.isAlive()) {
            try {
                waiter.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    /**
     * The fd moved above 2 when pipe2 took a closed 0, 1 or 2: the command's stdin is dup2'ed to 0
     * (which dup2(0, 0) would leave close-on-exec) and the trace output never closes fds 0 to 2.
     */
    private static int aboveStandardFds(int fd) {
        if (fd > 2) return fd;
        int moved = (int) Kernel.syscall(Sys.FCNTL, fd, F_DUPFD_CLOEXEC, 3);
        Kernel.syscall(Sys.CLOSE, fd);
        return moved;
    }

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
