package jstrace.tracer;

import static jstrace.nativ.Kernel.MEM;

import java.util.HashMap;
import java.util.Map;
import jstrace.decode.Call;
import jstrace.decode.Decoding;
import jstrace.decode.Errno;
import jstrace.decode.SigInfo;
import jstrace.decode.Signals;
import jstrace.event.TraceListener;
import jstrace.nativ.Kernel;
import jstrace.nativ.NativeBuffer;
import jstrace.nativ.Ptrace;
import jstrace.nativ.Spawner;
import jstrace.nativ.Sys;
import jstrace.nativ.Wait;
import jstrace.table.SyscallTable;

/**
 * The tracer loop: waits for ptrace stops of all tracees and turns them into events. Runs entirely on
 * the thread that calls {@link #run} (ptrace requests are only valid from the tracing thread).
 */
public final class Tracer {
    private static final int EXECVE = 59, EXECVEAT = 322;

    private final TraceListener listener;
    private final Decoding decoding;
    /** Which syscall numbers are printed (-e trace=); null means all. */
    private final boolean[] traced;
    private final Map<Integer, Tracee> tracees = new HashMap<>();
    private final NativeBuffer info = new NativeBuffer(96);
    private final NativeBuffer status = new NativeBuffer(8);
    private final NativeBuffer siginfo = new NativeBuffer(128);
    private final byte[] siginfoBytes = new byte[128];
    private int options = Ptrace.O_TRACESYSGOOD | Ptrace.O_TRACEEXEC | Ptrace.O_EXITKILL;
    private int mainPid;
    /** The main tracee's fate: exit code, or -signal (with {@link #mainCore}). */
    private int mainStatus;
    private boolean mainCore;

    public Tracer(TraceListener listener, Decoding decoding, boolean[] traced) {
        this.listener = listener;
        this.decoding = decoding;
        this.traced = traced;
    }

    /** Exit code of the launched command, or -N when it was killed by signal N. */
    public int mainStatus() {
        return mainStatus;
    }

    public boolean mainCoreDumped() {
        return mainCore;
    }

    /** Spawns the command stopped, sets it up, and traces it (and its tree) to the end. */
    public void run(Spawner.Request request) {
        int pid = Spawner.spawn(request);
        mainPid = pid;
        long r = Kernel.syscall(Sys.WAIT4, pid, status.address, Wait.WALL, 0);
        int st = status.getInt(0);
        if (r != pid || !Wait.stopped(st)) {
            throw new IllegalStateException("tracee " + pid + " did not stop (status 0x" + Integer.toHexString(st) + ")");
        }
        long so = Ptrace.ptrace(Ptrace.SETOPTIONS, pid, 0, options);
        if (Kernel.failed(so)) {
            Kernel.syscall(Sys.KILL, pid, Signals.SIGKILL);
            throw new PtraceRefused((int) -so);
        }
        Tracee t = new Tracee(pid, decoding);
        t.hidden = true;
        tracees.put(pid, t);
        Ptrace.resume(Ptrace.SYSCALL, pid, 0);
        loop();
        listener.finish();
    }

    private void loop() {
        while (!tracees.isEmpty()) {
            long r = Kernel.syscall(Sys.WAIT4, -1, status.address, Wait.WALL, 0);
            if (r == -Errno.EINTR) continue;
            if (Kernel.failed(r)) break; // ECHILD: nothing left
            int pid = (int) r;
            int st = status.getInt(0);
            Tracee t = tracees.get(pid);
            if (t == null) continue;
            if (Wait.exited(st)) {
                gone(t);
                listener.exited(t, Wait.exitCode(st));
                if (pid == mainPid) mainStatus = Wait.exitCode(st);
            } else if (Wait.signaled(st)) {
                gone(t);
                listener.killed(t, Wait.termSig(st), Wait.coreDumped(st));
                if (pid == mainPid) {
                    mainStatus = -Wait.termSig(st);
                    mainCore = Wait.coreDumped(st);
                }
            } else if (Wait.stopped(st)) {
                stopped(t, st);
            }
        }
    }

    private void gone(Tracee t) {
        tracees.remove(t.pid);
    }

    private void stopped(Tracee t, int st) {
        int sig = Wait.stopSig(st);
        int event = Wait.event(st);
        if (sig == (Signals.SIGTRAP | 0x80)) {
            syscallStop(t);
            Ptrace.resume(Ptrace.SYSCALL, t.pid, 0);
        } else if (event != 0) {
            Ptrace.resume(Ptrace.SYSCALL, t.pid, 0);
        } else {
            long r = Ptrace.ptrace(Ptrace.GETSIGINFO, t.pid, 0, siginfo.address);
            if (Kernel.failed(r)) {
                // group-stop: resume without a signal
                Ptrace.resume(Ptrace.SYSCALL, t.pid, 0);
                return;
            }
            if (!t.hidden) {
                MEM.getByteArray(siginfo.address, siginfoBytes, 0, 128);
                listener.signalDelivered(t, sig, SigInfo.format(siginfoBytes));
            }
            Ptrace.resume(Ptrace.SYSCALL, t.pid, sig);
        }
    }

    private void syscallStop(Tracee t) {
        long r = Ptrace.ptrace(Ptrace.GET_SYSCALL_INFO, t.pid, info.size, info.address);
        if (Kernel.failed(r)) return;
        int op = info.getByte(0);
        Call c = t.call;
        if (op == Ptrace.INFO_ENTRY || op == Ptrace.INFO_SECCOMP) {
            int nr = (int) info.getLong(24);
            c.reset(nr);
            for (int i = 0; i < 6; i++) c.args[i] = info.getLong(32 + 8 * i);
            c.ip = info.getLong(8);
            t.inSyscall = true;
            if (t.hidden && (nr == EXECVE || nr == EXECVEAT)) t.hidden = false;
            t.traced = !t.hidden && (traced == null || nr < 0 || nr >= traced.length || traced[nr]);
            t.entryNanos = System.nanoTime();
            if (t.traced) {
                c.decoded = decode(nr, c);
                t.entryLength = c.out.length();
                listener.syscallEntered(t, c);
            }
        } else if (op == Ptrace.INFO_EXIT && t.inSyscall) {
            t.inSyscall = false;
            c.exiting = true;
            c.rval = info.getLong(24);
            c.failed = info.getByte(32) != 0;
            if (t.traced) {
                if ((c.decoded & Call.DONE) == 0) c.decoded |= decode(c.nr, c);
                listener.syscallExited(t, c);
            }
            if ((c.nr == EXECVE || c.nr == EXECVEAT) && c.failed && t.pid == mainPid && !t.seenExec) {
                // as strace: the first exec failing ends the launch; hide the child's exit_group
                t.hidden = true;
                System.err.println("jstrace: exec: " + Errno.message((int) -c.rval));
            } else if (c.nr == EXECVE || c.nr == EXECVEAT) {
                t.seenExec |= !c.failed;
            }
        }
    }

    private static int decode(int nr, Call c) {
        if (nr < 0 || nr > SyscallTable.MAX) return jstrace.decode.Generic.unknown(c);
        return SyscallTable.decode(nr, c);
    }

    /** ptrace was refused for the tracee (errno given). */
    public static final class PtraceRefused extends RuntimeException {
        public final int errno;

        PtraceRefused(int errno) {
            super(Errno.message(errno));
            this.errno = errno;
        }
    }
}
