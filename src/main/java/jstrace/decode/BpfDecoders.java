package jstrace.decode;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import jstrace.table.Xlats;

/**
 * bpf(2): one decoder per command over union bpf_attr, as strace 6.1 prints them. The attr is read
 * (at most a page) and only the first {@code size} bytes are decoded: a command's fields past
 * {@code size} read as zero, and where a field a later kernel added starts past {@code size} the
 * struct ends there. Non-zero bytes past the fields strace knows are shown as extra_data ("..."
 * abbreviated). Commands the kernel writes back into (the *_GET_NEXT_ID ids, PROG_QUERY's ids,
 * TASK_FD_QUERY, OBJ_GET_INFO_BY_FD, the batch counts) are finished at exit, with "=> new" for a
 * changed value.
 *
 * <p>Layouts (offsets, sizes) are those of struct bpf_attr's per-command members in
 * /usr/include/linux/bpf.h, up to the last field strace 6.1 decodes.
 */
public final class BpfDecoders {
    private BpfDecoders() {}

    private static final int PAGE_SIZE = 4096;
    /** BPF_MAXINSNS: the most instructions of a program listed. */
    private static final int BPF_MAXINSNS = 4096;
    private static final int BPF_OBJ_NAME_LEN = 16;

    /** The attr bytes of one call and the printer of its fields, "name=value" joined by ", ". */
    static final class Attr {
        final Call c;
        /** The known part of the struct: the tracee's first {@link #len} bytes, zeros after. */
        final ByteBuffer b;
        /** The tracee's bytes (all {@code size} of them), for extra_data. */
        final byte[] raw;
        /** min(size, the struct's size). */
        final int len;
        private boolean first;

        Attr(Call c, byte[] raw, int known, boolean first) {
            this.c = c;
            this.raw = raw;
            this.len = Math.min(raw.length, known);
            byte[] k = new byte[Math.max(known, 8)];
            System.arraycopy(raw, 0, k, 0, len);
            this.b = ByteBuffer.wrap(k).order(ByteOrder.LITTLE_ENDIAN);
            this.first = first;
        }

        /** True when the field at {@code off} starts within the bytes passed (strace: len > offsetof). */
        boolean has(int off) {
            return len > off;
        }

        int i32(int off) {
            return b.getInt(off);
        }

        long u32(int off) {
            return b.getInt(off) & 0xffffffffL;
        }

        long u64(int off) {
            return b.getLong(off);
        }

        Attr name(String n) {
            if (!first) c.out.append(", ");
            first = false;
            c.out.append(n).append('=');
            return this;
        }

        void u(String n, int off) {
            name(n);
            Print.uint(c, b.getInt(off));
        }

        void u64(String n, int off) {
            name(n);
            Print.ulong(c, b.getLong(off));
        }

        void x(String n, int off) {
            name(n);
            Print.hex(c, u32(off));
        }

        void x64(String n, int off) {
            name(n);
            Print.hex(c, b.getLong(off));
        }

        void d16(String n, int off) {
            name(n);
            Print.sint(c, b.getShort(off));
        }

        void fd(String n, int off) {
            name(n);
            Print.fd(c, b.getInt(off));
        }

        void addr(String n, int off) {
            name(n);
            Print.ptr(c, b.getLong(off));
        }

        void flags(String n, int off, Xlat x, String dflt) {
            name(n);
            Print.flags(c, x, u32(off), dflt);
        }

        void flags64(String n, int off, Xlat x, String dflt) {
            name(n);
            Print.flags(c, x, b.getLong(off), dflt);
        }

        void xval(String n, int off, Xlat x, String dflt) {
            name(n);
            Print.xval(c, x, u32(off), dflt);
        }

        void ifindex(String n, int off) {
            name(n);
            NetlinkStruct.ifindex(c, c.out, b.getInt(off));
        }

        /** A char array field of which {@code size} bytes are shown (strace's print_quoted_cstring). */
        void cstring(String n, int off, int size) {
            name(n);
            BpfDecoders.cstring(c, b, off, size);
        }

        /** "name={": the fields of a nested struct follow. */
        void open(String n) {
            name(n);
            c.out.append('{');
            first = true;
        }

        void close() {
            c.out.append('}');
            first = false;
        }

        /** " => " then the value the kernel wrote (strace's tprint_value_changed). */
        void changed() {
            c.out.append(" => ");
        }

        /**
         * The bytes past the {@code known} ones strace decodes: when any is non-zero, ", ..."
         * abbreviated, else ", extra_data=\"\\x..\" /* bytes N..M *&#47;".
         */
        void extra(int known) {
            int size = raw.length;
            if (size <= known) return;
            for (int i = known; i < size; i++) {
                if (raw[i] == 0) continue;
                if (!first) c.out.append(", ");
                first = false;
                if (c.abbrev()) {
                    c.out.append("...");
                } else {
                    c.out.append("extra_data=");
                    byte[] tail = java.util.Arrays.copyOfRange(raw, known, size);
                    Print.quote(c.out, tail, tail.length, Decoding.HEX_ALL);
                    c.out.append(" /* bytes ").append(known).append("..").append(size - 1).append(" */");
                }
                return;
            }
        }
    }

    /**
     * strace's print_quoted_cstring: the bytes up to a NUL within {@code size} - 1, else the first
     * {@code size} - 1 and "..." unless the last byte is a NUL.
     */
    static void cstring(Call c, ByteBuffer b, int off, int size) {
        if (size <= 0) {
            c.out.append("\"\"");
            return;
        }
        byte[] s = new byte[size];
        b.get(off, s);
        int n = 0;
        while (n < size - 1 && s[n] != 0) n++;
        Print.quote(c.out, s, n, c.opts().hexStrings);
        if (n == size - 1 && s[n] != 0) c.out.append("...");
    }

    /** One command's decoder: its result bits (0 at entry: to be finished at exit). */
    @FunctionalInterface
    interface Command {
        int decode(Call c, byte[] raw);
    }

    private static final int BPF_MAP_CREATE = 0, BPF_PROG_LOAD = 5, BPF_TRACE_ITER = 28, BPF_PERF_EVENT = 41,
            BPF_TRACE_KPROBE_MULTI = 42;
    private static final long BPF_F_NUMA_NODE = 1 << 2, BPF_F_REPLACE = 1 << 2;

    private static final Command[] COMMANDS = new Command[32];

    static {
        COMMANDS[BPF_MAP_CREATE] = BpfDecoders::mapCreate;
        COMMANDS[1] = BpfDecoders::mapLookupElem; // BPF_MAP_LOOKUP_ELEM
        COMMANDS[2] = BpfDecoders::mapUpdateElem; // BPF_MAP_UPDATE_ELEM
        COMMANDS[3] = BpfDecoders::mapDeleteElem; // BPF_MAP_DELETE_ELEM
        COMMANDS[4] = BpfDecoders::mapGetNextKey; // BPF_MAP_GET_NEXT_KEY
        COMMANDS[BPF_PROG_LOAD] = BpfDecoders::progLoad;
        COMMANDS[6] = BpfDecoders::objPin; // BPF_OBJ_PIN
        COMMANDS[7] = BpfDecoders::objPin; // BPF_OBJ_GET
        COMMANDS[8] = BpfDecoders::progAttach; // BPF_PROG_ATTACH
        COMMANDS[9] = BpfDecoders::progDetach; // BPF_PROG_DETACH
        COMMANDS[10] = BpfDecoders::progTestRun; // BPF_PROG_TEST_RUN
        COMMANDS[11] = BpfDecoders::getNextId; // BPF_PROG_GET_NEXT_ID
        COMMANDS[12] = BpfDecoders::getNextId; // BPF_MAP_GET_NEXT_ID
        COMMANDS[13] = (c, r) -> getFdById(c, r, "prog_id"); // BPF_PROG_GET_FD_BY_ID
        COMMANDS[14] = (c, r) -> getFdById(c, r, "map_id"); // BPF_MAP_GET_FD_BY_ID
        COMMANDS[15] = BpfObjInfo::objGetInfoByFd; // BPF_OBJ_GET_INFO_BY_FD
        COMMANDS[16] = BpfDecoders::progQuery; // BPF_PROG_QUERY
        COMMANDS[17] = BpfDecoders::rawTracepointOpen; // BPF_RAW_TRACEPOINT_OPEN
        COMMANDS[18] = BpfDecoders::btfLoad; // BPF_BTF_LOAD
        COMMANDS[19] = (c, r) -> oneId(c, r, "btf_id"); // BPF_BTF_GET_FD_BY_ID
        COMMANDS[20] = BpfDecoders::taskFdQuery; // BPF_TASK_FD_QUERY
        COMMANDS[21] = BpfDecoders::mapLookupElem; // BPF_MAP_LOOKUP_AND_DELETE_ELEM
        COMMANDS[22] = BpfDecoders::mapFreeze; // BPF_MAP_FREEZE
        COMMANDS[23] = BpfDecoders::getNextId; // BPF_BTF_GET_NEXT_ID
        COMMANDS[24] = (c, r) -> batch(c, r, true, true); // BPF_MAP_LOOKUP_BATCH
        COMMANDS[25] = (c, r) -> batch(c, r, true, true); // BPF_MAP_LOOKUP_AND_DELETE_BATCH
        COMMANDS[26] = (c, r) -> batch(c, r, false, true); // BPF_MAP_UPDATE_BATCH
        COMMANDS[27] = (c, r) -> batch(c, r, false, false); // BPF_MAP_DELETE_BATCH
        COMMANDS[28] = BpfDecoders::linkCreate; // BPF_LINK_CREATE
        COMMANDS[29] = BpfDecoders::linkUpdate; // BPF_LINK_UPDATE
        COMMANDS[30] = (c, r) -> oneId(c, r, "link_id"); // BPF_LINK_GET_FD_BY_ID
        COMMANDS[31] = BpfDecoders::getNextId; // BPF_LINK_GET_NEXT_ID
    }

    @Decodes("bpf")
    public static int bpf(Call c) {
        long cmd = c.args[0] & 0xffffffffL, addr = c.args[1];
        int size = (int) c.args[2];
        if (!c.exiting) {
            Print.xval(c, Xlats.BPF_COMMANDS(), cmd, "BPF_???");
            c.sep();
        }
        int rc = Call.DONE;
        Command command = cmd < COMMANDS.length ? COMMANDS[(int) cmd] : null;
        if (size != 0 && Integer.compareUnsigned(size, PAGE_SIZE) <= 0 && command != null) {
            // strace reads the attr whether or not the call failed
            ByteBuffer b = Structs.read(c, addr, size);
            if (b == null) Print.ptr(c, addr);
            else rc = command.decode(c, b.array());
        } else {
            Print.ptr(c, addr);
        }
        if (c.exiting || (rc & Call.DONE) != 0) {
            c.sep();
            Print.uint(c, size);
        }
        return rc;
    }

    /** The end of a struct decoded to its last known field: extra_data, then "}". */
    private static int end(Attr a, int known, int rc) {
        a.extra(known);
        a.c.out.append('}');
        return rc;
    }

    /** The end of a struct cut short by {@code size}. */
    private static int cut(Attr a, int rc) {
        a.c.out.append('}');
        return rc;
    }

    private static Attr begin(Call c, byte[] raw, int known) {
        c.out.append('{');
        return new Attr(c, raw, known, true);
    }

    /** At exit, the fields after those printed at entry. */
    private static Attr resume(Call c, byte[] raw, int known) {
        return new Attr(c, raw, known, false);
    }

    private static int mapCreate(Call c, byte[] raw) {
        Attr a = begin(c, raw, 72);
        int rc = Call.DONE | Call.RET_FD;
        a.xval("map_type", 0, Xlats.BPF_MAP_TYPES(), "BPF_MAP_TYPE_???");
        a.u("key_size", 4);
        a.u("value_size", 8);
        a.u("max_entries", 12);
        if (!a.has(16)) return cut(a, rc);
        a.flags("map_flags", 16, Xlats.BPF_MAP_FLAGS(), "BPF_F_???");
        if (!a.has(20)) return cut(a, rc);
        a.fd("inner_map_fd", 20);
        if (!a.has(24)) return cut(a, rc);
        if ((a.u32(16) & BPF_F_NUMA_NODE) != 0) {
            a.name("numa_node");
            numaNode(c, a.u32(24));
        }
        if (!a.has(28)) return cut(a, rc);
        a.cstring("map_name", 28, Math.min(BPF_OBJ_NAME_LEN, a.len - 28));
        if (!a.has(44)) return cut(a, rc);
        a.ifindex("map_ifindex", 44);
        if (!a.has(48)) return cut(a, rc);
        a.fd("btf_fd", 48);
        a.u("btf_key_type_id", 52);
        a.u("btf_value_type_id", 56);
        if (!a.has(60)) return cut(a, rc);
        a.u("btf_vmlinux_value_type_id", 60);
        if (!a.has(64)) return cut(a, rc);
        a.u64("map_extra", 64);
        return end(a, 72, rc);
    }

    /**
     * numa_node: strace forces the verbose style (NUMA_NO_NODE is no UAPI constant): the number, and
     * its name in a comment when it has one.
     */
    private static void numaNode(Call c, long v) {
        c.out.append(v);
        String n = Xlats.NUMA_NODE().lookup(v);
        if (n != null && c.opts().xlatStyle != Decoding.XLAT_RAW) c.out.append(" /* ").append(n).append(" */");
    }

    private static int mapLookupElem(Call c, byte[] raw) {
        Attr a = begin(c, raw, 32);
        a.fd("map_fd", 0);
        a.addr("key", 8);
        a.addr("value", 16);
        if (!a.has(24)) return cut(a, Call.DONE);
        a.flags64("flags", 24, Xlats.BPF_MAP_LOOKUP_ELEM_FLAGS(), "BPF_???");
        return end(a, 32, Call.DONE);
    }

    private static int mapUpdateElem(Call c, byte[] raw) {
        Attr a = begin(c, raw, 32);
        a.fd("map_fd", 0);
        a.addr("key", 8);
        a.addr("value", 16);
        a.name("flags");
        Print.xval(c, Xlats.BPF_MAP_UPDATE_ELEM_FLAGS(), a.u64(24), "BPF_???");
        return end(a, 32, Call.DONE);
    }

    private static int mapDeleteElem(Call c, byte[] raw) {
        Attr a = begin(c, raw, 16);
        a.fd("map_fd", 0);
        a.addr("key", 8);
        return end(a, 16, Call.DONE);
    }

    private static int mapGetNextKey(Call c, byte[] raw) {
        Attr a = begin(c, raw, 24);
        a.fd("map_fd", 0);
        a.addr("key", 8);
        a.addr("next_key", 16);
        return end(a, 24, Call.DONE);
    }

    private static int mapFreeze(Call c, byte[] raw) {
        Attr a = begin(c, raw, 4);
        a.fd("map_fd", 0);
        return end(a, 4, Call.DONE);
    }

    private static int progLoad(Call c, byte[] raw) {
        Attr a = begin(c, raw, 128);
        int rc = Call.DONE | Call.RET_FD;
        a.xval("prog_type", 0, Xlats.BPF_PROG_TYPES(), "BPF_PROG_TYPE_???");
        a.u("insn_cnt", 4);
        a.name("insns");
        insns(c, a.u64(8), a.u32(4));
        a.name("license");
        Print.str(c, a.u64(16));
        if (!a.has(24)) return cut(a, rc);
        a.u("log_level", 24);
        a.u("log_size", 28);
        a.name("log_buf");
        Print.strn(c, a.u64(32), a.u32(28));
        if (!a.has(40)) return cut(a, rc);
        a.name("kern_version");
        kernelVersion(c, a.u32(40));
        if (!a.has(44)) return cut(a, rc);
        a.flags("prog_flags", 44, Xlats.BPF_PROG_FLAGS(), "BPF_F_???");
        if (!a.has(48)) return cut(a, rc);
        a.cstring("prog_name", 48, Math.min(BPF_OBJ_NAME_LEN, a.len - 48));
        if (!a.has(64)) return cut(a, rc);
        a.ifindex("prog_ifindex", 64);
        if (!a.has(68)) return cut(a, rc);
        a.xval("expected_attach_type", 68, Xlats.BPF_ATTACH_TYPE(), "BPF_???");
        if (!a.has(72)) return cut(a, rc);
        a.fd("prog_btf_fd", 72);
        a.u("func_info_rec_size", 76);
        a.addr("func_info", 80);
        a.u("func_info_cnt", 88);
        a.u("line_info_rec_size", 92);
        a.addr("line_info", 96);
        a.u("line_info_cnt", 104);
        if (!a.has(108)) return cut(a, rc);
        a.u("attach_btf_id", 108);
        if (!a.has(112)) return cut(a, rc);
        a.fd("attach_prog_fd", 112);
        if (!a.has(120)) return cut(a, rc);
        a.addr("fd_array", 120);
        return end(a, 128, rc);
    }

    /** A program's instructions (8 bytes each): the address abbreviated, else each decoded. */
    static void insns(Call c, long addr, long n) {
        // abbreviated, or at the exit of a failed call (strace's tfetch_mem): the address
        if (c.abbrev() || (c.exiting && c.failed && addr != 0 && n != 0)) {
            Print.ptr(c, addr);
            return;
        }
        long[] count = {0};
        Structs.array(c, addr, n, 8, Long.MAX_VALUE, (call, b, i) -> {
            if (count[0]++ >= BPF_MAXINSNS) {
                call.out.append("...");
                return;
            }
            insn(call, b);
        });
    }

    private static void insn(Call c, ByteBuffer b) {
        int code = b.get(0) & 0xff, regs = b.get(1) & 0xff;
        StringBuilder o = c.out;
        o.append("{code=");
        BpfFilterCode.print(c, code, true);
        o.append(", dst_reg=");
        Print.xval(c, Xlats.EBPF_REGS(), regs & 0xf, "BPF_REG_???");
        o.append(", src_reg=");
        Print.xval(c, Xlats.EBPF_REGS(), regs >> 4, "BPF_REG_???");
        o.append(", off=").append(b.getShort(2)).append(", imm=");
        Print.hex(o, b.getInt(4) & 0xffffffffL);
        o.append('}');
    }

    /** KERNEL_VERSION(a, b, c) (raw: the number in hex; verbose: both). */
    private static void kernelVersion(Call c, long v) {
        int style = c.opts().xlatStyle;
        if (style != Decoding.XLAT_ABBREV) Print.hex(c.out, v);
        if (style == Decoding.XLAT_RAW) return;
        if (style == Decoding.XLAT_VERBOSE) c.out.append(" /* ");
        c.out.append("KERNEL_VERSION(").append(v >>> 16).append(", ").append((v >> 8) & 0xff).append(", ")
                .append(v & 0xff).append(')');
        if (style == Decoding.XLAT_VERBOSE) c.out.append(" */");
    }

    private static int objPin(Call c, byte[] raw) {
        Attr a = begin(c, raw, 16);
        a.name("pathname");
        Print.path(c, a.u64(0));
        a.fd("bpf_fd", 8);
        if (!a.has(12)) return cut(a, Call.DONE | Call.RET_FD);
        a.flags("file_flags", 12, Xlats.BPF_FILE_MODE_FLAGS(), "BPF_F_???");
        return end(a, 16, Call.DONE | Call.RET_FD);
    }

    private static int progAttach(Call c, byte[] raw) {
        Attr a = begin(c, raw, 20);
        a.fd("target_fd", 0);
        a.fd("attach_bpf_fd", 4);
        a.xval("attach_type", 8, Xlats.BPF_ATTACH_TYPE(), "BPF_???");
        a.flags("attach_flags", 12, Xlats.BPF_ATTACH_FLAGS(), "BPF_F_???");
        if (!a.has(16)) return cut(a, Call.DONE);
        a.fd("replace_bpf_fd", 16);
        return end(a, 20, Call.DONE);
    }

    private static int progDetach(Call c, byte[] raw) {
        Attr a = begin(c, raw, 12);
        a.fd("target_fd", 0);
        a.xval("attach_type", 8, Xlats.BPF_ATTACH_TYPE(), "BPF_???");
        return end(a, 12, Call.DONE);
    }

    private static int progTestRun(Call c, byte[] raw) {
        Attr a = begin(c, raw, 76);
        a.open("test");
        a.fd("prog_fd", 0);
        a.u("retval", 4);
        a.u("data_size_in", 8);
        a.u("data_size_out", 12);
        a.addr("data_in", 16);
        a.addr("data_out", 24);
        a.u("repeat", 32);
        a.u("duration", 36);
        if (a.has(40)) {
            a.u("ctx_size_in", 40);
            a.u("ctx_size_out", 44);
            a.addr("ctx_in", 48);
            a.addr("ctx_out", 56);
        }
        if (a.has(64)) {
            a.flags("flags", 64, Xlats.BPF_TEST_RUN_FLAGS(), "BPF_F_???");
            a.u("cpu", 68);
        }
        if (a.has(72)) a.u("batch_size", 72);
        a.close();
        return end(a, 76, Call.DONE);
    }

    /** *_GET_NEXT_ID: the next id is the kernel's answer, shown at exit when it changed. */
    private static int getNextId(Call c, byte[] raw) {
        if (!c.exiting) {
            Attr a = begin(c, raw, 12);
            c.saved = a.u32(4);
            a.u("start_id", 0);
            a.u("next_id", 4);
            return 0;
        }
        Attr a = resume(c, raw, 12);
        if (c.saved != a.u32(4)) {
            a.changed();
            Print.uint(c, a.i32(4));
        }
        if (!a.has(8)) return cut(a, Call.DONE);
        a.flags("open_flags", 8, Xlats.BPF_FILE_MODE_FLAGS(), "BPF_F_???");
        return end(a, 12, Call.DONE);
    }

    private static int getFdById(Call c, byte[] raw, String id) {
        Attr a = begin(c, raw, 12);
        a.u(id, 0);
        a.u("next_id", 4);
        if (!a.has(8)) return cut(a, Call.DONE | Call.RET_FD);
        a.flags("open_flags", 8, Xlats.BPF_FILE_MODE_FLAGS(), "BPF_F_???");
        return end(a, 12, Call.DONE | Call.RET_FD);
    }

    /** BTF_GET_FD_BY_ID, LINK_GET_FD_BY_ID: one id, an fd back. */
    private static int oneId(Call c, byte[] raw, String id) {
        Attr a = begin(c, raw, 4);
        a.u(id, 0);
        return end(a, 4, Call.DONE | Call.RET_FD);
    }

    /**
     * An array of {@code n} u32 ids (at exit: the address when the call failed, as strace's
     * tfetch_mem), "[]" for none.
     */
    static void u32Array(Call c, long addr, long n) {
        if (addr != 0 && n != 0 && c.exiting && c.failed) {
            Print.ptr(c, addr);
            return;
        }
        Structs.array(c, addr, n, 4, (call, e) -> Print.uint(call, e.getInt(0)));
    }

    private static int progQuery(Call c, byte[] raw) {
        if (!c.exiting) {
            Attr a = begin(c, raw, 28);
            a.open("query");
            a.fd("target_fd", 0);
            a.xval("attach_type", 4, Xlats.BPF_ATTACH_TYPE(), "BPF_???");
            a.flags("query_flags", 8, Xlats.BPF_QUERY_FLAGS(), "BPF_F_QUERY_???");
            a.flags("attach_flags", 12, Xlats.BPF_ATTACH_FLAGS(), "BPF_F_???");
            a.name("prog_ids");
            c.saved = a.u32(24);
            return 0;
        }
        Attr a = resume(c, raw, 28);
        u32Array(c, a.u64(16), a.u32(24));
        a.name("prog_cnt");
        if (c.saved != a.u32(24)) {
            Print.uint(c, c.saved);
            a.changed();
        }
        Print.uint(c, a.i32(24));
        a.close();
        return end(a, 28, Call.DONE);
    }

    private static final int TP_NAME_SIZE = 128;

    private static int rawTracepointOpen(Call c, byte[] raw) {
        Attr a = begin(c, raw, 12);
        a.open("raw_tracepoint");
        a.name("name");
        Print.strn(c, a.u64(0), TP_NAME_SIZE);
        a.fd("prog_fd", 8);
        a.close();
        return end(a, 12, Call.DONE | Call.RET_FD);
    }

    private static int btfLoad(Call c, byte[] raw) {
        Attr a = begin(c, raw, 28);
        a.name("btf");
        Print.buf(c, a.u64(0), a.u32(16));
        a.addr("btf_log_buf", 8);
        a.u("btf_size", 16);
        a.u("btf_log_size", 20);
        a.u("btf_log_level", 24);
        return end(a, 28, Call.DONE | Call.RET_FD);
    }

    private static int taskFdQuery(Call c, byte[] raw) {
        if (!c.exiting) {
            Attr a = begin(c, raw, 48);
            c.saved = a.u32(12);
            a.open("task_fd_query");
            a.name("pid");
            Print.pid(c, a.i32(0), PidNamespaces.Kind.TGID);
            a.fd("fd", 4);
            a.u("flags", 8);
            a.u("buf_len", 12);
            return 0;
        }
        Attr a = resume(c, raw, 48);
        if (c.saved != a.u32(12)) {
            a.changed();
            Print.uint(c, a.i32(12));
        }
        a.name("buf");
        Print.strn(c, a.u64(16), Math.min(c.saved, a.u32(12)));
        a.u("prog_id", 24);
        a.xval("fd_type", 28, Xlats.BPF_TASK_FD_TYPE(), "BPF_FD_TYPE_???");
        a.x64("probe_offset", 32);
        a.x64("probe_addr", 40);
        a.close();
        return end(a, 48, Call.DONE);
    }

    /** The MAP_*_BATCH commands: their fields at entry, the count the kernel wrote back at exit. */
    private static int batch(Call c, byte[] raw, boolean lookup, boolean values) {
        if (!c.exiting) {
            Attr a = begin(c, raw, 56);
            c.saved = a.u32(32);
            a.open("batch");
            if (lookup) {
                a.addr("in_batch", 0);
                a.addr("out_batch", 8);
            }
            a.addr("keys", 16);
            if (values) a.addr("values", 24);
            a.u("count", 32);
            a.fd("map_fd", 36);
            a.flags64("elem_flags", 40, Xlats.BPF_MAP_LOOKUP_ELEM_FLAGS(), "BPF_???");
            a.x64("flags", 48);
            a.close();
            end(a, 56, 0);
            return 0;
        }
        Attr a = resume(c, raw, 56);
        if (c.saved != a.u32(32)) {
            a.changed();
            c.out.append("{batch={count=");
            Print.uint(c, a.i32(32));
            c.out.append("}}");
        }
        return Call.DONE;
    }

    private static int linkCreate(Call c, byte[] raw) {
        Attr a = begin(c, raw, 48);
        int rc = Call.DONE | Call.RET_FD;
        a.open("link_create");
        a.fd("prog_fd", 0);
        a.fd("target_fd", 4);
        a.xval("attach_type", 8, Xlats.BPF_ATTACH_TYPE(), "BPF_???");
        a.x("flags", 12);
        if (!a.has(16)) {
            a.close();
            return cut(a, rc);
        }
        int known;
        switch ((int) a.u32(8)) {
            case 0 -> { // BPF_CGROUP_INET_INGRESS, also what a BPF_PROG_TYPE_EXT link passes
                if (a.u32(16) != 0) a.u("target_btf_id", 16);
                known = 20;
            }
            case BPF_TRACE_ITER -> {
                a.name("iter_info");
                Structs.array(c, a.u64(16), a.u32(24), 4, (call, e) -> {
                    call.out.append("{map={map_fd=");
                    Print.fd(call, e.getInt(0));
                    call.out.append("}}");
                });
                a.u("iter_info_len", 24);
                known = 28;
            }
            case BPF_PERF_EVENT -> {
                a.open("perf_event");
                a.x64("bpf_cookie", 16);
                a.close();
                known = 24;
            }
            case BPF_TRACE_KPROBE_MULTI -> {
                a.open("kprobe_multi");
                a.flags("flags", 16, Xlats.BPF_LINK_CREATE_KPROBE_MULTI_FLAGS(), "BPF_F_???");
                a.u("cnt", 20);
                long cnt = a.u32(20);
                a.name("syms");
                Structs.array(c, a.u64(24), cnt, 8, (call, e) -> Print.str(call, e.getLong(0)));
                a.name("addrs");
                Structs.array(c, a.u64(32), cnt, 8, (call, e) -> Print.hex(call, e.getLong(0)));
                a.name("cookies");
                Structs.array(c, a.u64(40), cnt, 8, (call, e) -> Print.hex(call, e.getLong(0)));
                a.close();
                known = 48;
            }
            // unknown attach types: the union's bytes are extra_data when not zero
            default -> known = 16;
        }
        a.close();
        return end(a, known, rc);
    }

    private static int linkUpdate(Call c, byte[] raw) {
        Attr a = begin(c, raw, 16);
        a.open("link_update");
        a.fd("link_fd", 0);
        a.fd("new_prog_fd", 4);
        a.flags("flags", 8, Xlats.BPF_ATTACH_FLAGS(), "BPF_F_???");
        if ((a.u32(8) & BPF_F_REPLACE) != 0) a.fd("old_prog_fd", 12);
        a.close();
        return end(a, 16, Call.DONE);
    }
}
