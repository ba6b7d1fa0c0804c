package jstrace.tracer;

import java.nio.charset.StandardCharsets;
import jstrace.decode.Decoding;
import jstrace.decode.Memory;
import jstrace.event.TraceEvent;
import jstrace.nativ.Kernel;
import jstrace.table.SyscallTable;

/**
 * Runs the tracer's syscall-stop path (filter, decoders, the session's kind of writer) on made-up
 * stops, on a thread of its own at the lowest priority, once the command has made its first
 * calls ({@link Tracer#WARMUP_AFTER_CALLS}).
 *
 * <p>Why: the JIT compiles a method only after some hundreds of calls, and until then a traced call
 * costs several times what it costs later. A short command was traced at 2-4 times strace's time
 * (400 forks), though from the first few thousand calls on jstrace is as fast as strace. Made-up
 * stops bring the counters there early, on the core the tracer and the tracee leave idle: a ptrace
 * stop has one of the two running at a time.
 *
 * <p>The made-up tracee has a pid no process can have ({@link #PID}) and memory of its own, so nothing
 * is read from or written to a real process, and the writer's output goes to no file (fd -1).
 */
public final class Warmup implements Runnable {
    /** Rounds of {@link #CALLS}: enough for the compile thresholds of a method called once per call. */
    static final int ROUNDS = 300;
    /** Above any pid_max (2^22): /proc has no such process, so -y and -Y details are not found. */
    static final int PID = Integer.MAX_VALUE - 1;
    /** Where the made-up memory starts; the calls' pointers point into it. */
    private static final long BASE = 0x10000;
    private static final int SIZE = 4096;

    /** The calls of a round: a name, its arguments (addresses in the made-up memory) and its result. */
    private static final Object[][] CALLS = {
        {"openat", -100L, BASE, 0x80000L, 0L, 3L},
        {"read", 3L, BASE + 256, 832L, 832L},
        {"newfstatat", 3L, BASE + 64, BASE + 2048, 0x1000L, 0L},
        {"mmap", 0L, 8192L, 3L, 0x22L, -1L, 0L, 0x7f0000000000L},
        {"mprotect", 0x7f0000000000L, 4096L, 1L, 0L},
        {"close", 3L, 0L},
        {"write", 1L, BASE, 16L, 16L},
        {"openat", -100L, BASE + 128, 0L, 0L, -2L},
        {"clone", 0x1200011L, 0L, 0L, BASE + 1024, 0L, (long) PID},
        {"wait4", -1L, BASE + 1088, 0L, 0L, (long) PID},
        {"rt_sigprocmask", 0L, BASE + 1152, BASE + 1216, 8L, 0L},
        {"set_robust_list", BASE + 1280, 24L, 0L},
        {"getppid", 1L},
        {"ioctl", 1L, 0x5401L, BASE + 1344, -25L},
        {"brk", 0L, 0x1000000L},
    };

    private final Tracer tracer;

    static int callsPerRound() {
        return CALLS.length;
    }

    /** {@code tracer}: one of its own, with the session's filter and kind of writer, writing to no output. */
    public Warmup(Tracer tracer) {
        this.tracer = tracer;
    }

    /** Once per JVM: later sessions (the Java API's, in a test run) find the code compiled. */
    private static boolean started;

    /** Starts the warm-up on a daemon thread (it ends by itself; the JVM does not wait for it). */
    static synchronized void start(Warmup warmup) {
        if (Runtime.getRuntime().availableProcessors() < 2) return; // no idle core to do it on
        // where /proc is an outer namespace's, -y and -Y of the made-up pid would scan /proc at every call
        if (!jstrace.decode.PidNamespaces.procIsOwn()) return;
        if (started) return;
        started = true;
        Thread t = new Thread(warmup, "jstrace-warmup");
        t.setDaemon(true);
        t.start();
    }

    private static final int SIGCHLD = 17, CLD_EXITED = 1;
    private static final int SETPRIORITY = 141, GETTID = 186, PRIO_PROCESS = 0;

    @Override
    public void run() {
        // nice 19 for this thread only: it takes the idle core, never the tracer's
        Kernel.syscall(SETPRIORITY, PRIO_PROCESS, Kernel.syscall(GETTID, 0), 19);
        try {
            Tracee t = new Tracee(PID, tracer.decoding(), tracer.scratch, new MadeUpMemory());
            int[] nrs = new int[CALLS.length];
            for (int i = 0; i < CALLS.length; i++) nrs[i] = number((String) CALLS[i][0]);
            // a child's exit, as siginfo_t has it: si_signo, si_code, si_pid (si_status and the times 0)
            java.nio.ByteBuffer info = java.nio.ByteBuffer.allocate(128).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            byte[] sigchld = info.putInt(0, SIGCHLD).putInt(8, CLD_EXITED).putInt(16, PID).array();
            for (int round = 0; round < ROUNDS; round++) {
                for (int i = 0; i < CALLS.length; i++) stop(t, nrs[i], CALLS[i]);
                long mono = System.nanoTime();
                tracer.listener().signalDelivered(new TraceEvent.SignalDelivered(PID, PID, mono, mono, SIGCHLD, "SIGCHLD",
                        CLD_EXITED, 0, PID, 0, sigchld));
            }
            long mono = System.nanoTime();
            tracer.listener().exited(new TraceEvent.Exited(PID, PID, mono, mono, 0, 0));
        } catch (RuntimeException e) {
            // a warm-up that fails only leaves the JIT to warm up on the traced calls
        } finally {
            tracer.close();
        }
    }

    private void stop(Tracee t, int nr, Object[] call) {
        if (nr < 0) return;
        jstrace.decode.Call c = t.call;
        t.prevNr = c.nr >= 0 ? c.nr : t.prevNr;
        c.reset(nr);
        int n = call.length - 2;
        for (int i = 0; i < 6; i++) c.raw[i] = i < n ? (Long) call[1 + i] : 0;
        tracer.stopAt(System.nanoTime());
        tracer.entered(t, nr);
        if (!t.inSyscall) return;
        long rval = (Long) call[call.length - 1];
        tracer.stopAt(System.nanoTime());
        tracer.exited(t, rval, rval < 0 && rval > -4096);
    }

    private static int number(String name) {
        for (int nr = 0; nr <= SyscallTable.MAX; nr++) {
            if (name.equals(SyscallTable.NAMES[nr])) return nr;
        }
        return -1;
    }

    /** One page at {@link #BASE}: a path, then zeros (empty structs, sets and strings); reads elsewhere fail. */
    private static final class MadeUpMemory implements Memory {
        private final byte[] page = new byte[SIZE];
        private boolean failed;

        MadeUpMemory() {
            byte[] path = "/usr/lib/x86_64-linux-gnu/libc.so.6".getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(path, 0, page, 0, path.length);
            byte[] missing = "/etc/ld.so.preload".getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(missing, 0, page, 128, missing.length);
            for (int i = 256; i < 256 + 832; i++) page[i] = (byte) (i * 7);
        }

        @Override
        public int read(long addr, byte[] dst, int len) {
            failed = addr < BASE || addr >= BASE + SIZE || len < 0;
            if (failed) return -1;
            int n = (int) Math.min(len, BASE + SIZE - addr);
            System.arraycopy(page, (int) (addr - BASE), dst, 0, n);
            return n;
        }

        @Override
        public int readString(long addr, byte[] dst, int max) {
            failed = addr < BASE || addr >= BASE + SIZE;
            if (failed) return -1;
            int off = (int) (addr - BASE);
            for (int k = 0; k < max; k++) {
                if (off + k >= SIZE) return -1;
                if (page[off + k] == 0) return k;
                if (k < dst.length) dst[k] = page[off + k];
            }
            return max;
        }

        @Override
        public long readLong(long addr, long fail) {
            byte[] b = new byte[8];
            if (read(addr, b, 8) != 8) return fail;
            return java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong();
        }

        @Override
        public boolean lastFailed() {
            return failed;
        }
    }
}
