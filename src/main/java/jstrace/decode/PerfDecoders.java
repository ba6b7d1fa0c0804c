package jstrace.decode;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import jstrace.table.Xlats;

/**
 * perf_event_open(2) and its struct perf_event_attr, as strace 6.1 prints them. The attr is read at
 * entry (its own size field says how much: 0 means PERF_ATTR_SIZE_VER0, more than the struct strace
 * knows is cut to it, less than VER0 is not decoded) and the whole call printed at exit, when an
 * E2BIG failure also shows the size the kernel wrote back ("size=A => B"). Abbreviated (no -v), only
 * the fields before wakeup_events are read and the flag bits set are listed; then "..." follows.
 * A field is printed only when it starts within the size read, as the kernel sees it.
 *
 * <p>Layout: struct perf_event_attr in /usr/include/linux/perf_event.h up to sig_data (128 bytes,
 * PERF_ATTR_SIZE_VER7).
 */
public final class PerfDecoders {
    private PerfDecoders() {}

    private static final int PERF_ATTR_SIZE_VER0 = 64, KNOWN_SIZE = 128;
    /** offsetof(struct perf_event_attr, wakeup_events): what is read when abbreviated. */
    private static final int WAKEUP_EVENTS = 48;
    private static final int PERF_TYPE_HARDWARE = 0, PERF_TYPE_SOFTWARE = 1, PERF_TYPE_TRACEPOINT = 2,
            PERF_TYPE_HW_CACHE = 3, PERF_TYPE_BREAKPOINT = 5;
    private static final long PERF_SAMPLE_BRANCH_STACK = 1 << 11, PERF_SAMPLE_STACK_USER = 1 << 13;
    private static final int HW_BREAKPOINT_X = 4, HW_BREAKPOINT_RW = 3;
    private static final int E2BIG = 7;

    /** The one-bit fields of the flags word at offset 40, from bit 0; precise_ip (2 bits) sits at bit 15. */
    private static final String[] FLAGS_LOW = {"disabled", "inherit", "pinned", "exclusive", "exclude_user",
        "exclude_kernel", "exclude_hv", "exclude_idle", "mmap", "comm", "freq", "inherit_stat", "enable_on_exec",
        "task", "watermark"};
    private static final String[] FLAGS_HIGH = {"mmap_data", "sample_id_all", "exclude_host", "exclude_guest",
        "exclude_callchain_kernel", "exclude_callchain_user", "mmap2", "comm_exec", "use_clockid", "context_switch",
        "write_backward", "namespaces", "ksymbol", "bpf_event", "aux_output", "cgroup", "text_poke", "build_id",
        "inherit_thread", "remove_on_exec", "sigtrap"};
    private static final int PRECISE_IP_BIT = 15, FLAGS_HIGH_BIT = 17, RESERVED_1_BIT = 38;
    private static final int FREQ_BIT = 10, WATERMARK_BIT = 14, USE_CLOCKID_BIT = 25;
    private static final String[] PRECISE_IP = {"arbitrary skid", "constant skid", "requested to have 0 skid",
        "must have 0 skid"};

    /** The attr as read at entry: its bytes (zeros past {@code size}) and how many were read. */
    private record Fetched(ByteBuffer b, int size) {}

    @Decodes("perf_event_open")
    public static int perfEventOpen(Call c) {
        long addr = c.args[0];
        if (!c.exiting) {
            Fetched f = fetch(c, addr);
            if (f != null) {
                c.savedObject = f;
                return 0;
            }
            // the address is printed: the rest follows at entry
        } else if (c.savedObject instanceof Fetched f) {
            attr(c, addr, f);
        } else {
            Print.ptr(c, addr);
        }
        c.sep();
        Print.sint(c, (int) c.args[1]);
        c.sep();
        Print.sint(c, (int) c.args[2]);
        c.sep();
        Print.fd(c, (int) c.args[3]);
        c.sep();
        Print.flags(c, Xlats.PERF_EVENT_OPEN_FLAGS(), c.args[4], "PERF_FLAG_???");
        return Call.DONE | Call.RET_FD;
    }

    /** strace's fetch_perf_event_attr: null after printing the address when the attr is not decoded. */
    private static Fetched fetch(Call c, long addr) {
        ByteBuffer sz = Structs.read(c, addr + 4, 4);
        if (sz == null) {
            Print.ptr(c, addr);
            return null;
        }
        int size = sz.getInt(0);
        if (Integer.compareUnsigned(size, KNOWN_SIZE) > 0) size = KNOWN_SIZE;
        if (size == 0) size = PERF_ATTR_SIZE_VER0;
        if (size < PERF_ATTR_SIZE_VER0) {
            Print.ptr(c, addr);
            return null;
        }
        if (c.abbrev()) size = WAKEUP_EVENTS;
        ByteBuffer got = Structs.fetch(c, addr, size);
        if (got == null) {
            Print.ptr(c, addr);
            return null;
        }
        byte[] k = new byte[KNOWN_SIZE];
        got.get(0, k, 0, size);
        return new Fetched(ByteBuffer.wrap(k).order(ByteOrder.LITTLE_ENDIAN), size);
    }

    /** "name=" after the previous field's ", ". */
    private static void field(Call c, String name) {
        c.out.append(", ").append(name).append('=');
    }

    private static void x(Call c, String name, long v) {
        field(c, name);
        Print.hex(c, v);
    }

    private static void u(Call c, String name, long v) {
        field(c, name);
        Print.ulong(c, v);
    }

    /** strace's print_perf_event_attr. */
    private static void attr(Call c, long addr, Fetched f) {
        ByteBuffer b = f.b();
        int size = f.size();
        int type = b.getInt(0);
        long attrSize = b.getInt(4) & 0xffffffffL;
        long config = b.getLong(8);
        long sampleType = b.getLong(24);
        long bits = b.getLong(40);
        c.out.append("{type=");
        Print.xval(c, Xlats.PERF_TYPE_ID(), type & 0xffffffffL, "PERF_TYPE_???");
        field(c, "size");
        Print.xval(c, Xlats.PERF_ATTR_SIZE(), attrSize, "PERF_ATTR_SIZE_???");
        if (c.failed && c.errno() == E2BIG) {
            c.out.append(" => ");
            ByteBuffer now = Structs.read(c, addr + 4, 4);
            if (now == null) c.out.append("???");
            else Print.xval(c, Xlats.PERF_ATTR_SIZE(), now.getInt(0) & 0xffffffffL, "PERF_ATTR_SIZE_???");
        }
        config(c, type, config);
        if ((bits >>> FREQ_BIT & 1) != 0) u(c, "sample_freq", b.getLong(16));
        else u(c, "sample_period", b.getLong(16));
        field(c, "sample_type");
        Print.flags(c, Xlats.PERF_EVENT_SAMPLE_FORMAT(), sampleType, "PERF_SAMPLE_???");
        field(c, "read_format");
        Print.flags(c, Xlats.PERF_EVENT_READ_FORMAT(), b.getLong(32), "PERF_FORMAT_???");
        boolean abbrev = c.abbrev();
        for (int i = 0; i < FLAGS_LOW.length; i++) flag(c, abbrev, FLAGS_LOW[i], bits >>> i & 1);
        field(c, "precise_ip");
        int precise = (int) (bits >>> PRECISE_IP_BIT & 3);
        c.out.append(precise).append(" /* ").append(PRECISE_IP[precise]).append(" */");
        for (int i = 0; i < FLAGS_HIGH.length; i++) flag(c, abbrev, FLAGS_HIGH[i], bits >>> (FLAGS_HIGH_BIT + i) & 1);
        long reserved1 = bits >>> RESERVED_1_BIT;
        if (reserved1 != 0) {
            x(c, "__reserved_1", reserved1);
            c.out.append(" /* Bits 63..38 */");
        }
        if (!abbrev) rest(c, b, size, type, sampleType, bits);
        if ((attrSize != 0 && attrSize > size) || (attrSize == 0 && size < PERF_ATTR_SIZE_VER0)) c.out.append(", ...");
        c.out.append('}');
    }

    private static void flag(Call c, boolean abbrev, String name, long v) {
        if (abbrev && v == 0) return;
        field(c, name);
        c.out.append(v);
    }

    /**
     * config by type: HARDWARE's PMU type (bits 32..63) and perf_hw_id, SOFTWARE's perf_sw_ids,
     * TRACEPOINT's id in decimal, HW_CACHE's PMU type, cache, op and result, else hex.
     */
    private static void config(Call c, int type, long config) {
        field(c, "config");
        switch (type) {
            case PERF_TYPE_HARDWARE -> {
                pmuType(c, config);
                Print.xval(c, Xlats.PERF_HW_ID(), config & 0xffffffffL, "PERF_COUNT_HW_???");
            }
            case PERF_TYPE_SOFTWARE -> Print.xval(c, Xlats.PERF_SW_IDS(), config, "PERF_COUNT_SW_???");
            case PERF_TYPE_TRACEPOINT -> Print.ulong(c, config);
            case PERF_TYPE_HW_CACHE -> {
                pmuType(c, config);
                long high = (config & 0xffffffffL) >>> 24;
                if (high != 0) shifted(c, high, 24);
                Print.xval(c, Xlats.PERF_HW_CACHE_OP_RESULT_ID(), config >>> 16 & 0xff, "PERF_COUNT_HW_CACHE_RESULT_???");
                c.out.append("<<16|");
                Print.xval(c, Xlats.PERF_HW_CACHE_OP_ID(), config >>> 8 & 0xff, "PERF_COUNT_HW_CACHE_OP_???");
                c.out.append("<<8|");
                Print.xval(c, Xlats.PERF_HW_CACHE_ID(), config & 0xff, "PERF_COUNT_HW_CACHE_???");
            }
            default -> Print.hex(c, config);
        }
    }

    /** The PMU type in config's upper half, when set: "0x...<<32|". */
    private static void pmuType(Call c, long config) {
        if (config >>> 32 != 0) shifted(c, config >>> 32, 32);
    }

    private static void shifted(Call c, long v, int shift) {
        Print.hex(c, v);
        c.out.append("<<").append(shift).append('|');
    }

    /** The fields from wakeup_events on (not abbreviated), each while it starts within {@code size}. */
    private static void rest(Call c, ByteBuffer b, int size, int type, long sampleType, long bits) {
        boolean breakpoint = type == PERF_TYPE_BREAKPOINT;
        u(c, (bits >>> WATERMARK_BIT & 1) != 0 ? "wakeup_watermark" : "wakeup_events", b.getInt(48) & 0xffffffffL);
        if (breakpoint) {
            long bpType = b.getInt(52) & 0xffffffffL;
            field(c, "bp_type");
            Print.xval(c, Xlats.HW_BREAKPOINT_TYPE(), bpType,
                    bpType <= (HW_BREAKPOINT_X | HW_BREAKPOINT_RW) ? "HW_BREAKPOINT_INVALID" : "HW_BREAKPOINT_???");
            x(c, "bp_addr", b.getLong(56));
        } else {
            x(c, "config1", b.getLong(56));
        }
        if (size <= 64) return;
        if (breakpoint) u(c, "bp_len", b.getLong(64));
        else x(c, "config2", b.getLong(64));
        if (size <= 72) return;
        if ((sampleType & PERF_SAMPLE_BRANCH_STACK) != 0) {
            field(c, "branch_sample_type");
            Print.flags(c, Xlats.PERF_BRANCH_SAMPLE_TYPE(), b.getLong(72), "PERF_SAMPLE_BRANCH_???");
        }
        if (size <= 80) return;
        x(c, "sample_regs_user", b.getLong(80));
        if (size <= 88) return;
        if ((sampleType & PERF_SAMPLE_STACK_USER) != 0) x(c, "sample_stack_user", b.getInt(88) & 0xffffffffL);
        if ((bits >>> USE_CLOCKID_BIT & 1) != 0) {
            if (size <= 92) return;
            field(c, "clockid");
            Print.xval(c, Xlats.CLOCKNAMES(), b.getInt(92) & 0xffffffffL, "CLOCK_???");
        }
        if (size <= 96) return;
        x(c, "sample_regs_intr", b.getLong(96));
        if (size <= 104) return;
        u(c, "aux_watermark", b.getInt(104) & 0xffffffffL);
        if (size <= 108) return;
        u(c, "sample_max_stack", b.getShort(108) & 0xffff);
        if (size <= 110) return;
        int reserved2 = b.getShort(110) & 0xffff;
        if (reserved2 != 0) c.out.append(" /* bytes 110..111: 0x").append(Integer.toHexString(reserved2)).append(" */");
        if (size <= 112) return;
        u(c, "aux_sample_size", b.getInt(112) & 0xffffffffL);
        if (size <= 116) return;
        long reserved3 = b.getInt(116) & 0xffffffffL;
        if (reserved3 != 0) c.out.append(" /* bytes 116..119: 0x").append(Long.toHexString(reserved3)).append(" */");
        if (size <= 120) return;
        x(c, "sig_data", b.getLong(120));
    }
}
