package jstrace.decode;

import java.nio.ByteBuffer;
import jstrace.table.Xlats;

/**
 * Classic BPF programs (struct sock_fprog of struct sock_filter) as strace prints them: each
 * instruction BPF_STMT(code, k), or BPF_JUMP(code, k, jt, jf) when it jumps, the code by its class
 * and the parts that class has; the constant k in hex unless the program's kind (socket filter,
 * seccomp filter) names it.
 */
public final class BpfFilter {
    private BpfFilter() {}

    private static final int BPF_LD = 0, BPF_LDX = 1, BPF_ST = 2, BPF_STX = 3, BPF_ALU = 4, BPF_JMP = 5, BPF_RET = 6,
            BPF_MISC = 7, BPF_ABS = 0x20, BPF_MAXINSNS = 4096, SOCK_FPROG_SIZE = 16;
    private static final long SKF_AD_OFF = 0xfffff000L, SKF_NET_OFF = 0xfff00000L, SKF_LL_OFF = 0xffe00000L;

    /** Prints the k of an instruction of {@code code} when it has a meaning of its own; false: k in hex. */
    public interface KPrinter {
        boolean print(Call c, int code, long k);
    }

    /** A socket filter's k: SKF_AD_OFF+SKF_AD_..., SKF_NET_OFF+N, SKF_LL_OFF+N for an absolute load. */
    public static final KPrinter SOCKET = (c, code, k) -> {
        if ((code & 7) != BPF_LD || (code & 0xe0) != BPF_ABS || k < SKF_LL_OFF) return false;
        int style = c.opts().xlatStyle;
        StringBuilder o = c.out;
        if (k >= SKF_AD_OFF) {
            constant(o, style, SKF_AD_OFF, "SKF_AD_OFF");
            o.append('+');
            Print.xval(o, style, Xlats.SKF_AD(), k - SKF_AD_OFF, "SKF_AD_???");
        } else if (k >= SKF_NET_OFF) {
            constant(o, style, SKF_NET_OFF, "SKF_NET_OFF");
            o.append('+').append(k - SKF_NET_OFF);
        } else {
            constant(o, style, SKF_LL_OFF, "SKF_LL_OFF");
            o.append('+').append(k - SKF_LL_OFF);
        }
        return true;
    };

    /** SECCOMP_RET_ACTION_FULL: the action part of a seccomp filter's return value. */
    private static final long SECCOMP_RET_ACTION_FULL = 0xffff0000L;

    /** A seccomp filter's k: a return's action by name, its data after "|" in hex (strace's print_seccomp_filter_k). */
    public static final KPrinter SECCOMP = (c, code, k) -> {
        if ((code & 7) != BPF_RET) return false;
        long action = k & SECCOMP_RET_ACTION_FULL, data = k & ~SECCOMP_RET_ACTION_FULL;
        Print.xval(c.out, c.opts().xlatStyle, Xlats.SECCOMP_RET_ACTION(), action, "SECCOMP_RET_???");
        if (data != 0) Print.hex(c.out.append('|'), data);
        return true;
    };

    /** A named constant by -X style: NAME, 0x.., 0x.. /* NAME *&#47;. */
    private static void constant(StringBuilder o, int style, long v, String name) {
        if (style == Decoding.XLAT_ABBREV) {
            o.append(name);
            return;
        }
        Print.hex(o, v);
        if (style == Decoding.XLAT_VERBOSE) o.append(" /* ").append(name).append(" */");
    }

    /** struct sock_fprog at {@code addr} (setsockopt's SO_ATTACH_FILTER): {len=N, filter=[...]}. */
    public static void fprog(Call c, long addr, KPrinter k) {
        ByteBuffer b = Structs.read(c, addr, SOCK_FPROG_SIZE);
        if (b == null) {
            Print.ptr(c, addr);
            return;
        }
        int len = b.getShort(0) & 0xffff;
        c.out.append("{len=").append(len).append(", filter=");
        program(c, b.getLong(8), len, k);
        c.out.append('}');
    }

    /** {@code len} instructions at {@code addr}: their address unless -v, at most BPF_MAXINSNS of them. */
    public static void program(Call c, long addr, long len, KPrinter k) {
        if (c.abbrev()) {
            Print.ptr(c, addr);
            return;
        }
        Structs.array(c, addr, len, 8, BPF_MAXINSNS, (call, b, i) -> instruction(call, b, k));
    }

    private static void instruction(Call c, ByteBuffer b, KPrinter kPrinter) {
        int code = b.getShort(0) & 0xffff, jt = b.get(2) & 0xff, jf = b.get(3) & 0xff;
        long k = Integer.toUnsignedLong(b.getInt(4));
        StringBuilder o = c.out;
        boolean jump = jt != 0 || jf != 0;
        o.append(jump ? "BPF_JUMP(" : "BPF_STMT(");
        code(c, code);
        o.append(", ");
        if (jump || kPrinter == null || !kPrinter.print(c, code, k)) Print.hex(o, k);
        if (jump) {
            o.append(", ");
            Print.hex(o, jt);
            o.append(", ");
            Print.hex(o, jf);
        }
        o.append(')');
    }

    /** The code: its class, then size|mode, source|operation, return value or misc operation as the class has. */
    static void code(Call c, int code) {
        int style = c.opts().xlatStyle;
        StringBuilder o = c.out;
        int cls = code & 7, rest = code & ~7;
        Print.xval(o, style, Xlats.BPF_CLASS(), cls, "BPF_???");
        switch (cls) {
            case BPF_ST, BPF_STX -> unknownBits(o, rest);
            case BPF_LD, BPF_LDX -> {
                o.append('|');
                Print.xval(o, style, Xlats.BPF_SIZE(), code & 0x18, "BPF_???");
                o.append('|');
                Print.xval(o, style, Xlats.BPF_MODE(), code & 0xe0, "BPF_???");
            }
            case BPF_MISC -> {
                o.append('|');
                Print.xval(o, style, Xlats.BPF_MISCOP(), code & 0xf8, "BPF_???");
                unknownBits(o, rest & ~0xf8);
            }
            case BPF_ALU, BPF_JMP -> {
                o.append('|');
                Print.xval(o, style, Xlats.BPF_SRC(), code & 8, "BPF_???");
                o.append('|');
                Print.xval(o, style, cls == BPF_ALU ? Xlats.BPF_OP_ALU() : Xlats.BPF_OP_JMP(), code & 0xf0, "BPF_???");
            }
            case BPF_RET -> {
                o.append('|');
                Print.xval(o, style, Xlats.BPF_RVAL(), code & 0x18, "BPF_???");
                unknownBits(o, rest & ~0x18);
            }
            default -> { }
        }
    }

    private static void unknownBits(StringBuilder o, int bits) {
        if (bits == 0) return;
        o.append('|');
        Print.hex(o, bits);
        o.append(" /* BPF_??? */");
    }

    /** Whether {@code len} is the size of struct sock_fprog (setsockopt decodes nothing else as one). */
    public static boolean isFprogSize(long len) {
        return (int) len == SOCK_FPROG_SIZE;
    }
}
