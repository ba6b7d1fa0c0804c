package jstrace.decode;

import java.nio.ByteBuffer;
import jstrace.table.Xlats;

/**
 * prctl: the option by name, then each option's arguments as strace 6.1 prints them (names from
 * &lt;linux/prctl.h&gt;, tables in syscall-tables/xlat/pr_*.xlat, made by scripts/gen-prctl-xlat).
 * Options that take fewer arguments print only those; unknown options all four in hex. Values that
 * the kernel reads as an unsigned int (the option, most sub-commands) are cut to 32 bits first.
 */
public final class PrctlDecoders {
    private PrctlDecoders() {}

    /** prctl has five arguments; strace prints the unused ones of most options in hex. */
    private static final int NARGS = 5;
    /** TASK_COMM_LEN: a process name is at most 15 bytes and its NUL. */
    private static final int TASK_COMM_LEN = 16;
    /** PR_SVE_VL_LEN_MASK, PR_SME_VL_LEN_MASK: the vector length in the low bits. */
    private static final long VL_LEN_MASK = 0xffff;
    /** PR_TAGGED_ADDR_ENABLE, PR_MTE_TCF_MASK, PR_MTE_TAG_MASK and PR_MTE_TAG_SHIFT. */
    private static final long TAGGED_ADDR_ENABLE = 1, MTE_TCF_MASK = 6, MTE_TAG_SHIFT = 3, MTE_TAG_MASK = 0xffffL << 3;

    @Decodes("prctl")
    public static int prctl(Call c) {
        long option = c.args[0] & 0xffffffffL;
        long arg2 = c.args[1], arg3 = c.args[2], arg4 = c.args[3];
        int style = c.opts().xlatStyle;
        if (!c.exiting) xval(c, Xlats.PRCTL_OPTIONS(), option, "PR_???");
        String name = Xlats.PRCTL_OPTIONS().lookup(option);
        switch (name == null ? "" : name) {
            case "PR_GET_KEEPCAPS", "PR_GET_SECCOMP", "PR_GET_TIMERSLACK", "PR_GET_TIMING",
                    "PR_TASK_PERF_EVENTS_DISABLE", "PR_TASK_PERF_EVENTS_ENABLE" -> {
                return Call.DONE;
            }
            case "PR_GET_CHILD_SUBREAPER", "PR_GET_ENDIAN", "PR_GET_FPEMU", "PR_GET_FPEXC" -> {
                if (!c.exiting) {
                    c.sep();
                    return 0;
                }
                ByteBuffer b = fetch(c, arg2, 4);
                if (b != null) c.out.append('[').append(Integer.toUnsignedString(b.getInt(0))).append(']');
                return 0;
            }
            case "PR_GET_DUMPABLE" -> {
                if (!c.exiting || c.failed) return 0;
                return auxText(c, Xlats.PR_DUMPABLE().lookup(c.rval), 0);
            }
            case "PR_GET_NAME" -> {
                if (!c.exiting) {
                    c.sep();
                    return 0;
                }
                if (c.failed) Print.ptr(c, arg2);
                else Print.strn(c, arg2, TASK_COMM_LEN);
                return 0;
            }
            case "PR_GET_PDEATHSIG", "PR_GET_TSC", "PR_GET_UNALIGN" -> {
                if (!c.exiting) {
                    c.sep();
                    return 0;
                }
                ByteBuffer b = fetch(c, arg2, 4);
                if (b == null) return 0;
                long v = Integer.toUnsignedLong(b.getInt(0));
                c.out.append('[');
                if (name.equals("PR_GET_PDEATHSIG")) Signals.print(c, v);
                else if (name.equals("PR_GET_TSC")) xval(c, Xlats.PR_TSC(), v, "PR_TSC_???");
                else Print.flags(c, Xlats.PR_UNALIGN_FLAGS(), v, "PR_UNALIGN_???");
                c.out.append(']');
                return 0;
            }
            case "PR_GET_SECUREBITS", "PR_GET_FP_MODE", "PR_PAC_GET_ENABLED_KEYS" -> {
                if (!c.exiting) {
                    if (name.equals("PR_PAC_GET_ENABLED_KEYS")) hexArgs(c, 1);
                    return 0;
                }
                if (c.failed || (c.rval == 0 && !name.equals("PR_PAC_GET_ENABLED_KEYS"))) return 0;
                Xlat x = name.equals("PR_GET_SECUREBITS") ? Xlats.SECBITS()
                        : name.equals("PR_GET_FP_MODE") ? Xlats.PR_FP_MODE() : Xlats.PR_PAC_ENABLED_KEYS();
                return auxText(c, auxFlags(style, x, c.rval), Call.RET_HEX);
            }
            case "PR_GET_TID_ADDRESS" -> {
                return addressWrittenBack(c, arg2);
            }
            case "PR_SVE_SET_VL", "PR_SME_SET_VL", "PR_SVE_GET_VL", "PR_SME_GET_VL" -> {
                Xlat flags = name.startsWith("PR_SVE") ? Xlats.PR_SVE_VL_FLAGS() : Xlats.PR_SME_VL_FLAGS();
                if (!c.exiting) {
                    if (name.endsWith("SET_VL")) {
                        c.sep();
                        c.out.append(vectorLength(style, flags, arg2, false));
                    }
                    return 0;
                }
                if (c.failed || c.rval == 0) return 0;
                return auxText(c, vectorLength(style, flags, c.rval, true), Call.RET_HEX);
            }
            case "PR_GET_SPECULATION_CTRL" -> {
                if (!c.exiting) {
                    c.sep();
                    xval(c, Xlats.PR_SPEC_CMDS(), arg2, "PR_SPEC_???");
                    return 0;
                }
                if (c.failed) return 0;
                if (Xlats.PR_SPEC_CMDS().lookup(arg2) != null) {
                    return auxText(c, auxFlags(style, Xlats.PR_SPEC_GET_STORE_BYPASS_FLAGS(), c.rval), Call.RET_HEX);
                }
                return 0;
            }
            case "PR_SET_TAGGED_ADDR_CTRL" -> {
                c.sep();
                c.out.append(taggedAddr(style, arg2, false));
                hexArgs(c, 2);
                return Call.DONE;
            }
            case "PR_GET_TAGGED_ADDR_CTRL" -> {
                if (!c.exiting) {
                    hexArgs(c, 1);
                    return 0;
                }
                if (c.failed) return 0;
                return auxText(c, taggedAddr(style, c.rval, true), Call.RET_HEX);
            }
            case "PR_SET_CHILD_SUBREAPER", "PR_SET_ENDIAN", "PR_SET_FPEMU", "PR_SET_FPEXC", "PR_SET_KEEPCAPS",
                    "PR_SET_TIMING" -> {
                c.sep();
                Print.ulong(c, arg2);
                return Call.DONE;
            }
            case "PR_SET_DUMPABLE" -> {
                c.sep();
                xval(c, Xlats.PR_DUMPABLE(), arg2, "SUID_DUMP_???");
                return Call.DONE;
            }
            case "PR_CAPBSET_DROP", "PR_CAPBSET_READ" -> {
                c.sep();
                xval(c, Xlats.CAP(), arg2, "CAP_???");
                return Call.DONE;
            }
            case "PR_CAP_AMBIENT" -> {
                c.sep();
                xval(c, Xlats.PR_CAP_AMBIENT(), arg2, "PR_CAP_AMBIENT_???");
                String sub = Xlats.PR_CAP_AMBIENT().lookup(arg2);
                if ("PR_CAP_AMBIENT_RAISE".equals(sub) || "PR_CAP_AMBIENT_LOWER".equals(sub)
                        || "PR_CAP_AMBIENT_IS_SET".equals(sub)) {
                    c.sep();
                    xval(c, Xlats.CAP(), arg3, "CAP_???");
                    hexArgs(c, 3);
                } else {
                    hexArgs(c, 2);
                }
                return Call.DONE;
            }
            case "PR_MCE_KILL" -> {
                c.sep();
                xval(c, Xlats.PR_MCE_KILL(), arg2, "PR_MCE_KILL_???");
                c.sep();
                if ("PR_MCE_KILL_SET".equals(Xlats.PR_MCE_KILL().lookup(arg2))) {
                    xval(c, Xlats.PR_MCE_KILL_POLICY(), arg3, "PR_MCE_KILL_???");
                } else {
                    Print.hex(c, arg3);
                }
                hexArgs(c, 3);
                return Call.DONE;
            }
            case "PR_MCE_KILL_GET" -> {
                if (!c.exiting) {
                    hexArgs(c, 1);
                    return 0;
                }
                if (c.failed) return 0;
                return auxText(c, Xlats.PR_MCE_KILL_POLICY().lookup(c.rval), 0);
            }
            case "PR_SET_NAME" -> {
                c.sep();
                Print.strn(c, arg2, TASK_COMM_LEN - 1);
                return Call.DONE;
            }
            case "PR_SET_VMA" -> {
                c.sep();
                xval(c, Xlats.PR_SET_VMA(), arg2, "PR_SET_VMA_???");
                if ("PR_SET_VMA_ANON_NAME".equals(Xlats.PR_SET_VMA().lookup(arg2))) {
                    c.sep();
                    Print.ptr(c, arg3);
                    c.sep();
                    Print.ulong(c, arg4);
                    c.sep();
                    Print.str(c, c.args[4]);
                } else {
                    hexArgs(c, 2);
                }
                return Call.DONE;
            }
            case "PR_SET_MM" -> {
                c.sep();
                xval(c, Xlats.PR_SET_MM(), arg2 & 0xffffffffL, "PR_SET_MM_???");
                hexArgs(c, 2);
                return Call.DONE;
            }
            case "PR_SET_PDEATHSIG" -> {
                c.sep();
                if (Long.compareUnsigned(arg2, 128) > 0) Print.ulong(c, arg2);
                else Signals.print(c, arg2);
                return Call.DONE;
            }
            case "PR_SET_PTRACER" -> {
                c.sep();
                if ((int) arg2 == -1) {
                    int s = c.out.length();
                    if (style != Decoding.XLAT_ABBREV) c.out.append(-1);
                    if (style == Decoding.XLAT_VERBOSE) c.out.append(" /* PR_SET_PTRACER_ANY */");
                    else if (style == Decoding.XLAT_ABBREV) c.out.append("PR_SET_PTRACER_ANY");
                    c.described(Description.CONSTANT, s, -1, null);
                } else {
                    Print.pid(c, arg2);
                }
                return Call.DONE;
            }
            case "PR_SET_SECCOMP" -> {
                c.sep();
                xval(c, Xlats.SECCOMP_MODE(), arg2, "SECCOMP_MODE_???");
                String mode = Xlats.SECCOMP_MODE().lookup(arg2);
                if ("SECCOMP_MODE_STRICT".equals(mode)) return Call.DONE;
                if ("SECCOMP_MODE_FILTER".equals(mode)) {
                    c.sep();
                    BpfFilter.fprog(c, arg3, BpfFilter.SECCOMP);
                    return Call.DONE;
                }
                hexArgs(c, 2);
                return Call.DONE;
            }
            case "PR_SET_SECUREBITS" -> {
                c.sep();
                Print.flags(c, Xlats.SECBITS(), arg2, "SECBIT_???");
                return Call.DONE;
            }
            case "PR_SET_TIMERSLACK" -> {
                c.sep();
                Print.slong(c, arg2);
                return Call.DONE;
            }
            case "PR_SET_TSC" -> {
                c.sep();
                xval(c, Xlats.PR_TSC(), arg2 & 0xffffffffL, "PR_TSC_???");
                return Call.DONE;
            }
            case "PR_SET_UNALIGN" -> {
                c.sep();
                Print.flags(c, Xlats.PR_UNALIGN_FLAGS(), arg2 & 0xffffffffL, "PR_UNALIGN_???");
                return Call.DONE;
            }
            case "PR_SET_NO_NEW_PRIVS", "PR_SET_THP_DISABLE", "PR_SET_IO_FLUSHER" -> {
                c.sep();
                Print.ulong(c, arg2);
                hexArgs(c, 2);
                return Call.DONE;
            }
            case "PR_SET_FP_MODE" -> {
                c.sep();
                Print.flags(c, Xlats.PR_FP_MODE(), arg2 & 0xffffffffL, "PR_FP_MODE_???");
                return Call.DONE;
            }
            case "PR_SET_SPECULATION_CTRL" -> {
                c.sep();
                xval(c, Xlats.PR_SPEC_CMDS(), arg2, "PR_SPEC_???");
                c.sep();
                if (Xlats.PR_SPEC_CMDS().lookup(arg2) != null) {
                    xval(c, Xlats.PR_SPEC_SET_STORE_BYPASS_FLAGS(), arg3, "PR_SPEC_???");
                } else {
                    Print.hex(c, arg3);
                }
                return Call.DONE;
            }
            case "PR_PAC_RESET_KEYS" -> {
                c.sep();
                Print.flags(c, Xlats.PR_PAC_KEYS(), arg2, "PR_PAC_???");
                hexArgs(c, 2);
                return Call.DONE;
            }
            case "PR_PAC_SET_ENABLED_KEYS" -> {
                c.sep();
                Print.flags(c, Xlats.PR_PAC_ENABLED_KEYS(), arg2, "PR_PAC_???");
                c.sep();
                Print.flags(c, Xlats.PR_PAC_ENABLED_KEYS(), arg3, "PR_PAC_???");
                hexArgs(c, 3);
                return Call.DONE;
            }
            case "PR_SET_SYSCALL_USER_DISPATCH" -> {
                c.sep();
                xval(c, Xlats.PR_SUD_CMDS(), arg2, "PR_SYS_DISPATCH_???");
                c.sep();
                Print.hex(c, arg3);
                c.sep();
                Print.hex(c, arg4);
                c.sep();
                Print.ptr(c, c.args[4]);
                return Call.DONE;
            }
            case "PR_SCHED_CORE" -> {
                return schedCore(c, style);
            }
            default -> {
                hexArgs(c, 1);
                return Call.DONE;
            }
        }
    }

    /**
     * arch_prctl: the code by name; ARCH_GET_FS/GS read the base back at exit ([0x...]); the XSAVE
     * permission codes print their state components with the names in a comment; others the
     * argument in hex.
     */
    @Decodes("arch_prctl")
    public static int archPrctl(Call c) {
        long code = c.args[0] & 0xffffffffL, addr = c.args[1];
        int style = c.opts().xlatStyle;
        if (!c.exiting) xval(c, Xlats.ARCHVALS(), code, "ARCH_???");
        String name = Xlats.ARCHVALS().lookup(code);
        int verbose = style == Decoding.XLAT_RAW ? Decoding.XLAT_RAW : Decoding.XLAT_VERBOSE;
        switch (name == null ? "" : name) {
            case "ARCH_GET_GS", "ARCH_GET_FS" -> {
                return addressWrittenBack(c, addr);
            }
            case "ARCH_GET_CPUID" -> {
                return Call.DONE;
            }
            case "ARCH_GET_XCOMP_SUPP", "ARCH_GET_XCOMP_PERM", "ARCH_GET_XCOMP_GUEST_PERM" -> {
                if (!c.exiting) {
                    c.sep();
                    return 0;
                }
                ByteBuffer b = fetch(c, addr, 8);
                if (b != null) {
                    c.out.append('[');
                    int s = c.out.length();
                    Print.flags(c.out, verbose, Xlats.X86_XFEATURES(), b.getLong(0), "XFEATURE_MASK_???");
                    c.described(Description.FLAGS, s, b.getLong(0), Xlats.X86_XFEATURES());
                    c.out.append(']');
                }
                return 0;
            }
            case "ARCH_REQ_XCOMP_PERM", "ARCH_REQ_XCOMP_GUEST_PERM" -> {
                if (!c.exiting) {
                    c.sep();
                    int s = c.out.length();
                    Print.xval(c.out, verbose, Xlats.X86_XFEATURE_BITS(), addr, "XFEATURE_???");
                    c.described(Description.CONSTANT, s, addr, Xlats.X86_XFEATURE_BITS());
                    return 0;
                }
                if (c.rval <= 0) return 0;
                return auxText(c, auxFlags(style, Xlats.X86_XFEATURES(), c.rval), Call.RET_HEX);
            }
            default -> {
                c.sep();
                Print.hex(c, addr);
                return Call.DONE;
            }
        }
    }

    /** PR_SCHED_CORE: command, pid (of the type the fourth argument names), that type, the cookie. */
    private static int schedCore(Call c, int style) {
        long cmd = c.args[1] & 0xffffffffL, type = c.args[3] & 0xffffffffL;
        if (c.exiting) {
            // PR_SCHED_CORE_GET: the cookie the kernel wrote
            ByteBuffer b = fetch(c, c.args[4], 8);
            if (b != null) {
                c.out.append('[');
                Print.hex(c.out, b.getLong(0));
                c.out.append(']');
            }
            return Call.DONE;
        }
        c.sep();
        xval(c, Xlats.PR_SCHED_CORE_CMDS(), cmd, "PR_SCHED_CORE_???");
        c.sep();
        // the id is of the kind the type names (Print.pid adds -Y's name only to a thread or process id)
        String pt = Xlats.PR_SCHED_CORE_PIDTYPES().lookup(type);
        PidNamespaces.Kind kind = pt == null ? null : switch (pt) {
            case "PIDTYPE_PID" -> PidNamespaces.Kind.TID;
            case "PIDTYPE_TGID" -> PidNamespaces.Kind.TGID;
            case "PIDTYPE_PGID" -> PidNamespaces.Kind.PGID;
            case "PIDTYPE_SID" -> PidNamespaces.Kind.SID;
            default -> null;
        };
        if (kind != null) Print.pid(c, c.args[2], kind);
        else Print.sint(c, c.args[2]);
        c.sep();
        // the type is always printed with its name in a comment (but raw with -X raw)
        int s = c.out.length();
        Print.xval(c.out, style == Decoding.XLAT_RAW ? Decoding.XLAT_RAW : Decoding.XLAT_VERBOSE,
                Xlats.PR_SCHED_CORE_PIDTYPES(), type, "PIDTYPE_???");
        c.described(Description.CONSTANT, s, type, Xlats.PR_SCHED_CORE_PIDTYPES());
        c.sep();
        if ("PR_SCHED_CORE_GET".equals(Xlats.PR_SCHED_CORE_CMDS().lookup(cmd))) return 0; // the cookie at exit
        Print.ptr(c, c.args[4]);
        return Call.DONE;
    }

    /** strace's print_prctl_args: the arguments from {@code first} on, in hex. */
    private static void hexArgs(Call c, int first) {
        for (int i = first; i < NARGS; i++) {
            c.sep();
            Print.hex(c, c.args[i]);
        }
    }

    /** A value of {@code x}, or 0x... with the comment {@code dflt}. */
    private static void xval(Call c, Xlat x, long v, String dflt) {
        int s = c.out.length();
        Print.xval(c.out, c.opts().xlatStyle, x, v, dflt);
        c.described(Description.CONSTANT, s, v, x);
    }

    /** Memory strace reads with umove_or_printaddr: null (the address printed) when absent, unreadable or after a failure. */
    private static ByteBuffer fetch(Call c, long addr, int len) {
        ByteBuffer b = c.failed && c.exiting ? null : Structs.fetch(c, addr, len);
        if (b == null) Print.ptr(c, addr);
        return b;
    }

    /** The result with text after it in parentheses ({@code hex}: the number in hex); none without text. */
    private static int auxText(Call c, String text, int hex) {
        if (text == null) return hex;
        c.retText = text;
        return hex | Call.RET_STR;
    }

    /**
     * The names of the bits of a returned value, as strace's auxstr flags: none with -X raw; the
     * name of 0 for 0; the names found with the rest in hex; nothing when no bit has a name.
     */
    static String auxFlags(int style, Xlat x, long v) {
        if (style == Decoding.XLAT_RAW) return null;
        if (v == 0) return x.values.length > 0 && x.values[0] == 0 ? x.names[0] : null;
        StringBuilder b = new StringBuilder();
        long rest = v;
        for (int i = 0; i < x.values.length; i++) {
            long bit = x.values[i];
            if (bit != 0 && (rest & bit) == bit) {
                if (b.length() > 0) b.append('|');
                b.append(x.names[i]);
                rest &= ~bit;
            }
        }
        if (b.length() == 0) return null;
        if (rest != 0) {
            b.append('|');
            Print.hex(b, rest);
        }
        return b.toString();
    }

    /**
     * An SVE/SME vector length word: its flags then the length (PR_SVE_VL_INHERIT|0x100), the
     * whole in hex first with -X verbose; as a result ({@code aux}) nothing when it has no flags.
     */
    private static String vectorLength(int style, Xlat flags, long arg, boolean aux) {
        StringBuilder b = new StringBuilder();
        if (style == Decoding.XLAT_RAW) {
            if (aux) return null;
            Print.hex(b, arg);
            return b.toString();
        }
        long vl = arg & VL_LEN_MASK, f = arg & ~VL_LEN_MASK;
        if (f == 0 && aux) return null;
        StringBuilder fs = new StringBuilder();
        if (f != 0) Print.flags(fs, Decoding.XLAT_ABBREV, flags, f);
        boolean verbose = !aux && f != 0 && style == Decoding.XLAT_VERBOSE;
        if (verbose) {
            Print.hex(b, arg);
            b.append(" /* ");
        }
        if (fs.length() > 0) b.append(fs).append('|');
        Print.hex(b, vl);
        if (verbose) b.append(" */");
        return b.toString();
    }

    /**
     * PR_SET_TAGGED_ADDR_CTRL's control word: [!]PR_TAGGED_ADDR_ENABLE|PR_MTE_TCF_x, the tag mask and
     * the rest; the word in hex first with -X raw/verbose (only the hex with raw); as a result
     * ({@code rval}) never the hex, and nothing with -X raw.
     */
    private static String taggedAddr(int style, long arg, boolean rval) {
        StringBuilder b = new StringBuilder();
        long enabled = arg & TAGGED_ADDR_ENABLE, tcf = arg & MTE_TCF_MASK, tag = arg & MTE_TAG_MASK;
        long rest = arg & ~(TAGGED_ADDR_ENABLE | MTE_TCF_MASK | MTE_TAG_MASK);
        if (!rval && style != Decoding.XLAT_ABBREV) Print.hex(b, arg);
        if (style == Decoding.XLAT_RAW) return rval ? null : b.toString();
        if (!rval && style == Decoding.XLAT_VERBOSE) b.append(" /* ");
        b.append(Xlats.PR_TAGGED_ADDR_ENABLE().lookup(enabled)).append('|');
        String t = Xlats.PR_TAGGED_ADDR_MTE_TCF().lookup(tcf);
        if (t != null) b.append(t);
        else Print.hex(b, tcf);
        if (tag != 0) {
            b.append('|');
            Print.hex(b, tag >>> MTE_TAG_SHIFT);
            b.append("<<PR_MTE_TAG_SHIFT");
        }
        if (rest != 0) {
            b.append('|');
            Print.hex(b, rest);
        }
        if (!rval && style == Decoding.XLAT_VERBOSE) b.append(" */");
        return b.toString();
    }

    /** An address the kernel writes to {@code at}: the separator at entry, [0x...] at exit (fetch prints what it cannot read). */
    private static int addressWrittenBack(Call c, long at) {
        if (!c.exiting) {
            c.sep();
            return 0;
        }
        ByteBuffer b = fetch(c, at, 8);
        if (b != null) {
            c.out.append('[');
            Print.ptr(c, b.getLong(0));
            c.out.append(']');
        }
        return 0;
    }
}
