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
        print(c, b);
    }

    /** The size of a siginfo_t (arrays of them: PTRACE_PEEKSIGINFO). */
    static final int SIZE_BYTES = SIZE;

    /** A siginfo_t read into {@code b} (128 bytes, little-endian), with -y the path of an si_fd. */
    static void print(Call c, ByteBuffer b) {
        format(c.out, b, c.opts().xlatStyle, c.opts().decodePids, c.opts().pidnsTranslation ? c.pid : 0, c);
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
        StringBuilder sb = new StringBuilder();
        format(sb, ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN), xlatStyle, decodePids, translateFor, null);
        return sb.toString();
    }

    /** SI_SIGIO, and SIGBUS's, SIGSEGV's, SIGIO's codes that carry more fields (<asm-generic/siginfo.h>). */
    private static final int SI_SIGIO = -5, BUS_MCEERR_AR = 4, BUS_MCEERR_AO = 5, SEGV_BNDERR = 3, SEGV_PKUERR = 4,
            POLL_IN = 1, POLL_HUP = 6;

    /**
     * strace's printsiginfo into {@code sb}; with {@code c} (then {@code sb} is its text) an si_fd is
     * printed as an fd argument (-y: with its path).
     */
    private static void format(StringBuilder sb, ByteBuffer b, int xlatStyle, boolean decodePids, int translateFor, Call c) {
        int signo = b.getInt(0), errno = b.getInt(4), code = b.getInt(8);
        if (signo == 0) {
            sb.append("{}");
            return;
        }
        sb.append("{si_signo=");
        signal(sb, signo, xlatStyle);
        sb.append(", si_code=");
        String cn = codeName(signo, code);
        if (cn == null || xlatStyle != Decoding.XLAT_ABBREV) Print.hex(sb, Integer.toUnsignedLong(code));
        if (cn != null && xlatStyle == Decoding.XLAT_VERBOSE) sb.append(" /* ").append(cn).append(" */");
        else if (cn != null && xlatStyle == Decoding.XLAT_ABBREV) sb.append(cn);
        if (errno != 0) {
            String en = Errno.name(errno);
            sb.append(", si_errno=");
            if (en == null || xlatStyle != Decoding.XLAT_ABBREV) sb.append(Integer.toUnsignedString(errno));
            if (en != null && xlatStyle == Decoding.XLAT_VERBOSE) sb.append(" /* ").append(en).append(" */");
            else if (en != null && xlatStyle == Decoding.XLAT_ABBREV) sb.append(en);
        }
        long sigPtr = b.getLong(24);
        if (code <= 0) {
            // sent by a process (kill, tkill, sigqueue), a timer, or for an fd (SI_SIGIO)
            switch (code) {
                case SI_USER, SI_TKILL -> senderPid(sb, b.getInt(16), decodePids, translateFor, b.getInt(20));
                case SI_TIMER -> {
                    sb.append(", si_timerid=").append(hex(b.getInt(16))).append(", si_overrun=").append(b.getInt(20));
                    value(sb, b);
                }
                case SI_SIGIO -> band(sb, b, c);
                default -> {
                    senderPid(sb, b.getInt(16), decodePids, translateFor, b.getInt(20));
                    if (sigPtr != 0) value(sb, b);
                }
            }
            sb.append('}');
            return;
        }
        switch (signo) {
            case Signals.SIGCHLD -> {
                senderPid(sb, b.getInt(16), decodePids, translateFor, b.getInt(20));
                int status = b.getInt(24);
                sb.append(", si_status=");
                if (code == 1 /* CLD_EXITED */) sb.append(status);
                else signal(sb, status, xlatStyle);
                sb.append(", si_utime=");
                clock(sb, b.getLong(32), xlatStyle);
                sb.append(", si_stime=");
                clock(sb, b.getLong(40), xlatStyle);
            }
            case 4, 8, Signals.SIGTRAP /* SIGILL SIGFPE SIGTRAP */ -> addr(sb, "si_addr", b.getLong(16));
            case 7 /* SIGBUS */ -> {
                addr(sb, "si_addr", b.getLong(16));
                if (code == BUS_MCEERR_AR || code == BUS_MCEERR_AO) {
                    sb.append(", si_addr_lsb=");
                    Print.hex(sb, b.getShort(24) & 0xffffL);
                }
            }
            case 11 /* SIGSEGV */ -> {
                addr(sb, "si_addr", b.getLong(16));
                if (code == SEGV_BNDERR) {
                    addr(sb, "si_lower", b.getLong(32));
                    addr(sb, "si_upper", b.getLong(40));
                } else if (code == SEGV_PKUERR) {
                    sb.append(", si_pkey=").append(Integer.toUnsignedString(b.getInt(32)));
                }
            }
            case 29 /* SIGIO/SIGPOLL */ -> {
                if (code >= POLL_IN && code <= POLL_HUP) band(sb, b, c);
            }
            case 31 /* SIGSYS */ -> {
                sb.append(", si_call_addr=");
                Print.ptr(sb, b.getLong(16));
                int arch = b.getInt(28);
                sb.append(", si_syscall=");
                PtraceDecoders.syscallNr(sb, xlatStyle, Integer.toUnsignedLong(b.getInt(24)), arch);
                sb.append(", si_arch=");
                Print.xval(sb, xlatStyle, Xlats.AUDIT_ARCH(), arch & 0xffffffffL, "AUDIT_ARCH_???");
            }
            default -> {
                if (b.getInt(16) != 0 || b.getInt(20) != 0) senderPid(sb, b.getInt(16), decodePids, translateFor, b.getInt(20));
                if (sigPtr != 0) value(sb, b);
            }
        }
        sb.append('}');
    }

    private static void addr(StringBuilder sb, String name, long v) {
        sb.append(", ").append(name).append('=');
        Print.ptr(sb, v);
    }

    /** SIGIO's ", si_band=N, si_fd=N" (with a call: the fd as an fd argument, -y its path). */
    private static void band(StringBuilder sb, ByteBuffer b, Call c) {
        sb.append(", si_band=").append(b.getLong(16)).append(", si_fd=");
        if (c != null) Print.fd(c, b.getInt(24));
        else sb.append(b.getInt(24));
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

    /** ", si_pid=N, si_uid=N", with -Y the sender's command name, with --pidns-translation jstrace's number for it. */
    private static void senderPid(StringBuilder sb, int pid, boolean decodePids, int translateFor, int uid) {
        sb.append(", si_pid=").append(pid);
        if (decodePids) Print.comm(sb, pid);
        if (translateFor > 0) PidNamespaces.comment(sb, translateFor, pid, PidNamespaces.Kind.TGID);
        sb.append(", si_uid=").append(Integer.toUnsignedString(uid));
    }
}
