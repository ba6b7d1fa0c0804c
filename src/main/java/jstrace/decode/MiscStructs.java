package jstrace.decode;

import java.nio.ByteBuffer;
import jstrace.table.Xlats;

/**
 * Small structures and pointed-to numbers: tms, utimbuf and utimes' timeval pair, int/ulong/pointer
 * results, sched_param, mq_attr, sigevent, open_how; personality and mq_open, whose arguments depend
 * on each other.
 */
public final class MiscStructs {
    private MiscStructs() {}

    /** A pointer to an int: [N]. */
    @PrintsStruct("int_ptr")
    public static void intPtr(Call c, long addr) {
        ByteBuffer b = Structs.read(c, addr, 4);
        if (!Structs.readable(c, addr, b)) return;
        c.out.append('[').append(b.getInt(0)).append(']');
    }

    /** sched_getparam/sched_setparam/sched_setscheduler: the priority as strace prints it, [N]. */
    @PrintsStruct("sched_param")
    public static void schedParam(Call c, long addr) {
        intPtr(c, addr);
    }

    /** A pointer to an unsigned long: [N]. */
    @PrintsStruct("ulong_ptr")
    public static void ulongPtr(Call c, long addr) {
        ByteBuffer b = Structs.read(c, addr, 8);
        if (!Structs.readable(c, addr, b)) return;
        c.out.append('[').append(Long.toUnsignedString(b.getLong(0))).append(']');
    }

    /** A pointer to a pointer: [0x...] or [NULL]. */
    @PrintsStruct("ptr_ptr")
    public static void ptrPtr(Call c, long addr) {
        ByteBuffer b = Structs.read(c, addr, 8);
        if (!Structs.readable(c, addr, b)) return;
        c.out.append('[');
        Print.ptr(c, b.getLong(0));
        c.out.append(']');
    }

    /** times: four clock_t, each with its seconds in a comment when not zero. */
    @PrintsStruct("tms")
    public static void tms(Call c, long addr) {
        ByteBuffer b = Structs.read(c, addr, 32);
        if (!Structs.readable(c, addr, b)) return;
        String[] names = {"tms_utime", "tms_stime", "tms_cutime", "tms_cstime"};
        c.out.append('{');
        for (int i = 0; i < 4; i++) {
            if (i > 0) c.out.append(", ");
            c.out.append(names[i]).append('=');
            SigInfo.clock(c.out, b.getLong(8 * i), c.opts().xlatStyle);
        }
        c.out.append('}');
    }


    /** utime: {actime=N /* date *&#47;, modtime=N /* date *&#47;}. */
    @PrintsStruct("utimbuf")
    public static void utimbuf(Call c, long addr) {
        ByteBuffer b = Structs.read(c, addr, 16);
        if (!Structs.readable(c, addr, b)) return;
        c.out.append("{actime=").append(b.getLong(0));
        StatStructs.dateComment(c.out, b.getLong(0), 0, 0);
        c.out.append(", modtime=").append(b.getLong(8));
        StatStructs.dateComment(c.out, b.getLong(8), 0, 0);
        c.out.append('}');
    }

    /** utimes/futimesat: [{tv_sec=N, tv_usec=N} /* date *&#47;, ...]. */
    @PrintsStruct("timeval_pair")
    public static void timevalPair(Call c, long addr) {
        ByteBuffer b = Structs.read(c, addr, 32);
        if (!Structs.readable(c, addr, b)) return;
        int limit = c.abbrev() && c.opts().maxStrlen < 2 ? c.opts().maxStrlen : 2;
        c.out.append('[');
        for (int i = 0; i < 2; i++) {
            if (i > 0) c.out.append(", ");
            if (i >= limit) {
                c.out.append("...");
                break;
            }
            long sec = b.getLong(16 * i), usec = b.getLong(16 * i + 8);
            Structs.timeval(c.out, sec, usec);
            if (usec >= 0 && usec <= 999999) StatStructs.dateComment(c.out, sec, usec, 6);
        }
        c.out.append(']');
    }

    /** struct mq_attr: the flags by name when {@code flagNames} (mq_getsetattr), in hex for mq_open. */
    static void mqAttr(Call c, long addr, boolean flagNames) {
        ByteBuffer b = Structs.read(c, addr, 64);
        if (!Structs.readable(c, addr, b)) return;
        c.out.append("{mq_flags=");
        if (flagNames) Print.flags(c, Xlats.MQ_ATTR_FLAGS(), b.getLong(0));
        else Print.hex(c, b.getLong(0));
        c.out.append(", mq_maxmsg=").append(b.getLong(8)).append(", mq_msgsize=").append(b.getLong(16))
                .append(", mq_curmsgs=").append(b.getLong(24)).append('}');
    }

    @PrintsStruct("mq_attr")
    public static void mqAttr(Call c, long addr) {
        mqAttr(c, addr, true);
    }

    /** mq_open: the mode and attributes only with O_CREAT. */
    @Decodes("mq_open")
    public static int mqOpen(Call c) {
        Print.path(c, c.args[0]);
        c.sep();
        FileDecoders.openFlags(c, c.args[1]);
        if ((c.args[1] & FileDecoders.O_CREAT) != 0) {
            c.sep();
            Print.mode(c, c.args[2]);
            c.sep();
            mqAttr(c, c.args[3], false);
        }
        return Call.DONE | Call.RET_FD;
    }

    /** mq_getsetattr: the old attributes are printed at exit even when the call failed. */
    @Decodes("mq_getsetattr")
    public static int mqGetsetattr(Call c) {
        if (!c.exiting) {
            Print.fd(c, c.args[0]);
            c.sep();
            mqAttr(c, c.args[1], true);
            c.sep();
            return 0;
        }
        if (c.failed) Print.ptr(c, c.args[2]);
        else mqAttr(c, c.args[2], true);
        return 0;
    }

    private static final int SIGEV_SIGNAL = 0, SIGEV_THREAD = 2, SIGEV_THREAD_ID = 4;

    /** struct sigevent: the value only when not NULL, the signal by name for the notifying kinds. */
    @PrintsStruct("sigevent")
    public static void sigevent(Call c, long addr) {
        // the fields strace reads (up to sigev_notify_attributes), not the padding to 64 bytes
        ByteBuffer b = Structs.read(c, addr, 32);
        if (!Structs.readable(c, addr, b)) return;
        StringBuilder o = c.out;
        long value = b.getLong(0);
        int signo = b.getInt(8), notify = b.getInt(12);
        o.append('{');
        if (value != 0) {
            o.append("sigev_value={sival_int=").append((int) value).append(", sival_ptr=");
            Print.ptr(o, value);
            o.append("}, ");
        }
        o.append("sigev_signo=");
        if (notify == SIGEV_SIGNAL || notify == SIGEV_THREAD || notify == SIGEV_THREAD_ID) {
            SigInfo.signal(o, signo, c.opts().xlatStyle);
        } else {
            o.append(Integer.toUnsignedString(signo));
        }
        o.append(", sigev_notify=");
        Print.xval(o, c.opts().xlatStyle, Xlats.SIGEV_VALUE(), notify, "SIGEV_???");
        if (notify == SIGEV_THREAD_ID) {
            o.append(", sigev_notify_thread_id=").append(b.getInt(16));
        } else if (notify == SIGEV_THREAD) {
            o.append(", sigev_notify_function=");
            Print.ptr(o, b.getLong(16));
            o.append(", sigev_notify_attributes=");
            Print.ptr(o, b.getLong(24));
        }
        o.append('}');
    }

    private static final long OPEN_HOW_SIZE = 24;

    /** openat2's struct open_how: the mode only when a file may be created or it is set. */
    @PrintsStruct("open_how")
    public static void openHow(Call c, long addr, long size) {
        if (Long.compareUnsigned(size, OPEN_HOW_SIZE) < 0) {
            Print.ptr(c, addr);
            return;
        }
        ByteBuffer b = Structs.read(c, addr, (int) OPEN_HOW_SIZE);
        if (!Structs.readable(c, addr, b)) return;
        long flags = b.getLong(0), mode = b.getLong(8), resolve = b.getLong(16);
        c.out.append("{flags=");
        FileDecoders.openFlags(c, c.out, flags);
        if ((flags & (FileDecoders.O_CREAT | FileDecoders.O_TMPFILE_BIT)) != 0 || mode != 0) {
            c.out.append(", mode=");
            Print.mode(c.out, mode);
        }
        c.out.append(", resolve=");
        Print.flags(c, Xlats.OPEN_RESOLVE_FLAGS(), resolve);
        Structs.nonzeroTail(c, addr, OPEN_HOW_SIZE, size, ", ");
        c.out.append('}');
    }

    private static final int PER_MASK = 0xff;

    /** personality: PER_xxx|FLAGS (0xffffffff as is), the result in hex with its names. */
    @Decodes("personality")
    public static int personality(Call c) {
        if (!c.exiting) {
            int p = (int) c.args[0];
            if (p == -1) {
                c.out.append("0xffffffff");
            } else {
                personalityText(c.out, c.opts().xlatStyle, Integer.toUnsignedLong(p));
            }
            return 0;
        }
        if (c.failed) return 0;
        StringBuilder t = new StringBuilder();
        personalityText(t, c.opts().xlatStyle, c.rval & 0xffffffffL);
        c.retText = t.toString();
        return Call.RET_HEX | Call.RET_STR;
    }

    private static void personalityText(StringBuilder o, int style, long p) {
        Print.xval(o, style, Xlats.PERSONALITY_TYPES(), p & PER_MASK, "PER_???");
        long rest = p & ~PER_MASK;
        if (rest != 0) {
            o.append('|');
            Print.flags(o, style, Xlats.PERSONALITY_FLAGS(), rest);
        }
    }
}
