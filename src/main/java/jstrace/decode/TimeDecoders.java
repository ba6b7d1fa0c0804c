package jstrace.decode;

import jstrace.table.Xlats;

/** Sleeps, futex and getcwd: calls whose output argument is printed only in some outcomes. */
public final class TimeDecoders {
    private TimeDecoders() {}

    @Decodes("nanosleep")
    public static int nanosleep(Call c) {
        if (!c.exiting) {
            Structs.timespec(c, c.args[0]);
            c.sep();
            return 0;
        }
        remaining(c, c.args[1], true);
        return 0;
    }

    @Decodes("clock_nanosleep")
    public static int clockNanosleep(Call c) {
        if (!c.exiting) {
            Print.xval(c, Xlats.CLOCKNAMES(), (int) c.args[0]);
            c.sep();
            Print.flags(c, Xlats.CLOCKFLAGS(), c.args[1]);
            c.sep();
            Structs.timespec(c, c.args[2]);
            c.sep();
            return 0;
        }
        // an absolute sleep leaves the time left alone
        remaining(c, c.args[3], (int) c.args[1] == 0);
        return 0;
    }

    /** The time left is written by the kernel only when the sleep is interrupted (to be restarted). */
    private static void remaining(Call c, long addr, boolean written) {
        if (written && Errno.isRestart(c.errno()) && addr != 0) Structs.timespec(c, addr);
        else Print.ptr(c, addr);
    }

    private static final int FUTEX_CMD_MASK = 0x7f,
            WAIT = 0, WAKE = 1, FD = 2, REQUEUE = 3, CMP_REQUEUE = 4, WAKE_OP = 5, WAIT_BITSET = 9, WAKE_BITSET = 10,
            LOCK_PI = 6, UNLOCK_PI = 7, TRYLOCK_PI = 8, WAIT_REQUEUE_PI = 11, CMP_REQUEUE_PI = 12, LOCK_PI2 = 13;

    @Decodes("futex")
    public static int futex(Call c) {
        int op = (int) c.args[1];
        int cmd = op & FUTEX_CMD_MASK;
        Print.ptr(c, c.args[0]);
        c.sep();
        // the whole op is one constant: the table lists the valid combinations with FUTEX_PRIVATE_FLAG and
        // FUTEX_CLOCK_REALTIME, any other is "0x101 /* FUTEX_??? */" as strace prints it
        Print.xval(c, Xlats.FUTEX_OPS(), op & 0xffffffffL);
        // -N: the fourth register is a timeout or a count (val2) by operation
        if (cmd != UNLOCK_PI && cmd != TRYLOCK_PI) c.sep(cmd == LOCK_PI || cmd == LOCK_PI2 ? 3 : 2);
        switch (cmd) {
            case WAIT, WAIT_BITSET -> {
                Print.uint(c, c.args[2]);
                c.sep();
                Structs.timespec(c, c.args[3]);
                if (cmd == WAIT_BITSET) {
                    c.sep(5);
                    bitset(c, c.args[5]);
                }
            }
            case WAKE_BITSET -> {
                Print.uint(c, c.args[2]);
                c.sep(5);
                bitset(c, c.args[5]);
            }
            case REQUEUE, CMP_REQUEUE, CMP_REQUEUE_PI -> {
                Print.uint(c, c.args[2]);
                c.sep().argName("val2");
                Print.uint(c, c.args[3]);
                c.sep();
                Print.ptr(c, c.args[4]);
                if (cmd != REQUEUE) {
                    c.sep();
                    Print.uint(c, c.args[5]);
                }
            }
            case WAKE_OP -> {
                Print.uint(c, c.args[2]);
                c.sep().argName("val2");
                Print.uint(c, c.args[3]);
                c.sep();
                Print.ptr(c, c.args[4]);
                c.sep();
                wakeOp(c, (int) c.args[5]);
            }
            case LOCK_PI, LOCK_PI2 -> Structs.timespec(c, c.args[3]);
            case UNLOCK_PI, TRYLOCK_PI -> { }
            case WAIT_REQUEUE_PI -> {
                Print.uint(c, c.args[2]);
                c.sep();
                Structs.timespec(c, c.args[3]);
                c.sep();
                Print.ptr(c, c.args[4]);
            }
            case WAKE, FD -> Print.uint(c, c.args[2]);
            default -> {
                // an unknown command: every argument, as raw as the register holds it
                Print.uint(c, c.args[2]);
                c.sep();
                Print.ptr(c, c.args[3]);
                c.sep();
                Print.ptr(c, c.args[4]);
                c.sep();
                Print.hex(c, c.args[5] & 0xffffffffL);
            }
        }
        return Call.DONE;
    }

    /**
     * FUTEX_WAKE_OP's val3, the operation and comparison it encodes (linux/futex.h's FUTEX_OP macro):
     * "FUTEX_OP_SET<<28|0<<12|FUTEX_OP_CMP_EQ<<24|0", an unknown field in hex with a comment.
     */
    private static void wakeOp(Call c, int v) {
        int s = c.out.length(), style = c.opts().xlatStyle;
        StringBuilder o = c.out;
        if (((v >>> 28) & FUTEX_OP_OPARG_SHIFT) != 0) {
            Print.xval(o, style, Xlats.FUTEX_OP_FLAGS(), FUTEX_OP_OPARG_SHIFT, "");
            o.append("<<28|");
        }
        field(o, style, Xlats.FUTEX_WAKE_OPS(), (v >>> 28) & 7, 28);
        Print.hex(o, (v >>> 12) & 0xfff);
        o.append("<<12|");
        field(o, style, Xlats.FUTEX_WAKE_CMPS(), (v >>> 24) & 0xf, 24);
        Print.hex(o, v & 0xfff);
        c.described(Description.NUMBER, s, v & 0xffffffffL, null);
    }

    private static final int FUTEX_OP_OPARG_SHIFT = 8;

    /**
     * One named field of val3 shifted into place: NAME<<SHIFT|, or 0x5<<SHIFT /* PREFIX_??? *\/|; with
     * -X raw every field has the comment (strace comments a field whose name it did not print).
     */
    private static void field(StringBuilder o, int style, jstrace.decode.Xlat x, int v, int shift) {
        Print.xval(o, style, x, v, "");
        o.append("<<").append(shift);
        if (x.lookup(v) == null || style == Decoding.XLAT_RAW) o.append(" /* ").append(Print.unknownName(x)).append(" */");
        o.append('|');
    }

    private static void bitset(Call c, long v) {
        if ((int) v == -1) c.out.append("FUTEX_BITSET_MATCH_ANY");
        else Print.hex(c, v & 0xffffffffL);
    }

    @Decodes("getcwd")
    public static int getcwd(Call c) {
        if (!c.exiting) return 0;
        if (c.failed) Print.ptr(c, c.args[0]);
        else Print.path(c, c.args[0]);
        c.sep();
        Print.ulong(c, c.args[1]);
        return 0;
    }

    // ---- adjtimex / clock_adjtime -----------------------------------------------------------

    private static final int TIMEX_SIZE = 208;

    /** struct timex as the kernel left it; false (the address printed) when it cannot be read. */
    private static boolean timex(Call c, long addr) {
        if (c.failed || !c.verbose()) {
            Print.ptr(c, addr);
            return false;
        }
        java.nio.ByteBuffer b = Structs.read(c, addr, TIMEX_SIZE);
        if (!Structs.readable(c, addr, b)) return false;
        StringBuilder o = c.out;
        o.append("{modes=");
        Print.flags(c, Xlats.ADJTIMEX_MODES(), Integer.toUnsignedLong(b.getInt(0)), "ADJ_???");
        o.append(", offset=").append(b.getLong(8)).append(", freq=").append(b.getLong(16))
                .append(", maxerror=").append(b.getLong(24)).append(", esterror=").append(b.getLong(32))
                .append(", status=");
        Print.flags(c, Xlats.ADJTIMEX_STATUS(), Integer.toUnsignedLong(b.getInt(40)), "STA_???");
        o.append(", constant=").append(b.getLong(48)).append(", precision=").append(b.getLong(56))
                .append(", tolerance=").append(b.getLong(64))
                .append(", time={tv_sec=").append(b.getLong(72)).append(", tv_usec=")
                .append(Long.toUnsignedString(b.getLong(80))).append('}')
                .append(", tick=").append(b.getLong(88)).append(", ppsfreq=").append(b.getLong(96))
                .append(", jitter=").append(b.getLong(104)).append(", shift=").append(b.getInt(112))
                .append(", stabil=").append(b.getLong(120)).append(", jitcnt=").append(b.getLong(128))
                .append(", calcnt=").append(b.getLong(136)).append(", errcnt=").append(b.getLong(144))
                .append(", stbcnt=").append(b.getLong(152)).append(", tai=").append(b.getInt(160)).append('}');
        return true;
    }

    /** The timex at exit and, when it was printed, the clock state's name after the result. */
    private static int timexResult(Call c, long addr) {
        if (!timex(c, addr)) return 0;
        c.retText = Xlats.ADJTIMEX_STATE().lookup(c.rval);
        return Call.RET_STR;
    }

    @Decodes("adjtimex")
    public static int adjtimex(Call c) {
        return c.exiting ? timexResult(c, c.args[0]) : 0;
    }

    @Decodes("clock_adjtime")
    public static int clockAdjtime(Call c) {
        if (!c.exiting) {
            Print.xval(c, Xlats.CLOCKNAMES(), (int) c.args[0]);
            c.sep();
            return 0;
        }
        return timexResult(c, c.args[1]);
    }
}
