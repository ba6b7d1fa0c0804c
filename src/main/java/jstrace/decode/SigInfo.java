package jstrace.decode;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import jstrace.table.Xlats;

/** siginfo_t as strace prints it: {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=...}. */
public final class SigInfo {
    private SigInfo() {}

    static final int SI_USER = 0, SI_KERNEL = 0x80, SI_QUEUE = -1, SI_TIMER = -2, SI_MESGQ = -3,
            SI_TKILL = -6;

    private static final int SIZE = 128;

    /** A siginfo_t in tracee memory (waitid, rt_sigtimedwait, rt_sigqueueinfo ...). */
    @PrintsStruct("siginfo")
    public static void at(Call c, long addr) {
        ByteBuffer b = Structs.read(c, addr, SIZE);
        if (!Structs.readable(c, addr, b)) return;
        c.out.append(format(b.array(), c.opts().xlatStyle, c.opts().decodePids, c.opts().pidnsTranslation ? c.pid : 0));
    }

    /**
     * Formats a 128-byte siginfo (that of signal-delivery-stop, or one in memory); "{}" when si_signo
     * is 0. With {@code decodePids} (-Y) si_pid is followed by the sender's command name.
     */
    public static String format(byte[] raw, int xlatStyle, boolean decodePids) {
        return format(raw, xlatStyle, decodePids, 0);
    }

    /**
     * As {@link #format(byte[], int, boolean)}; with {@code translateFor} a tracee's tid (under
     * --pidns-translation), si_pid as that tracee sees it is followed by jstrace's number for it.
     */
    public static String format(byte[] raw, int xlatStyle, boolean decodePids, int translateFor) {
        ByteBuffer b = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        int signo = b.getInt(0), errno = b.getInt(4), code = b.getInt(8);
        if (signo == 0) return "{}";
        StringBuilder sb = new StringBuilder("{si_signo=");
        signal(sb, signo, xlatStyle);
        sb.append(", si_code=");
        String cn = codeName(signo, code);
        if (cn == null) sb.append(code);
        else if (xlatStyle == Decoding.XLAT_ABBREV) sb.append(cn);
        else {
            Print.hex(sb, Integer.toUnsignedLong(code));
            if (xlatStyle == Decoding.XLAT_VERBOSE) sb.append(" /* ").append(cn).append(" */");
        }
        if (errno != 0) {
            String en = Errno.name(errno);
            sb.append(", si_errno=").append(en != null ? en : Integer.toString(errno));
        }
        if (code <= 0 || code == SI_KERNEL && signo != Signals.SIGCHLD) {
            // sent by a process (kill, tkill, sigqueue) or a timer
            if (code == SI_TIMER) {
                sb.append(", si_timerid=").append(hex(b.getInt(16))).append(", si_overrun=").append(b.getInt(20));
                value(sb, b);
            } else if (code != SI_KERNEL) {
                senderPid(sb, b.getInt(16), decodePids, translateFor);
                sb.append(", si_uid=").append(Integer.toUnsignedString(b.getInt(20)));
                if (code == SI_QUEUE || code == SI_MESGQ) value(sb, b);
            }
        } else {
            switch (signo) {
                case Signals.SIGCHLD -> {
                    senderPid(sb, b.getInt(16), decodePids, translateFor);
                    sb.append(", si_uid=").append(Integer.toUnsignedString(b.getInt(20)));
                    int status = b.getInt(24);
                    sb.append(", si_status=");
                    if (code == 1 /* CLD_EXITED */) sb.append(status);
                    else signal(sb, status, xlatStyle);
                    sb.append(", si_utime=");
                    clock(sb, b.getLong(32), xlatStyle);
                    sb.append(", si_stime=");
                    clock(sb, b.getLong(40), xlatStyle);
                }
                case 4, 7, 8, 11 /* SIGILL SIGBUS SIGFPE SIGSEGV */ -> {
                    sb.append(", si_addr=");
                    Print.ptr(sb, b.getLong(16));
                }
                case 29 /* SIGIO/SIGPOLL */ -> sb.append(", si_band=").append(b.getLong(16)).append(", si_fd=").append(b.getInt(24));
                case 31 /* SIGSYS */ -> {
                    sb.append(", si_call_addr=");
                    Print.ptr(sb, b.getLong(16));
                    sb.append(", si_syscall=").append(b.getInt(24)).append(", si_arch=").append(Integer.toUnsignedString(b.getInt(28)));
                }
                default -> { }
            }
        }
        return sb.append('}').toString();
    }

    /** A signal by name; -X raw: the number, -X verbose: both. */
    static void signal(StringBuilder sb, int sig, int xlatStyle) {
        String n = Signals.name(sig);
        if (n == null || xlatStyle != Decoding.XLAT_ABBREV) sb.append(sig);
        if (n != null && xlatStyle == Decoding.XLAT_VERBOSE) sb.append(" /* ").append(n).append(" */");
        else if (n != null && xlatStyle == Decoding.XLAT_ABBREV) sb.append(n);
    }

    /** Linux's USER_HZ, the unit of clock_t in siginfo. */
    private static final int CLK_TCK = 100;

    /** A clock_t: ticks, then the seconds in a comment when not zero (unless -X raw). */
    static void clock(StringBuilder sb, long ticks, int xlatStyle) {
        sb.append(Long.toUnsignedString(ticks));
        if (ticks == 0 || xlatStyle == Decoding.XLAT_RAW) return;
        long frac = Long.remainderUnsigned(ticks, CLK_TCK);
        sb.append(" /* ").append(Long.toUnsignedString(Long.divideUnsigned(ticks, CLK_TCK))).append('.')
                .append(frac < 10 ? "0" : "").append(frac).append(" s */");
    }

    private static void value(StringBuilder sb, ByteBuffer b) {
        sb.append(", si_int=").append(b.getInt(24)).append(", si_ptr=");
        Print.ptr(sb, b.getLong(24));
    }

    private static String hex(int v) {
        return v == 0 ? "0" : "0x" + Integer.toHexString(v);
    }

    static String codeName(int signo, int code) {
        String generic = Xlats.SI_CODES().lookup(code);
        if (code <= 0 || code == SI_KERNEL) return generic;
        Xlat specific = switch (signo) {
            case Signals.SIGCHLD -> Xlats.SIGCHLD_CODES();
            case 11 -> Xlats.SIGSEGV_CODES();
            case 7 -> Xlats.SIGBUS_CODES();
            case 4 -> Xlats.SIGILL_CODES();
            case 8 -> Xlats.SIGFPE_CODES();
            case Signals.SIGTRAP -> Xlats.SIGTRAP_CODES();
            case 29 -> Xlats.SIGPOLL_CODES();
            case 31 -> Xlats.SIGSYS_CODES();
            default -> null;
        };
        String n = specific != null ? specific.lookup(code) : null;
        return n != null ? n : generic;
    }

    /** ", si_pid=N", with -Y the sender's command name, with --pidns-translation jstrace's number for it. */
    private static void senderPid(StringBuilder sb, int pid, boolean decodePids, int translateFor) {
        sb.append(", si_pid=").append(pid);
        if (decodePids) Print.comm(sb, pid);
        if (translateFor > 0) PidNamespaces.comment(sb, translateFor, pid, PidNamespaces.Kind.TGID);
    }
}
