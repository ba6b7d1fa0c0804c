package jstrace.tracer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import jstrace.decode.Call;
import jstrace.decode.Decoding;
import jstrace.decode.Memory;

/** One traced thread or process and where it stands. */
public final class Tracee {
    /** The tid; changes when a non-leader thread execs and takes over the leader's pid. */
    public int pid;
    public final Decoding decoding;
    public final Memory memory;
    public final Call call;
    /** Between a syscall-entry stop and its exit stop. */
    public boolean inSyscall;
    /** The id of the traced call ended without its exit stop ("= ?"), for the event that ends the tracee (0: none). */
    public long endedCall;
    /** Whether the current call is being printed (not filtered out). */
    public boolean traced;
    /** Output hidden until the first execve succeeds (the spawn stub's own calls are not the user's). */
    public boolean hidden;
    /** Whether an execve of this tracee has succeeded. */
    public boolean seenExec;
    /** The thread group (the process's pid). */
    public int tgid;
    /** The tracee's system CPU time (ns, from wait4's rusage) at its last stop, for -c. */
    public long lastStime;
    /** The previous call's number: restart_syscall names it. strace starts from 0 (read). */
    public int prevNr;
    /** The personality of its last syscall stop (Call.X86_64, Call.I386); strace notes each change. */
    int personality;
    /** A new child whose initial SIGSTOP is still to come (and must not be delivered). */
    public boolean startupStop;
    /** In a ptrace stop the tracer has taken and not resumed (a delay, the syscall limit). */
    boolean parked;
    /** Seized with -p and not yet through its PTRACE_INTERRUPT stop. */
    public boolean attachPending;
    /** -e inject=: this tracee's FIRST and LAST counters per syscall (2 ints each), made at its first injectable call. */
    int[] injectCounters;
    /** The injection whose result is applied at this call's exit (null: none). */
    jstrace.filter.Injection tamper;
    /** The injection whose poke_exit= is written at this call's exit (null: none). */
    jstrace.filter.Injection pokeAtExit;
    /** Signal to deliver when the tracee is resumed from this stop (0: none). */
    int resumeSignal;
    /** Nanoseconds to hold the tracee before resuming it from this stop (-1: none), and at the call's exit. */
    long holdNs = -1, holdAtExitNs = -1;

    /** -k: the stack taken at the entry of an execve or exit (printed after its exit, or its process's), or null. */
    java.util.List<String> capturedStack;

    /** The command name for -Y prefixes, kept from when the process was alive; null: to be read. */
    private String comm;

    /** The tracee's command name ("" when unknown), read once and again after each exec. */
    public String comm() {
        if (comm == null) {
            String name = jstrace.decode.Print.commName(pid);
            comm = name != null ? name : "";
        }
        return comm;
    }

    /** After a successful exec the command name changes. */
    public void forgetComm() {
        comm = null;
    }

    /** A non-leader thread exec'd: it now runs as the leader's pid. */
    void renumber(int newPid) {
        pid = newPid;
        if (memory instanceof TraceeMemory m) m.pid = newPid;
    }

    private final jstrace.nativ.Scratch scratch;

    public Tracee(int pid, Decoding decoding, jstrace.nativ.Scratch scratch) {
        this(pid, decoding, scratch, new TraceeMemory(pid, scratch));
    }

    /** A tracee whose memory is read through {@code memory} (tests feed decoders memory of their own). */
    public Tracee(int pid, Decoding decoding, jstrace.nativ.Scratch scratch, Memory memory) {
        this.pid = pid;
        this.tgid = pid;
        this.decoding = decoding;
        this.scratch = scratch;
        this.memory = memory;
        this.call = new Call(this);
    }

    /** Where reading this tracee's memory reports what strace warns of (a string cut by an unreadable page). */
    void warnings(java.util.function.Consumer<String> warn) {
        if (memory instanceof TraceeMemory m) m.warn = warn;
    }

    /** Writes {@code data} at {@code addr} in the tracee's memory; returns the bytes written (see {@link TraceeMemory#write}). */
    int poke(long addr, byte[] data, java.util.function.Consumer<String> warn) {
        return TraceeMemory.write(pid, scratch, addr, data, warn);
    }

    /** The raw bytes of /proc/PID/NAME's link target (a path may not be valid UTF-8), or null. */
    public byte[] linkBytes(String name) {
        return linkBytesOf(pid, name);
    }

    /** The same for another process {@code of} (a pid as this tracee sees it: kcmp's, pidfd_getfd's). */
    public byte[] linkBytesOf(int of, String name) {
        long p = jstrace.nativ.NativeBuffer.cString((jstrace.decode.PidNamespaces.procDir(of) + "/" + name).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        jstrace.nativ.NativeBuffer link = scratch.link;
        long n = jstrace.nativ.Kernel.syscall(jstrace.nativ.Sys.READLINK, p, link.address, link.size);
        jstrace.nativ.Kernel.MEM.freeMemory(p);
        if (jstrace.nativ.Kernel.failed(n)) return null;
        byte[] b = new byte[(int) n];
        jstrace.nativ.Kernel.MEM.getByteArray(link.address, b, 0, b.length);
        return b;
    }

    public byte[] fdPathBytes(int fd) {
        return linkBytes("fd/" + fd);
    }

    /** The path of one of this tracee's fds (for -y), or null. */
    public String fdPath(int fd) {
        return link(jstrace.decode.PidNamespaces.procDir(pid) + "/fd/" + fd);
    }

    public String cwd() {
        return link(jstrace.decode.PidNamespaces.procDir(pid) + "/cwd");
    }

    private static String link(String p) {
        try {
            return Files.readSymbolicLink(Path.of(p)).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }
}
