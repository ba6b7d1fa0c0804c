package jstrace.decode;

import java.nio.ByteBuffer;
import jstrace.table.Xlats;

/** clone/clone3, wait4 with decoded wait statuses, rt_sigreturn's restored mask. */
public final class ProcessDecoders {
    private ProcessDecoders() {}

    static final long CLONE_SETTLS = 0x80000, CLONE_PARENT_SETTID = 0x100000, CLONE_CHILD_CLEARTID = 0x200000,
            CLONE_CHILD_SETTID = 0x1000000, CSIGNAL = 0xff;

    /** x86_64 argument order: flags, child_stack, parent_tid, child_tid, tls. */
    @Decodes("clone")
    public static int clone(Call c) {
        long flags = c.args[0], stack = c.args[1];
        if (!c.exiting) {
            c.namesPrinted();
            c.out.append("child_stack=");
            Print.ptr(c, stack);
            c.out.append(", flags=");
            cloneFlags(c.out, c.opts().xlatStyle, flags);
            return 0;
        }
        if ((flags & (CLONE_PARENT_SETTID | CLONE_PIDFD)) != 0) {
            // the same register: the new thread's id, or (CLONE_PIDFD alone) the pidfd the kernel stored
            c.out.append(", parent_tid=");
            if ((flags & CLONE_PARENT_SETTID) == 0) {
                fdAt(c, c.args[2]);
            } else {
                ByteBuffer b = c.failed ? null : Structs.read(c, c.args[2], 4);
                if (b == null) Print.ptr(c, c.args[2]);
                else c.out.append('[').append(b.getInt(0)).append(']');
            }
        }
        if ((flags & CLONE_SETTLS) != 0) {
            c.out.append(", tls=");
            Print.ptr(c, c.args[4]);
        }
        if ((flags & (CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID)) != 0) {
            c.out.append(", child_tidptr=");
            Print.ptr(c, c.args[3]);
        }
        return Call.RET_PID | Call.PID_TID; // a clone's result is the new thread's id
    }

    /** An int the kernel stored at {@code addr} that is an fd: [fd] (with -y its path), or the address. */
    private static void fdAt(Call c, long addr) {
        ByteBuffer fd = c.failed ? null : Structs.read(c, addr, 4);
        if (fd == null) {
            Print.ptr(c, addr);
            return;
        }
        c.out.append('[');
        Print.fd(c, fd.getInt(0));
        c.out.append(']');
    }

    /** CLONE_* flags, then the exit signal in the low byte (each as -X prints it: raw, the signal's number). */
    static void cloneFlags(StringBuilder o, int style, long flags) {
        long sig = flags & CSIGNAL, rest = flags & ~CSIGNAL;
        if (rest != 0) {
            if (style == Decoding.XLAT_RAW) Print.hex(o, rest);
            else Print.flags(o, style, Xlats.CLONE_FLAGS(), rest);
        }
        if (sig != 0) {
            if (rest != 0) o.append('|');
            SigInfo.signal(o, (int) sig, style);
        }
        if (flags == 0) o.append('0');
    }

    private static final long CLONE_PIDFD = 0x1000, CLONE_INTO_CGROUP = 0x200000000L;
    /** struct clone_args: its first version (up to tls) and the fields this decoder knows (up to cgroup). */
    private static final int CLONE_ARGS_MIN = 64, CLONE_ARGS_KNOWN = 88, SET_TID_MAX = 32;
    private static final Xlat CLONE3_FLAGS = Xlat.concat("clone3_flags", Xlats.CLONE_FLAGS(), Xlats.CLONE3_FLAGS(), "CLONE_???");

    /**
     * struct clone_args at entry; at exit, when the kernel wrote to it (the pidfd, the parent's tid)
     * or it is longer than known, " => {...}" with what changed.
     */
    @Decodes("clone3")
    public static int clone3(Call c) {
        long addr = c.args[0], size = c.args[1];
        int fetch = (int) (Long.compareUnsigned(size, CLONE_ARGS_KNOWN) < 0 ? size : CLONE_ARGS_KNOWN);
        if (!c.exiting) {
            ByteBuffer b = fetch < CLONE_ARGS_MIN ? null : Structs.read(c, addr, fetch);
            if (b == null) {
                Print.ptr(c, addr);
            } else {
                long flags = cloneArgs(c, addr, size, fetch, b);
                if ((flags & (CLONE_PIDFD | CLONE_PARENT_SETTID)) != 0 || Long.compareUnsigned(size, fetch) > 0) return 0;
            }
            c.sep();
            Print.ulong(c, size);
            return Call.DONE | Call.RET_PID | Call.PID_TID;
        }
        if (!c.failed) {
            ByteBuffer b = Structs.read(c, addr, fetch);
            if (b == null) {
                c.out.append(" => ");
                Print.ptr(c, addr);
            } else {
                long flags = b.getLong(0);
                String prefix = " => {";
                if ((flags & CLONE_PIDFD) != 0) {
                    c.out.append(prefix).append("pidfd=");
                    prefix = ", ";
                    fdAt(c, b.getLong(8));
                }
                if ((flags & CLONE_PARENT_SETTID) != 0) {
                    c.out.append(prefix).append("parent_tid=");
                    prefix = ", ";
                    ByteBuffer tid = Structs.read(c, b.getLong(24), 4);
                    if (tid == null) Print.ptr(c, b.getLong(24));
                    else {
                        c.out.append('[');
                        Print.pid(c, tid.getInt(0), PidNamespaces.Kind.TID);
                        c.out.append(']');
                    }
                }
                if (Structs.nonzeroTail(c, addr, fetch, size, prefix)) prefix = ", ";
                if (!prefix.startsWith(" => ")) c.out.append('}');
            }
        }
        c.sep();
        Print.ulong(c, size);
        return Call.RET_PID | Call.PID_TID; // a clone's result is the new thread's id
    }

    /** The fields of clone_args strace shows (those the flags make meaningful, the ones set); returns the flags. */
    private static long cloneArgs(Call c, long addr, long size, int fetch, ByteBuffer fetched) {
        StringBuilder o = c.out;
        // the fields the caller's version of the struct lacks are 0
        ByteBuffer b = ByteBuffer.allocate(CLONE_ARGS_KNOWN).order(java.nio.ByteOrder.LITTLE_ENDIAN).put(fetched.rewind());
        long flags = b.getLong(0);
        o.append("{flags=");
        Print.flags(c, CLONE3_FLAGS, flags);
        if ((flags & CLONE_PIDFD) != 0) {
            o.append(", pidfd=");
            Print.ptr(o, b.getLong(8));
        }
        if ((flags & (CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID)) != 0) {
            o.append(", child_tid=");
            Print.ptr(o, b.getLong(16));
        }
        if ((flags & CLONE_PARENT_SETTID) != 0) {
            o.append(", parent_tid=");
            Print.ptr(o, b.getLong(24));
        }
        o.append(", exit_signal=");
        long es = b.getLong(32);
        if (Long.compareUnsigned(es, Integer.MAX_VALUE) < 0) Signals.print(c, es);
        else o.append(Long.toUnsignedString(es));
        o.append(", stack=");
        Print.ptr(o, b.getLong(40));
        o.append(", stack_size=");
        Print.hex(o, b.getLong(48));
        if ((flags & CLONE_SETTLS) != 0) {
            o.append(", tls=");
            Print.ptr(o, b.getLong(56));
        }
        long setTid = b.getLong(64), setTidSize = b.getLong(72);
        if (setTid != 0 || setTidSize != 0) {
            o.append(", set_tid=");
            if (setTid == 0 || setTidSize == 0 || Long.compareUnsigned(setTidSize, SET_TID_MAX) > 0) Print.ptr(c, setTid);
            else Structs.array(c, setTid, setTidSize, 4, (cc, e) -> cc.out.append(e.getInt(0)));
            o.append(", set_tid_size=").append(Long.toUnsignedString(setTidSize));
        }
        if (fetch > CLONE_ARGS_KNOWN - 8 && (b.getLong(80) != 0 || (flags & CLONE_INTO_CGROUP) != 0)) {
            o.append(", cgroup=").append(Long.toUnsignedString(b.getLong(80)));
        }
        Structs.nonzeroTail(c, addr, fetch, size, ", ");
        o.append('}');
        return flags;
    }

    @Decodes("wait4")
    public static int wait4(Call c) {
        if (!c.exiting) {
            Print.pidOrGroup(c, c.args[0]);
            c.sep();
            return 0;
        }
        long addr = c.args[1];
        if (addr == 0) Print.ptr(c, 0);
        else {
            ByteBuffer b = c.failed || c.rval == 0 ? null : Structs.read(c, addr, 4);
            if (b == null) Print.ptr(c, addr);
            else {
                c.out.append('[');
                waitStatus(c.out, b.getInt(0));
                c.out.append(']');
            }
        }
        c.sep();
        Print.flags(c, Xlats.WAIT4_OPTIONS(), c.args[2]);
        c.sep();
        if (c.rval > 0) rusage(c, c.args[3]);
        else Print.ptr(c, c.args[3]);
        return 0;
    }

    private static final int P_PID = 1, P_PGID = 2, P_PIDFD = 3;

    /** waitid's id: a process id, a process group id or a pidfd as idtype says, else a number. */
    @PrintsStruct("waitid_id")
    public static void waitidId(Call c, long id, long idtype) {
        switch ((int) idtype) {
            case P_PID -> Print.pid(c, id);
            case P_PGID -> Print.pid(c, id, PidNamespaces.Kind.PGID);
            case P_PIDFD -> Print.fd(c, id);
            default -> Print.sint(c, id);
        }
    }

    /** {WIFEXITED(s) && WEXITSTATUS(s) == 0} and the other forms of sys/wait.h's macros. */
    public static void waitStatus(StringBuilder o, int s) {
        int low = s & 0x7f;
        if ((s & 0xff) == 0x7f) {
            o.append("{WIFSTOPPED(s) && WSTOPSIG(s) == ").append(sigName((s >> 8) & 0xff)).append('}');
            int event = s >>> 16;
            if (event != 0) o.append(" | ").append("0x").append(Integer.toHexString(event << 16));
        } else if (s == 0xffff) {
            o.append("{WIFCONTINUED(s)}");
        } else if (low == 0) {
            o.append("{WIFEXITED(s) && WEXITSTATUS(s) == ").append((s >> 8) & 0xff).append('}');
        } else {
            o.append("{WIFSIGNALED(s) && WTERMSIG(s) == ").append(sigName(low));
            if ((s & 0x80) != 0) o.append(" && WCOREDUMP(s)");
            o.append('}');
        }
    }

    private static String sigName(int sig) {
        String n = Signals.name(sig);
        return n != null ? n : Integer.toString(sig);
    }

    /** struct rusage: the times, then "..." (all fields with -v). */
    @PrintsStruct("rusage")
    public static void rusage(Call c, long addr) {
        ByteBuffer b = addr == 0 || c.failed ? null : Structs.read(c, addr, 144);
        if (b == null) {
            Print.ptr(c, addr);
            return;
        }
        StringBuilder o = c.out;
        o.append("{ru_utime=");
        Structs.timeval(o, b.getLong(0), b.getLong(8));
        o.append(", ru_stime=");
        Structs.timeval(o, b.getLong(16), b.getLong(24));
        if (c.abbrev()) {
            o.append(", ...}");
            return;
        }
        String[] names = {"ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt", "ru_majflt", "ru_nswap",
                "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw"};
        for (int i = 0; i < names.length; i++) o.append(", ").append(names[i]).append('=').append(Long.toUnsignedString(b.getLong(32 + 8 * i)));
        o.append('}');
    }

    /** The signal mask the frame restores: the ucontext's uc_sigmask, 296 bytes above the stack pointer. */
    @Decodes("rt_sigreturn")
    public static int rtSigreturn(Call c) {
        ByteBuffer b = Structs.read(c, c.sp + 296, 8);
        if (b == null) return Call.DONE;
        c.out.append("{mask=");
        int s = c.out.length();
        SignalDecoders.sigset(c.out, c.opts().xlatStyle, b.getLong(0), 8);
        c.described(Description.PLAIN, s, b.getLong(0), null);
        c.out.append('}');
        return Call.DONE;
    }
}
