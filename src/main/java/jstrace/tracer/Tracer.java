package jstrace.tracer;

import static jstrace.nativ.Kernel.MEM;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jstrace.decode.Call;
import jstrace.decode.Decoding;
import jstrace.decode.Errno;
import jstrace.decode.Signals;
import jstrace.event.TraceEvent;
import jstrace.event.TraceListener;
import jstrace.filter.EventFilter;
import jstrace.filter.Injection;
import jstrace.filter.Qualifiers;
import jstrace.nativ.Kernel;
import jstrace.nativ.NativeBuffer;
import jstrace.nativ.Ptrace;
import jstrace.nativ.Spawner;
import jstrace.nativ.Sys;
import jstrace.nativ.Wait;
import jstrace.table.SyscallTable;

/**
 * The tracer loop: waits for ptrace stops of all tracees and turns them into events. Runs entirely on
 * the thread that calls {@link #run} or {@link #attach} (ptrace requests are only valid from the
 * tracing thread). Per stop the work is O(1): one wait4, one PTRACE_GET_SYSCALL_INFO, one restart.
 */
public final class Tracer implements AutoCloseable {
    private static final int EXECVE = 59, EXECVEAT = 322;

    /** What to trace and how. */
    public static final class Config {
        /** -f: follow forks, vforks and clones. */
        public boolean follow;
        /** Which calls are traced (-e trace=, -P, --trace-fds); null: all. */
        public EventFilter filter;
        /** --seccomp-bpf: the tracee stops only at traced calls (seccomp stops), runs freely otherwise. */
        public boolean seccomp;
        /** --syscall-limit: detach everything after this many printed calls (0: none). */
        public long syscallLimit;
        /** Whether arguments are decoded at all (not for -c alone, which only counts). */
        public boolean decode = true;
        /** -e status= successful/failed bits (1, 2): which finished calls count towards the limit. */
        public int countedStatus = 3;
        /** -b execve: detach a tracee at its exec (the launched command's own first exec excepted). */
        public boolean detachOnExecve;
        /** --kill-on-exit: PTRACE_O_EXITKILL, tracees die with jstrace. */
        public boolean killOnExit;
        /** -e inject= / -e fault=, per syscall number (null: no tampering). */
        public Injection[] inject;
        /**
         * Asked between stops: a fatal signal the CLI caught (its number), after which every tracee is
         * detached (the launched command first gets SIGCONT and that signal) and the trace ends; 0: none.
         * The CLI's handler also wakes the tracer thread's wait4 (see {@link #tracerTid()}).
         */
        public java.util.function.IntSupplier interruptRequest; // null: none
        /** -d: takes the tracer's debug lines (attach, each wait4 result, exit, detach); null: none. */
        public java.util.function.Consumer<String> debug;
        /** -k: walks the stacks (null: no stack traces); closed with the tracer. */
        public jstrace.stack.Unwinder unwinder;
        /** The JIT warm-up, started once the tracees have entered {@link #WARMUP_AFTER_CALLS} calls (null: none). */
        public Warmup warmup;
    }

    /**
     * Calls before the warm-up starts: a command that ends sooner (/bin/true makes ~30) does not
     * need it, and until then it would compete with the JVM's own start for the CPU (~6 ms of
     * start-up); a dynamically linked program's start alone makes 30-60.
     */
    static final int WARMUP_AFTER_CALLS = 64;
    /** Calls entered so far, counted until the warm-up starts. */
    private int enteredCalls;

    /**
     * Calls that may change a process's mappings (strace's MEMORY_MAPPING_CHANGE): mmap, mprotect,
     * munmap, brk, mremap, shmat, execve, shmdt, remap_file_pages, execveat, pkey_mprotect.
     */
    public static final int[] MAPPING_CHANGES = {9, 10, 11, 12, 25, 30, 59, 67, 216, 322, 329};
    /** Calls whose stack strace 6.1 takes at entry (they do not return, or return in another program). */
    private static final int EXIT = 60, EXIT_GROUP = 231;

    private static boolean changesMappings(int nr) {
        for (int n : MAPPING_CHANGES) if (n == nr) return true;
        return false;
    }

    private final TraceListener listener;
    /** The listener's notices, as the tracees' memory readers take them (not a lambda: see jstrace.Main.MESSAGES). */
    private final java.util.function.Consumer<String> notices = new java.util.function.Consumer<>() {
        @Override
        public void accept(String notice) {
            listener.notice(notice);
        }
    };
    private final Decoding decoding;
    private final Config config;
    private final Map<Integer, Tracee> tracees = new HashMap<>();
    /** The session's native memory (freed by {@link #close}). */
    final jstrace.nativ.Scratch scratch = new jstrace.nativ.Scratch();
    private final NativeBuffer info = new NativeBuffer(96);
    private final NativeBuffer status = new NativeBuffer(8);
    private final NativeBuffer siginfo = new NativeBuffer(128);
    private final NativeBuffer eventMsg = new NativeBuffer(8);
    /** struct rusage of the stopped tracee: ru_stime gives a call's system time (-c). */
    private final NativeBuffer rusage = new NativeBuffer(144);
    private final int options;
    /** How a tracee goes on between stops: PTRACE_SYSCALL, or PTRACE_CONT with seccomp stops. */
    private final int resume;
    private int mainPid = -1;
    /** The main tracee's fate: exit code, or -signal (with {@link #mainCore}). */
    private int mainStatus;
    private boolean mainCore;
    /** -b execve detached the launched command: it is still our child, to be reaped silently. */
    private boolean mainDetached, mainReaped;
    /** A fatal signal ended the trace (its number; 0: none): every tracee was detached. */
    private int interruptedBy;
    /** Printed calls so far, for --syscall-limit. */
    private long printedCalls;
    private boolean limitReached;
    /** The tracer thread's tid, and the real-time signal that interrupts its wait4 (see makeWakeable()). */
    private volatile int tracerTid;
    private static final int WAKE_SIGNAL = 40, GETTID = 186, TGKILL = 234;

    /** The next call's id. */
    private long nextCallId = 1;
    /** CLOCK_REALTIME minus System.nanoTime(), read once: an event's wall time is its monotonic time plus this. */
    private final long wallOffset;
    /** When the stop being handled was seen (System.nanoTime(), right after wait4 returned). */
    private long stopMono;

    /** The time of the stop being handled (the warm-up's made-up stops set it as the loop does). */
    void stopAt(long mono) {
        stopMono = mono;
    }

    TraceListener listener() {
        return listener;
    }

    Decoding decoding() {
        return decoding;
    }

    public Tracer(TraceListener listener, Decoding decoding, Config config) {
        this.listener = listener;
        NativeBuffer ts = new NativeBuffer(16);
        Kernel.syscall(Sys.CLOCK_GETTIME, 0 /* CLOCK_REALTIME */, ts.address);
        this.wallOffset = ts.getLong(0) * 1_000_000_000L + ts.getLong(8) - System.nanoTime();
        ts.free();
        this.decoding = decoding;
        this.config = config;
        // TRACEEXIT, as strace: a call the tracee will not return from ends ("= ?") at its exit stop,
        // before the events of other threads (a thread's exec kills the rest of its group)
        int o = Ptrace.O_TRACESYSGOOD | Ptrace.O_TRACEEXEC | Ptrace.O_TRACEEXIT;
        if (config.follow) o |= Ptrace.O_TRACECLONE | Ptrace.O_TRACEFORK | Ptrace.O_TRACEVFORK;
        if (config.seccomp) o |= Ptrace.O_TRACESECCOMP;
        this.options = o;
        this.resume = config.seccomp ? Ptrace.CONT : Ptrace.SYSCALL;
    }

    /** Exit code of the launched command, or -N when it was killed by signal N. */
    public int mainStatus() {
        return mainStatus;
    }

    public boolean mainCoreDumped() {
        return mainCore;
    }

    /** Sets what the tracer polls between stops for a fatal signal (see {@link Config#interruptRequest}). */
    public void setInterruptRequest(java.util.function.IntSupplier request) {
        config.interruptRequest = request;
    }

    /** The signal that interrupted the trace (0: it ran to its end). */
    public int interruptedBy() {
        return interruptedBy;
    }

    /** The tracer thread's tid once the trace has started (for a signal handler that wakes it). */
    public int tracerTid() {
        return tracerTid;
    }

    /** Tracees alive now (strace prefixes lines with their pid while there are several). */
    public int liveCount() {
        return tracees.size();
    }

    /**
     * Spawns the command stopped, sets it up, attaches to the running processes {@code attach} (-p
     * with a command, as strace: after the spawn), and traces them all to the end.
     */
    public void run(Spawner.Request request, Runnable afterSpawn, List<Integer> attach) {
        makeWakeable();
        int pid = Spawner.spawn(request);
        afterSpawn.run();
        mainPid = pid;
        // the child stopped itself with SIGSTOP; seize it (so group-stops can be handled with
        // PTRACE_LISTEN, as for attached processes) and let it go on to its execve
        long r = Kernel.syscall(Sys.WAIT4, pid, status.address, WAIT_ALL | WUNTRACED, 0);
        int st = status.getInt(0);
        if (r != pid || !Wait.stopped(st)) {
            throw new IllegalStateException("tracee " + pid + " did not stop (status 0x" + Integer.toHexString(st) + ")");
        }
        // as strace: with the tracer gone, the command goes on untraced, unless --kill-on-exit; a
        // seccomp-filtered command would get ENOSYS from every filtered call without us, so it dies too
        boolean exitKill = config.killOnExit || config.seccomp;
        long so = Ptrace.ptrace(Ptrace.SEIZE, pid, 0, options | (exitKill ? Ptrace.O_EXITKILL : 0));
        if (Kernel.failed(so)) {
            Kernel.syscall(Sys.KILL, pid, Signals.SIGKILL);
            throw new PtraceRefused((int) -so);
        }
        Tracee t = add(pid);
        t.hidden = true;
        debug("spawned the command as pid " + pid + ", seized it (options 0x" + Integer.toHexString(options) + ")");
        Kernel.syscall(Sys.KILL, pid, SIGCONT);
        seize(attach);
        loop();
        if (mainDetached && !mainReaped) {
            // strace waits for its child even when it no longer traces it; its status is not ours
            Wait.forPid(pid, status.address, WAIT_ALL);
        }
        finish();
    }

    /**
     * __WALL, and __WNOTHREAD: only this thread's children and tracees, so that sessions on other
     * threads of the JVM keep theirs.
     */
    private static final int WAIT_ALL = Wait.WALL | Wait.NOTHREAD;

    /**
     * The main loop's wait4 flags. As the init of a PID namespace ({@code unshare -pf jstrace ...})
     * jstrace inherits every orphan there, traced ones included: their exit went to the tracer, but
     * as zombies they wait for their new parent, the JVM's main thread, and a namespace's init that
     * exits first (zap_pid_ns_processes) waits for them for good. So pid 1 waits for the children of
     * all its threads (those that are not tracees are reaped and ignored); a JVM that is pid 1 runs
     * no second session.
     */
    private static final int WAIT_LOOP = Kernel.syscall(Sys.GETPID, 0) == 1 ? Wait.WALL : WAIT_ALL;

    /** Frees the session's native memory; the tracer cannot be used after this. */
    public void close() {
        if (config.unwinder != null) config.unwinder.close();
        scratch.close();
        for (NativeBuffer b : new NativeBuffer[] {info, status, siginfo, eventMsg, rusage}) b.free();
    }

    private static final int WUNTRACED = 2, SIGCONT = 18, SIGTSTP = 20, SIGTTIN = 21, SIGTTOU = 22;

    private static boolean stopSignal(int sig) {
        return sig == Signals.SIGSTOP || sig == SIGTSTP || sig == SIGTTIN || sig == SIGTTOU;
    }

    /**
     * Attaches to running processes (with -f, all their threads) and traces them until they end or we
     * are interrupted; false when not one could be attached (strace then exits with status 1).
     */
    public boolean attach(List<Integer> pids) {
        makeWakeable();
        seize(pids);
        if (tracees.isEmpty()) return false;
        loop();
        finish();
        return true;
    }

    /**
     * Seizes the running processes {@code pids} (with -f, all their threads) and interrupts them, so
     * that the loop sees each one's attach stop; a process that cannot be seized gets strace's notice.
     */
    private void seize(List<Integer> pids) {
        for (int pid : pids) {
            List<Integer> tids = config.follow ? threads(pid) : List.of(pid);
            for (int tid : tids) {
                if (tracees.containsKey(tid)) continue;
                long r = Ptrace.ptrace(Ptrace.SEIZE, tid, 0, options);
                if (Kernel.failed(r)) {
                    if (tid == pid) {
                        listener.notice("attach: ptrace(PTRACE_SEIZE, " + pid + "): " + Errno.message((int) -r));
                    }
                    continue;
                }
                Ptrace.ptrace(Ptrace.INTERRUPT, tid, 0, 0);
                debug("seized pid " + tid + " (options 0x" + Integer.toHexString(options) + ") and interrupted it");
                Tracee t = add(tid);
                t.tgid = config.follow ? pid : tgidOf(tid);
                t.attachPending = true;
                attachedEvent(t, false);
            }
        }
    }

    /**
     * -D: traces this JVM's parent-side process PID, which waits (in execwait, see Daemonizer) until
     * {@code syncFd} is written, then execs the command; as for a launched command, nothing is shown
     * before that exec. The processes {@code attach} (-p) are traced too.
     */
    public void attachLaunched(int pid, int syncFd, List<Integer> attach) {
        makeWakeable();
        long r = Ptrace.ptrace(Ptrace.SEIZE, pid, 0, options);
        if (Kernel.failed(r)) {
            Kernel.syscall(Sys.CLOSE, syncFd); // the command then runs untraced
            throw new PtraceRefused((int) -r);
        }
        Ptrace.ptrace(Ptrace.INTERRUPT, pid, 0, 0);
        mainPid = pid;
        Tracee t = add(pid);
        t.attachPending = true;
        t.hidden = true;
        attachedEvent(t, false);
        this.syncFd = syncFd;
        seize(attach);
        loop();
        finish();
    }

    /** -D: written (and closed) once the command's process is seized and running under PTRACE_SYSCALL. */
    private int syncFd = -1;

    /**
     * Lets another thread or a signal handler interrupt this (the tracer) thread's wait4: WAKE_SIGNAL
     * sent to {@link #tracerTid} makes it fail with EINTR. Nothing is ever sent to tracees.
     */
    private void makeWakeable() {
        Kernel.installWakeSignal(WAKE_SIGNAL);
        tracerTid = (int) Kernel.syscall(GETTID, 0);
    }

    private static List<Integer> threads(int pid) {
        List<Integer> out = new ArrayList<>();
        out.add(pid);
        try (var s = Files.list(Path.of(jstrace.decode.PidNamespaces.procDir(pid), "task"))) {
            s.map(p -> Integer.parseInt(p.getFileName().toString())).sorted().filter(t -> t != pid).forEach(out::add);
        } catch (IOException | NumberFormatException e) {
            // not a process we can see: the attach itself reports it
        }
        return out;
    }

    /** The thread group of a thread we attach to without -f (/proc/TID/status). */
    private static int tgidOf(int tid) {
        try {
            for (String line : Files.readAllLines(Path.of(jstrace.decode.PidNamespaces.procDir(tid), "status"))) {
                if (line.startsWith("Tgid:")) return Integer.parseInt(line.substring(5).trim());
            }
        } catch (IOException | NumberFormatException e) {
            // gone: its own group
        }
        return tid;
    }

    private long now() {
        return stopMono = System.nanoTime();
    }

    private void attachedEvent(Tracee t, boolean followed) {
        long mono = now();
        listener.attached(new TraceEvent.Attached(t.pid, t.tgid, wallOffset + mono, mono, followed));
    }

    /** The id of the traced call the tracee is in (0: none). */
    private static long pendingCall(Tracee t) {
        return t.inSyscall && t.traced ? t.call.id : t.endedCall;
    }

    /**
     * The tracee will not return from the traced call it is in: sinks end it ("= ?"). Returns the id of
     * that call, or of the one its exit stop ended before (0: none), for the event that ends the tracee.
     */
    private long endPending(Tracee t) {
        if (t.inSyscall && t.traced) {
            t.inSyscall = false;
            t.endedCall = t.call.id;
            t.call.exitMonoNanos = stopMono;
            listener.syscallUnfinished(t.call);
        }
        return t.endedCall;
    }

    private void detachedEvent(Tracee t) {
        listener.detached(new TraceEvent.Detached(t.pid, t.tgid, wallOffset + stopMono, stopMono, pendingCall(t)));
    }

    private Tracee add(int pid) {
        Tracee t = new Tracee(pid, decoding, scratch);
        t.warnings(notices);
        if (decoding.decodePids) t.comm(); // while the process can still be read
        tracees.put(pid, t);
        return t;
    }

    private void loop() {
        while (!tracees.isEmpty()) {
            if (interruptedBy == 0 && config.interruptRequest != null) interruptedBy = config.interruptRequest.getAsInt();
            if (interruptedBy != 0 || limitReached) {
                if (limitReached) listener.notice("System call limit has been reached, detaching tracees");
                detachAll();
                return;
            }
            if (!held.isEmpty()) releaseDue();
            listener.beforeWait();
            long r = Kernel.syscall(Sys.WAIT4, -1, status.address, WAIT_LOOP, rusage.address);
            stopMono = System.nanoTime();
            if (r == -Errno.EINTR) continue;
            if (Kernel.failed(r)) break; // ECHILD: nothing left
            int pid = (int) r;
            int st = status.getInt(0);
            if (config.debug != null) debugWait(pid, st);
            if (interruptedBy != 0 && Wait.stopped(st) && tracees.containsKey(pid)) {
                // stopped just as the detach was asked for: let it go on as it would have
                int sig = Wait.stopSig(st);
                boolean pass = Wait.event(st) == 0 && sig != (Signals.SIGTRAP | 0x80)
                        && !Kernel.failed(Ptrace.ptrace(Ptrace.GETSIGINFO, pid, 0, siginfo.address));
                Ptrace.ptrace(Ptrace.DETACH, pid, 0, pass ? sig : 0);
                Tracee gone = tracees.remove(pid);
                detachedEvent(gone);
                gone(gone);
                continue;
            }
            Tracee t = tracees.get(pid);
            if (t == null) {
                if (pid == mainPid && !Wait.stopped(st)) mainReaped = true; // detached by -b execve
                if (!Wait.stopped(st)) {
                    // a child of ours we never traced: one made with clone(CLONE_PARENT) by an
                    // unfollowed tracee, or inherited (strace says so too)
                    if (pid != mainPid) listener.quietableNotice(Qualifiers.QUIET_EXIT, "Exit of unknown pid " + pid + " ignored");
                    continue;
                }
                if (!config.follow) {
                    // a child a tracee made ours with clone(CLONE_PTRACE) while we do not follow
                    // forks: let it run untraced, as strace does (it would stay stopped forever)
                    Ptrace.ptrace(Ptrace.DETACH, pid, 0, 0);
                    listener.quietableNotice(Qualifiers.QUIET_ATTACH, "Detached unknown pid " + pid);
                    continue;
                }
                // a new child whose first stop came before its parent's fork event
                t = add(pid);
                t.startupStop = true;
            }
            // the exit line still counts this tracee among the live ones ("[pid N] +++ exited")
            if (Wait.exited(st)) {
                long pending = endPending(t);
                listener.exited(new TraceEvent.Exited(t.pid, t.tgid, wallOffset + stopMono, stopMono, Wait.exitCode(st), pending));
                tracees.remove(pid);
                gone(t);
                if (pid == mainPid) mainStatus = Wait.exitCode(st);
            } else if (Wait.signaled(st)) {
                long pending = endPending(t);
                int sig = Wait.termSig(st);
                listener.killed(new TraceEvent.Killed(t.pid, t.tgid, wallOffset + stopMono, stopMono, sig, Signals.name(sig),
                        Wait.coreDumped(st), pending));
                tracees.remove(pid);
                gone(t);
                if (pid == mainPid) {
                    mainStatus = -Wait.termSig(st);
                    mainCore = Wait.coreDumped(st);
                }
            } else if (Wait.stopped(st)) {
                t.lastStime = rusage.getLong(16) * 1_000_000_000L + rusage.getLong(24) * 1000L;
                stopped(t, st);
            }
        }
    }

    private void debug(String line) {
        if (config.debug != null) config.debug.accept(line);
    }

    /** -d: one wait4 result, as the status macros of sys/wait.h read it. */
    private void debugWait(int pid, int st) {
        String what;
        if (Wait.exited(st)) what = "exited with " + Wait.exitCode(st);
        else if (Wait.signaled(st)) what = "killed by " + Signals.name(Wait.termSig(st)) + (Wait.coreDumped(st) ? " (core dumped)" : "");
        else if (Wait.stopped(st)) {
            int sig = Wait.stopSig(st);
            what = "stopped by " + (sig == (Signals.SIGTRAP | 0x80) ? "SIGTRAP|0x80 (syscall stop)" : Signals.name(sig))
                    + (Wait.event(st) != 0 ? ", ptrace event " + Wait.event(st) : "");
        } else what = "status 0x" + Integer.toHexString(st);
        debug("wait4() = " + pid + " (status 0x" + Integer.toHexString(st) + "): " + what
                + (tracees.containsKey(pid) ? "" : ", not a known tracee"));
    }

    private void detachAll() {
        held.clear();
        if (waker != null) waker.wakeAt = Long.MAX_VALUE;
        Tracee main = tracees.get(mainPid);
        if (interruptedBy != 0 && main != null && !mainDetached) {
            // as strace's cleanup: the command it started gets the signal that ended the trace
            Kernel.syscall(Sys.KILL, mainPid, SIGCONT);
            Kernel.syscall(Sys.KILL, mainPid, interruptedBy);
        }
        for (Tracee t : new ArrayList<>(tracees.values())) {
            detach(t);
            tracees.remove(t.pid);
            detachedEvent(t);
            gone(t);
        }
        finish();
    }

    /**
     * Lets a tracee go. It must be in a ptrace stop for PTRACE_DETACH: PTRACE_INTERRUPT stops a running
     * one, and the first stop that arrives is passed on as it would have been without us (a signal
     * about to be delivered is delivered on detach, never dropped). A tracee that dies meanwhile is reaped.
     */
    private void detach(Tracee t) {
        debug("detaching pid " + t.pid);
        if (t.parked) {
            // in a stop already taken (held for a delay, or where the limit was reached)
            Ptrace.ptrace(Ptrace.DETACH, t.pid, 0, 0);
            return;
        }
        Ptrace.ptrace(Ptrace.INTERRUPT, t.pid, 0, 0);
        while (true) {
            long r = Kernel.syscall(Sys.WAIT4, t.pid, status.address, WAIT_ALL, 0);
            if (r == -Errno.EINTR) continue;
            if (r != t.pid) return; // gone
            int st = status.getInt(0);
            if (!Wait.stopped(st)) {
                if (t.pid == mainPid) {
                    mainStatus = Wait.exited(st) ? Wait.exitCode(st) : -Wait.termSig(st);
                    mainCore = Wait.signaled(st) && Wait.coreDumped(st);
                }
                return;
            }
            int sig = Wait.stopSig(st);
            boolean signalStop = Wait.event(st) == 0 && sig != (Signals.SIGTRAP | 0x80)
                    && !Kernel.failed(Ptrace.ptrace(Ptrace.GETSIGINFO, t.pid, 0, siginfo.address));
            if (signalStop && t.startupStop && sig == Signals.SIGSTOP) signalStop = false;
            Ptrace.ptrace(Ptrace.DETACH, t.pid, 0, signalStop ? sig : 0);
            return;
        }
    }

    /**
     * How to restart a tracee: PTRACE_SYSCALL, or with seccomp PTRACE_CONT, except inside a traced
     * call, whose exit stop is wanted (PTRACE_SYSCALL then, as strace does).
     */
    private int next(Tracee t) {
        return t.inSyscall ? Ptrace.SYSCALL : resume;
    }

    private void stopped(Tracee t, int st) {
        int sig = Wait.stopSig(st);
        int event = Wait.event(st);
        if (sig == (Signals.SIGTRAP | 0x80)) {
            syscallStop(t);
            if (limitReached) {
                t.parked = true; // stays stopped: detached next
                return;
            }
            // with seccomp, the exit stop of a traced call was asked for; after it, run freely again
            resumeFromSyscallStop(t);
        } else if (event == Ptrace.EVENT_SECCOMP) {
            syscallStop(t);
            resumeFromSyscallStop(t);
        } else if (event == Ptrace.EVENT_FORK || event == Ptrace.EVENT_VFORK || event == Ptrace.EVENT_CLONE) {
            Ptrace.ptrace(Ptrace.GETEVENTMSG, t.pid, 0, eventMsg.address);
            int child = (int) eventMsg.getLong(0);
            Tracee c = tracees.get(child);
            if (c == null) {
                c = add(child);
                c.startupStop = true;
            }
            taskCreated(t, c, event);
            Ptrace.resume(next(t), t.pid, 0);
        } else if (event == Ptrace.EVENT_STOP) {
            t.attachPending = false;
            if (t.startupStop) {
                // a followed child's first stop: strace says "Process N attached" here
                t.startupStop = false;
                attachedEvent(t, true);
            }
            if (stopSignal(sig) && !t.hidden) {
                // a group-stop: stay stopped as without a tracer, until SIGCONT (PTRACE_LISTEN)
                listener.groupStopped(new TraceEvent.GroupStop(t.pid, t.tgid, wallOffset + stopMono, stopMono, sig));
                if (config.unwinder != null && (config.filter == null || config.filter.printsSignal(sig))) stack(t, walk(t, false));
                Ptrace.ptrace(Ptrace.LISTEN, t.pid, 0, 0);
            } else {
                // PTRACE_INTERRUPT after attach, a new child's first stop, or the launch's own stop
                Ptrace.resume(next(t), t.pid, 0);
                if (syncFd >= 0 && t.pid == mainPid) {
                    NativeBuffer one = new NativeBuffer(8);
                    Kernel.syscall(Sys.WRITE, syncFd, one.address, 1);
                    one.free();
                    Kernel.syscall(Sys.CLOSE, syncFd);
                    syncFd = -1;
                }
            }
        } else if (event == Ptrace.EVENT_EXEC) {
            if (execByOtherThread(t) != null) {
                // the exec'ing thread now runs as this pid: go on with it (its execve exit stop is next)
                Ptrace.resume(next(tracees.get(t.pid)), t.pid, 0);
            } else if (config.detachOnExecve && !(t.pid == mainPid && !t.seenExec)) {
                // -b execve: let it go at its exec; its execve line stays unfinished (" <detached ...>")
                Ptrace.ptrace(Ptrace.DETACH, t.pid, 0, 0);
                tracees.remove(t.pid);
                if (t.pid == mainPid) mainDetached = true;
                detachedEvent(t);
                gone(t);
            } else {
                execEvent(t, t.pid);
                Ptrace.resume(next(t), t.pid, 0);
            }
        } else if (event == Ptrace.EVENT_EXIT) {
            endPending(t);
            Ptrace.resume(next(t), t.pid, 0);
        } else if (event != 0) {
            Ptrace.resume(next(t), t.pid, 0);
        } else if (t.startupStop && sig == Signals.SIGSTOP) {
            // the SIGSTOP every auto-attached child starts with: not the program's signal
            t.startupStop = false;
            attachedEvent(t, true);
            Ptrace.resume(next(t), t.pid, 0);
        } else {
            long r = Ptrace.ptrace(Ptrace.GETSIGINFO, t.pid, 0, siginfo.address);
            if (Kernel.failed(r)) {
                // group-stop: resume without a signal
                Ptrace.resume(next(t), t.pid, 0);
                return;
            }
            if (!t.hidden) {
                signalEvent(t, sig);
                if (config.unwinder != null && (config.filter == null || config.filter.printsSignal(sig))) stack(t, walk(t, false));
            }
            Ptrace.resume(next(t), t.pid, sig);
        }
    }

    /**
     * A thread other than the leader exec'd: the kernel gave it the leader's pid and the leader is
     * gone. Moves the thread's state to the leader's pid ("+++ superseded by execve in pid TID +++")
     * and returns it; null for an ordinary exec.
     */
    private Tracee execByOtherThread(Tracee leader) {
        Ptrace.ptrace(Ptrace.GETEVENTMSG, leader.pid, 0, eventMsg.address);
        int formerTid = (int) eventMsg.getLong(0);
        if (formerTid <= 0 || formerTid == leader.pid) return null;
        Tracee thread = tracees.get(formerTid);
        if (thread == null) return null;
        long pending = endPending(leader);
        listener.vanished(new TraceEvent.Vanished(leader.pid, leader.tgid, wallOffset + stopMono, stopMono, pending));
        gone(leader);
        if (config.unwinder != null) config.unwinder.gone(formerTid);
        tracees.remove(formerTid);
        int pid = leader.pid;
        tracees.put(pid, thread);
        thread.renumber(pid);
        thread.tgid = pid;
        if (pid == mainPid) thread.hidden = leader.hidden;
        execEvent(thread, formerTid);
        return thread;
    }

    private void execEvent(Tracee t, int formerTid) {
        t.forgetComm();
        if (config.unwinder != null) {
            // a new program: new mappings, and libunwind's cached ELF image of this thread is stale
            config.unwinder.mappingsChanged();
            config.unwinder.execed(t.pid);
        }
        String comm = jstrace.decode.Print.commName(t.pid);
        listener.execed(new TraceEvent.Exec(t.pid, t.tgid, wallOffset + stopMono, stopMono, formerTid, comm == null ? "" : comm));
    }

    private static final int CLONE = 56, CLONE3 = 435, CLONE_VFORK = 0x4000, CLONE_THREAD = 0x10000;
    /** struct user_regs_struct's rdi. */
    private static final long USER_RDI = 14 * 8;

    /** A register of a stopped tracee (the raw PTRACE_PEEKUSER stores the word at its data pointer). */
    private long register(Tracee t, long offset) {
        if (Kernel.failed(Ptrace.ptrace(Ptrace.PEEKUSER, t.pid, offset, eventMsg.address))) return -1;
        return eventMsg.getLong(0);
    }

    /**
     * A fork/vfork/clone event of {@code parent}: what kind of task {@code child} is, from the call
     * that made it (read from the registers: with seccomp that call may not have stopped at entry).
     */
    private void taskCreated(Tracee parent, Tracee child, int event) {
        // the call that made it: known from its entry stop, else (seccomp) read from the registers
        boolean seen = parent.inSyscall && parent.call.nr >= 0;
        int nr = seen ? parent.call.nr : (int) register(parent, Ptrace.USER_ORIG_RAX);
        long flags = 0;
        if (nr == CLONE || nr == CLONE3) {
            long rdi = seen ? parent.call.raw[0] : register(parent, USER_RDI);
            flags = nr == CLONE ? rdi : parent.memory.readLong(rdi, 0);
        }
        TraceEvent.TaskKind kind = (flags & CLONE_THREAD) != 0 ? TraceEvent.TaskKind.THREAD
                : event == Ptrace.EVENT_VFORK || (flags & CLONE_VFORK) != 0 ? TraceEvent.TaskKind.VFORK
                : TraceEvent.TaskKind.PROCESS;
        child.tgid = kind == TraceEvent.TaskKind.THREAD ? parent.tgid : child.pid;
        listener.taskCreated(new TraceEvent.TaskCreated(parent.pid, parent.tgid, wallOffset + stopMono, stopMono,
                child.pid, child.tgid, kind, jstrace.decode.Print.syscallName(nr)));
    }

    /** A signal-delivery-stop: the event with the siginfo the kernel gave (in {@link #siginfo}). */
    private void signalEvent(Tracee t, int sig) {
        byte[] raw = new byte[128];
        MEM.getByteArray(siginfo.address, raw, 0, 128);
        int code = siginfo.getInt(8);
        boolean fromProcess = code <= 0 || sig == Signals.SIGCHLD;
        listener.signalDelivered(new TraceEvent.SignalDelivered(t.pid, t.tgid, wallOffset + stopMono, stopMono, sig,
                Signals.name(sig), code, siginfo.getInt(4), fromProcess ? siginfo.getInt(16) : 0,
                fromProcess ? siginfo.getInt(20) : 0, raw));
    }

    /** Resumes a tracee after a syscall stop, with an injected signal, or holds it back for a delay. */
    private void resumeFromSyscallStop(Tracee t) {
        int sig = t.resumeSignal;
        long hold = t.holdNs;
        t.resumeSignal = 0;
        t.holdNs = -1;
        if (hold > 0) {
            held.add(new Held(System.nanoTime() + hold, t, sig));
            t.parked = true;
            armWaker();
            return;
        }
        Ptrace.resume(next(t), t.pid, sig);
    }

    /** A tracee held stopped by delay_enter= / delay_exit= until {@code due} (System.nanoTime()). */
    private record Held(long due, Tracee t, int sig) implements Comparable<Held> {
        @Override
        public int compareTo(Held o) {
            return Long.compare(due, o.due);
        }
    }

    /** The held tracees, the first due first (not a comparator lambda: see jstrace.Main.MESSAGES). */
    private final java.util.PriorityQueue<Held> held = new java.util.PriorityQueue<>();
    private Waker waker;

    /** Resumes the held tracees whose delay is over; re-arms the waker for the next one. */
    private void releaseDue() {
        long now = System.nanoTime();
        while (!held.isEmpty() && held.peek().due - now <= 0) {
            Held h = held.poll();
            h.t.parked = false;
            if (tracees.get(h.t.pid) == h.t) Ptrace.resume(next(h.t), h.t.pid, h.sig);
        }
        armWaker();
    }

    private void armWaker() {
        if (waker == null) {
            waker = new Waker();
            waker.start();
        }
        waker.wakeAt = held.isEmpty() ? Long.MAX_VALUE : held.peek().due;
        java.util.concurrent.locks.LockSupport.unpark(waker);
    }

    private boolean hasDelays() {
        if (config.inject == null) return false;
        for (Injection in : config.inject) {
            if (in != null && (in.delayEnterNs > 0 || in.delayExitNs > 0)) return true;
        }
        return false;
    }

    /**
     * Wakes the tracer thread out of its wait4 (with the wake signal) when a held tracee is due. It
     * only signals; every ptrace request stays on the tracer thread. Until the tracer has taken the
     * due tracees (and moved wakeAt on), it repeats the signal each millisecond, so a signal that
     * arrives just before wait4 starts cannot leave a tracee held for good.
     */
    private final class Waker extends Thread {
        volatile long wakeAt = Long.MAX_VALUE;

        Waker() {
            super("jstrace-delay-waker");
            setDaemon(true);
        }

        @Override
        public void run() {
            int pid = (int) Kernel.syscall(Sys.GETPID, 0);
            while (true) {
                long w = wakeAt;
                if (w == Long.MAX_VALUE) {
                    java.util.concurrent.locks.LockSupport.park(this);
                    continue;
                }
                long left = w - System.nanoTime();
                if (left > 0) {
                    java.util.concurrent.locks.LockSupport.parkNanos(this, left);
                } else {
                    if (tracerTid != 0) Kernel.syscall(TGKILL, pid, tracerTid, WAKE_SIGNAL);
                    java.util.concurrent.locks.LockSupport.parkNanos(this, 1_000_000L);
                }
            }
        }
    }

    /**
     * strace's tamper_with_syscall_entering: counts the call, and when its injection fires, replaces
     * the syscall number (orig_rax) with -1 (the kernel skips the call) or syscall='s number, and
     * notes the signal and delays to apply.
     */
    private void tamperEntering(Tracee t, Call c, int nr) {
        Injection in = config.inject[nr];
        if (t.injectCounters == null) t.injectCounters = Injection.counters(config.inject);
        if (!in.fires(t.injectCounters, nr)) return;
        if (in.signal != 0) t.resumeSignal = in.signal;
        if (in.tampersResult()) {
            long r = Ptrace.ptrace(Ptrace.POKEUSER, t.pid, Ptrace.USER_ORIG_RAX, in.syscall >= 0 ? in.syscall : -1L);
            if (!Kernel.failed(r)) {
                t.tamper = in;
                c.injected = true;
            }
        }
        if (in.pokesAtEntry) poke(t, c, in, true);
        if (in.pokesAtExit) t.pokeAtExit = in;
        if (in.delayEnterNs >= 0) {
            t.holdNs = in.delayEnterNs;
            c.delayed = true;
        }
        if (in.delayExitNs >= 0) t.holdAtExitNs = in.delayExitNs;
    }

    /**
     * strace's poke_tcb: writes the injection's poke_enter= (or poke_exit=) data at the addresses in the
     * call's arguments; the call is noted "(INJECTED: args)" when any was written.
     */
    private void poke(Tracee t, Call c, Injection in, boolean atEntry) {
        int nargs = SyscallTable.NARGS[c.tableNr()];
        for (Injection.Poke p : in.pokes) {
            if (p.atEntry() != atEntry) continue;
            // strace names its function in these messages
            if (p.arg() > nargs) {
                listener.notice("poke_tcb: Failed to tamper with process " + t.pid + ": requested to tamper with argument #"
                        + p.arg() + ", but system call '" + c.name() + "' has only " + nargs + " arguments");
                continue;
            }
            if (t.poke(c.raw[p.arg() - 1], p.data(), notices) == 0) {
                listener.notice("poke_tcb: Failed to tamper with process " + t.pid + ": couldn't poke");
            } else {
                c.poked = true;
            }
        }
    }

    /** strace's tamper_with_syscall_exiting: poke_exit=, then the injected error or return value goes into rax. */
    private void tamperExiting(Tracee t, Call c) {
        if (t.pokeAtExit != null) poke(t, c, t.pokeAtExit, false);
        t.pokeAtExit = null;
        Injection in = t.tamper;
        t.tamper = null;
        boolean noFail = in != null && in.syscall >= 0;
        if (in != null && c.failed == noFail) {
            // the kernel did not skip (or run) the call as asked: say so and leave its result alone
            long rv = c.failed ? -1 : c.rval;
            listener.notice("Failed to tamper with process " + t.pid + ": unexpectedly got " + (noFail ? "" : "no ")
                    + "error (return value " + (rv == 0 ? "0" : "0x" + Long.toHexString(rv)) + ", error "
                    + (c.failed ? -c.rval : 0) + ")");
        } else if (in != null) {
            long v = in.hasRetval ? in.retval : -in.error;
            Ptrace.ptrace(Ptrace.POKEUSER, t.pid, Ptrace.USER_RAX, v);
            c.rval = v;
            c.failed = !in.hasRetval;
        }
        if (t.holdAtExitNs >= 0) {
            t.holdNs = t.holdAtExitNs;
            t.holdAtExitNs = -1;
            c.delayed = true;
        }
    }

    /** PTRACE_GET_SYSCALL_INFO's arch of an i386 call (linux/audit.h: EM_386 | __AUDIT_ARCH_LE). */
    private static final int AUDIT_ARCH_I386 = 0x40000003;

    /** strace's update_personality: the tracee's stops are now of personality {@code p}; a change is reported. */
    private void personality(Tracee t, int p) {
        if (p == t.personality) return;
        t.personality = p;
        listener.personalityChanged(new TraceEvent.Personality(t.pid, t.tgid, wallOffset + stopMono, stopMono,
                p == Call.I386 ? 32 : 64));
    }

    private void syscallStop(Tracee t) {
        long r = Ptrace.ptrace(Ptrace.GET_SYSCALL_INFO, t.pid, info.size, info.address);
        if (Kernel.failed(r)) return;
        int op = info.getByte(0);
        Call c = t.call;
        if (op != Ptrace.INFO_NONE) personality(t, info.getInt(4) == AUDIT_ARCH_I386 ? Call.I386 : Call.X86_64);
        if (op == Ptrace.INFO_ENTRY || op == Ptrace.INFO_SECCOMP) {
            int nr = (int) info.getLong(24);
            t.prevNr = c.nr >= 0 && c.personality == Call.X86_64 ? c.nr : t.prevNr;
            c.reset(nr);
            c.personality = t.personality;
            for (int i = 0; i < 6; i++) c.raw[i] = info.getLong(32 + 8 * i);
            c.ip = info.getLong(8);
            c.sp = info.getLong(16);
            entered(t, nr);
        } else if (op == Ptrace.INFO_EXIT && t.inSyscall) {
            exited(t, info.getLong(24), info.getByte(32) != 0);
        }
    }

    /** A syscall-entry stop of call {@code nr}, whose registers are in {@code t.call} (reset, personality, raw, ip, sp). */
    void entered(Tracee t, int nr) {
        if (config.warmup != null && ++enteredCalls == WARMUP_AFTER_CALLS) Warmup.start(config.warmup);
        Call c = t.call;
        System.arraycopy(c.raw, 0, c.args, 0, 6);
        if (c.personality == Call.I386) {
            // the kernel's i386 entry reads 32-bit registers: cut them as its namesake's types say
            // (an int sign-extended), the rest (pointers, sizes) as unsigned 32-bit values
            for (int i = 0; i < 6; i++) c.args[i] = c.raw[i] &= 0xffffffffL;
            if (c.tableNr() >= 0) SyscallTable.cut(c.tableNr(), c.args);
        } else {
            SyscallTable.cut(nr, c.args);
        }
        nr = c.tableNr(); // from here on the x86_64 number that describes the call (-1: none)
        t.inSyscall = true;
        boolean wasHidden = t.hidden;
        t.tamper = null;
        t.pokeAtExit = null;
        t.holdAtExitNs = -1;
        if (t.hidden && (nr == EXECVE || nr == EXECVEAT)) t.hidden = false;
        c.pid = t.pid;
        c.tgid = t.tgid;
        t.traced = !t.hidden && (config.filter == null || config.filter.traces(c));
        // with seccomp only traced calls (and exec) stop; an untraced exec needs no exit stop
        // (nor does a call that changes mappings, unless -k must learn that the cached maps are stale)
        if (config.seccomp && !t.traced && !t.hidden && nr != EXECVE && nr != EXECVEAT
                && !(config.unwinder != null && changesMappings(nr))) {
            t.inSyscall = false;
        }
        // as strace: only printed calls are tampered with, never the launch's own before its exec
        if (config.inject != null && t.traced && !wasHidden && nr >= 0 && nr < config.inject.length
                && config.inject[nr] != null) {
            tamperEntering(t, c, nr);
        }
        if (t.traced) {
            c.id = nextCallId++;
            c.entryMonoNanos = stopMono;
            c.entryWallNanos = wallOffset + stopMono;
            c.entryStime = t.lastStime;
            // strace 6.1 takes these calls' stacks at entry, printed at their exit (or after the exit
            // of their process), but not the launched command's first exec's
            t.capturedStack = null;
            if (config.unwinder != null && !wasHidden && (nr == EXECVE || nr == EXECVEAT || nr == EXIT || nr == EXIT_GROUP)) {
                t.capturedStack = walk(t, true);
            }
            c.decoded = config.decode ? decode(t, nr, c) : Call.DONE;
            c.entryLength = c.out.length();
            listener.syscallEntered(c);
            // after decoding and printing: -T and -w measure the call, not the tracer
            c.startMonoNanos = System.nanoTime();
        }
    }

    /** The syscall-exit stop of the call {@code t} is in. */
    void exited(Tracee t, long rval, boolean failed) {
        Call c = t.call;
        t.inSyscall = false;
        c.exitMonoNanos = stopMono;
        c.exitStime = t.lastStime;
        c.exiting = true;
        c.rval = rval;
        c.failed = failed;
        if (t.tamper != null || t.pokeAtExit != null || t.holdAtExitNs >= 0) tamperExiting(t, c);
        if (config.unwinder != null && changesMappings(c.tableNr())) config.unwinder.mappingsChanged();
        if (t.traced) {
            if ((c.decoded & Call.DONE) == 0) c.decoded |= decode(t, c.tableNr(), c);
            if (config.decode) {
                try {
                    jstrace.decode.Results.details(c);
                } catch (RuntimeException e) {
                    c.retDetails.setLength(0); // the result without its -y/-Y details
                }
            }
            listener.syscallExited(c);
            if (config.unwinder != null) {
                // after the call's line, when it is printed: the stack taken at entry, or the one now
                if (config.filter == null || config.filter.printsExit(c)) {
                    stack(t, t.capturedStack != null ? t.capturedStack : walk(t, false));
                }
                t.capturedStack = null;
            }
            if (config.syscallLimit > 0 && (config.countedStatus & (c.failed ? 2 : 1)) != 0
                    && ++printedCalls >= config.syscallLimit) {
                limitReached = true;
            }
        }
        int nr = c.tableNr();
        if ((nr == EXECVE || nr == EXECVEAT) && c.failed && t.pid == mainPid && !t.seenExec) {
            // as strace: the first exec failing ends the launch; hide the child's exit_group
            t.hidden = true;
            listener.notice("exec: " + Errno.message((int) -c.rval));
        } else if (nr == EXECVE || nr == EXECVEAT) {
            t.seenExec |= !c.failed;
            if (!c.failed) t.forgetComm();
        }
    }

    /** -k: the stack of stopped tracee {@code t} (see {@link jstrace.stack.Unwinder#walk}). */
    private List<String> walk(Tracee t, boolean queued) {
        return config.unwinder.walk(t.pid, t.tgid, queued);
    }

    private void stack(Tracee t, List<String> frames) {
        if (!frames.isEmpty()) listener.stackTrace(new TraceEvent.StackTrace(t.pid, t.tgid, wallOffset + stopMono, stopMono, frames));
    }

    /**
     * A tracee is gone (exited, killed, detached): the stack its exit or exit_group took at entry is
     * printed after its last line, as strace prints it when it drops the tracee; its unwinding state goes.
     */
    private void gone(Tracee t) {
        // the guard: the concatenation (and at its first use the StringConcatFactory bootstrap) only with -d
        if (config.debug != null) debug("pid " + t.pid + " is no longer traced (" + (tracees.size()) + " left)");
        if (config.unwinder == null) return;
        if (t.capturedStack != null) stack(t, t.capturedStack); // as strace, whether or not -e status= showed the call
        t.capturedStack = null;
        config.unwinder.gone(t.pid);
    }

    private static final int RESTART_SYSCALL = 219;

    /** The call's decoder, which must not throw: if it does, the call is printed raw (see Generic.guarded). */
    private static int decode(Tracee t, int nr, Call c) {
        return jstrace.decode.Generic.guarded(c, nr >= 0 && nr <= SyscallTable.MAX ? SyscallTable.NARGS[nr] : 6, DECODER);
    }

    /** A class, not a lambda: no method handles spun at start-up. */
    private static final class Decoder implements jstrace.decode.Generic.Decoder {
        @Override
        public int decode(Call c) {
            return decoder(c.tracee, c.tableNr(), c);
        }
    }

    private static final Decoder DECODER = new Decoder();

    /** {@code nr}: the call's number in the x86_64 tables (Call.tableNr). */
    private static int decoder(Tracee t, int nr, Call c) {
        if (c.personality == Call.I386 && nr < 0) return jstrace.decode.Generic.i386(c);
        if (nr >= 0 && nr <= SyscallTable.MAX && t.decoding.raw(nr)) return jstrace.decode.Generic.raw(c, SyscallTable.NARGS[nr]);
        if (nr == RESTART_SYSCALL) {
            // strace names the call being resumed: the tracee's previous one (read, number 0, if none)
            c.out.append("<... resuming interrupted ").append(jstrace.decode.Print.syscallName(t.prevNr)).append(" ...>");
            return Call.DONE;
        }
        if (nr < 0 || nr > SyscallTable.MAX) return jstrace.decode.Generic.unknown(c);
        return SyscallTable.decode(nr, c);
    }

    private boolean finished;

    /** The end of the trace, told to the listener once however the trace ended (detach, limit, exit). */
    private void finish() {
        if (finished) return;
        finished = true;
        listener.finish();
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
