package jstrace.decode;

import jstrace.table.Xlats;

/**
 * The opcode of a (classic or extended) BPF instruction, as strace's print_bpf_filter_code:
 * its class, then the parts that class has (size|mode, source|operation, ...) joined by '|'.
 */
final class BpfFilterCode {
    private BpfFilterCode() {}

    private static final int BPF_LD = 0, BPF_LDX = 1, BPF_ST = 2, BPF_STX = 3, BPF_ALU = 4, BPF_JMP = 5,
            BPF_RET = 6, BPF_MISC = 7;

    static void print(Call c, int code, boolean extended) {
        int cls = code & 0x07, rest = code & ~0x07;
        Print.xval(c, extended ? Xlats.EBPF_CLASS() : Xlats.BPF_CLASS(), cls, "BPF_???");
        StringBuilder o = c.out;
        switch (cls) {
            case BPF_ST, BPF_STX, BPF_LD, BPF_LDX -> {
                if (!extended && (cls == BPF_ST || cls == BPF_STX)) {
                    unknown(o, rest);
                    break;
                }
                o.append('|');
                Print.xval(c, Xlats.BPF_SIZE(), code & 0x18, "BPF_???");
                o.append('|');
                Print.xval(c, extended ? Xlats.EBPF_MODE() : Xlats.BPF_MODE(), code & 0xe0, "BPF_???");
            }
            case BPF_MISC, BPF_ALU -> {
                if (!extended && cls == BPF_MISC) {
                    o.append('|');
                    Print.xval(c, Xlats.BPF_MISCOP(), code & 0xf8, "BPF_???");
                    unknown(o, rest & ~0xf8);
                    break;
                }
                o.append('|');
                Print.xval(c, Xlats.BPF_SRC(), code & 0x08, "BPF_???");
                o.append('|');
                Print.xval(c, Xlats.BPF_OP_ALU(), code & 0xf0, "BPF_???");
            }
            case BPF_JMP -> {
                o.append('|');
                Print.xval(c, Xlats.BPF_SRC(), code & 0x08, "BPF_???");
                o.append('|');
                Print.xval(c, Xlats.BPF_OP_JMP(), code & 0xf0, "BPF_???");
            }
            default -> { // BPF_RET (reserved in eBPF, where 6 is BPF_JMP32)
                if (!extended) {
                    o.append('|');
                    Print.xval(c, Xlats.BPF_RVAL(), code & 0x18, "BPF_???");
                    rest &= ~0x18;
                }
                unknown(o, rest);
            }
        }
    }

    /** Bits the class gives no meaning: "|0x.. /* BPF_??? *&#47;". */
    private static void unknown(StringBuilder o, int bits) {
        if (bits == 0) return;
        o.append("|0x").append(Integer.toHexString(bits)).append(" /* BPF_??? */");
    }
}
